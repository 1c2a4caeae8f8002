import { escapeHtml, sandboxPage, wib } from '../../html';

// The hosted pages' shell (cards, wallets, QRIS, the simulator).

export { escapeHtml, wib };

export const rupiah = (amount: number) => `Rp ${new Intl.NumberFormat('id-ID').format(amount)}`;

const STYLE = `
  main { max-width: 28rem; }
  main.wide { max-width: 56rem; }
  label { display: block; margin: 0.75rem 0 0.25rem; font-weight: 600; }
  input, textarea { width: 100%; box-sizing: border-box; padding: 0.5rem; font: inherit;
    border: 1px solid #b8bec8; border-radius: 6px; }
  button { margin-top: 1rem; padding: 0.6rem 1.2rem; font: inherit; border: 0;
    border-radius: 6px; background: #0b5cad; color: #fff; cursor: pointer; }
  button.secondary { background: #6b7280; }
  .error { background: #fde8e8; color: #8a1c1c; padding: 0.5rem 0.75rem; border-radius: 6px; }
  .amount { font-size: 1.5rem; font-weight: 700; }
  code, textarea.code { font-family: ui-monospace, monospace; word-break: break-all; }
`;

export function layout(
  title: string,
  body: string,
  options: { wide?: boolean; refreshSeconds?: number } = {},
): string {
  return sandboxPage({
    product: 'Sandbox Pay',
    banner: 'SANDBOX · tidak ada uang sungguhan (no real money moves)',
    title,
    body,
    style: STYLE,
    mainClass: options.wide ? 'wide' : undefined,
    refreshSeconds: options.refreshSeconds,
  });
}

// The hosted pages' shell. Every value put into a page goes through `escapeHtml`.

export function escapeHtml(value: string | number): string {
  return String(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

export const rupiah = (amount: number) => `Rp ${new Intl.NumberFormat('id-ID').format(amount)}`;

export const wib = (iso: string) =>
  `${new Intl.DateTimeFormat('id-ID', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Jakarta',
  }).format(new Date(iso))} WIB`;

const STYLE = `
  body { font-family: system-ui, sans-serif; background: #f4f5f7; color: #1c1f24; margin: 0; }
  main { max-width: 28rem; margin: 2rem auto; background: #fff; border-radius: 12px;
    padding: 1.5rem; box-shadow: 0 1px 4px rgb(0 0 0 / 0.1); }
  main.wide { max-width: 56rem; }
  h1 { font-size: 1.25rem; margin: 0 0 1rem; }
  h2 { font-size: 1rem; margin: 1.5rem 0 0.5rem; }
  label { display: block; margin: 0.75rem 0 0.25rem; font-weight: 600; }
  input, textarea { width: 100%; box-sizing: border-box; padding: 0.5rem; font: inherit;
    border: 1px solid #b8bec8; border-radius: 6px; }
  button { margin-top: 1rem; padding: 0.6rem 1.2rem; font: inherit; border: 0;
    border-radius: 6px; background: #0b5cad; color: #fff; cursor: pointer; }
  button.secondary { background: #6b7280; }
  .error { background: #fde8e8; color: #8a1c1c; padding: 0.5rem 0.75rem; border-radius: 6px; }
  .note { color: #5b6270; font-size: 0.875rem; }
  .amount { font-size: 1.5rem; font-weight: 700; }
  code, textarea.code { font-family: ui-monospace, monospace; word-break: break-all; }
  table { border-collapse: collapse; width: 100%; font-size: 0.875rem; }
  th, td { text-align: left; padding: 0.35rem; border-bottom: 1px solid #e3e6eb; }
  .sandbox { background: #fff4d6; color: #6b4e00; text-align: center; padding: 0.35rem;
    font-size: 0.8rem; }
`;

export function layout(
  title: string,
  body: string,
  options: { wide?: boolean; refreshSeconds?: number } = {},
): string {
  const refresh = options.refreshSeconds
    ? `<meta http-equiv="refresh" content="${options.refreshSeconds}">`
    : '';
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${refresh}
<title>${escapeHtml(title)} · Sandbox Pay</title>
<style>${STYLE}</style>
</head>
<body>
<div class="sandbox">SANDBOX · tidak ada uang sungguhan (no real money moves)</div>
<main${options.wide ? ' class="wide"' : ''}>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>`;
}

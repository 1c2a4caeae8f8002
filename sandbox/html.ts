// The shell of every sandbox page (gateway, mail). Every value put into a page goes through
// `escapeHtml`.

export function escapeHtml(value: string | number): string {
  return String(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

export const wib = (iso: string) =>
  `${new Intl.DateTimeFormat('id-ID', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Jakarta',
  }).format(new Date(iso))} WIB`;

const BASE_STYLE = `
  body { font-family: system-ui, sans-serif; background: #f4f5f7; color: #1c1f24; margin: 0; }
  main { margin: 2rem auto; background: #fff; border-radius: 12px;
    padding: 1.5rem; box-shadow: 0 1px 4px rgb(0 0 0 / 0.1); }
  h1 { font-size: 1.25rem; margin: 0 0 1rem; }
  h2 { font-size: 1rem; margin: 1.5rem 0 0.5rem; }
  a { color: #0b5cad; }
  .note { color: #5b6270; font-size: 0.875rem; }
  table { border-collapse: collapse; width: 100%; font-size: 0.875rem; }
  th, td { text-align: left; padding: 0.4rem; border-bottom: 1px solid #e3e6eb; vertical-align: top; }
  .sandbox { background: #fff4d6; color: #6b4e00; text-align: center; padding: 0.35rem;
    font-size: 0.8rem; }
`;

export type SandboxPage = {
  /** "Sandbox Pay", "Sandbox Mail": the tab title's suffix. */
  product: string;
  /** The banner that says nothing here is real. */
  banner: string;
  title: string;
  body: string;
  /** The part's own rules, added after the shared ones. */
  style: string;
  mainClass?: string;
  refreshSeconds?: number;
};

export function sandboxPage(page: SandboxPage): string {
  const refresh = page.refreshSeconds
    ? `<meta http-equiv="refresh" content="${page.refreshSeconds}">`
    : '';
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${refresh}
<title>${escapeHtml(page.title)} · ${escapeHtml(page.product)}</title>
<style>${BASE_STYLE}${page.style}</style>
</head>
<body>
<div class="sandbox">${escapeHtml(page.banner)}</div>
<main${page.mainClass ? ` class="${page.mainClass}"` : ''}>
<h1>${escapeHtml(page.title)}</h1>
${page.body}
</main>
</body>
</html>`;
}

import { escapeHtml } from './layout';

// A short label-value table under an e-mail's paragraphs (biller, customer number, amount),
// with the same lines as plain text.

const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;";
const CELL = `${FONT}font-size:14px;line-height:20px;padding:6px 0;vertical-align:top;border-top:1px solid #e3e6eb;`;

export type Fact = readonly [label: string, value: string];

export function renderFacts(facts: readonly Fact[]): { html: string; text: string } {
  const rows = facts
    .map(
      ([label, value]) =>
        `<tr><td style="${CELL}color:#5b6270;padding-right:12px;">${escapeHtml(label)}</td><td style="${CELL}color:#1c1f24;text-align:right;font-weight:600;">${escapeHtml(value)}</td></tr>`,
    )
    .join('\n');
  return {
    html: `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="margin:0 0 16px;border-collapse:collapse;">\n${rows}\n</table>`,
    text: facts.map(([label, value]) => `${label}: ${value}`).join('\n'),
  };
}

import type { Locale } from '@/lib/domain/locale';
import type { EmailTranslator } from './translator';

// One shell for every e-mail: a single column that fits a phone, styles inline (mail programs
// drop <style> blocks and external sheets), and a plain-text twin with the same content.

export type EmailContent = {
  locale: Locale;
  name: string;
  /** The preview line mail programs show next to the subject. */
  preheader: string;
  paragraphs: readonly string[];
  /** Content of the template's own making (a receipt table), after the paragraphs. */
  body?: { html: string; text: string };
  action: { label: string; url: string };
  /** Small print under the button: how long the link is valid, what to do if it was not you. */
  notes: readonly string[];
};

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;";
const TEXT = `${FONT}font-size:16px;line-height:24px;color:#1c1f24;margin:0 0 16px;`;
const SMALL = `${FONT}font-size:13px;line-height:20px;color:#5b6270;margin:0 0 12px;`;
const lines = (text: string) => escapeHtml(text).replaceAll('\n', '<br>');

export function renderLayout(content: EmailContent, t: EmailTranslator) {
  const { action } = content;
  const href = escapeHtml(action.url);
  const paragraph = (text: string) => `<p style="${TEXT}">${lines(text)}</p>`;
  const small = (text: string) => `<p style="${SMALL}">${lines(text)}</p>`;
  const html = `<!doctype html>
<html lang="${content.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>Loket</title>
</head>
<body style="margin:0;padding:0;background:#f4f5f7;">
<div style="display:none;max-height:0;overflow:hidden;">${escapeHtml(content.preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:12px;">
<tr><td style="padding:24px 24px 8px;${FONT}font-size:20px;font-weight:700;color:#0b5cad;">Loket</td></tr>
<tr><td style="padding:8px 24px 24px;">
${paragraph(t('layout.greeting', { name: content.name }))}
${content.paragraphs.map(paragraph).join('\n')}
${content.body?.html ?? ''}
<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 24px;"><tr>
<td style="border-radius:8px;background:#0b5cad;"><a href="${href}" style="display:inline-block;padding:12px 24px;${FONT}font-size:16px;font-weight:600;color:#ffffff;text-decoration:none;border-radius:8px;">${escapeHtml(action.label)}</a></td>
</tr></table>
${content.notes.map(small).join('\n')}
${small(t('layout.linkHint'))}
<p style="${SMALL}word-break:break-all;"><a href="${href}" style="color:#0b5cad;">${href}</a></p>
${paragraph(t('layout.signature'))}
</td></tr>
</table>
<p style="${SMALL}max-width:560px;padding:16px 24px 0;text-align:center;">${escapeHtml(t('layout.footer'))}</p>
</td></tr>
</table>
</body>
</html>`;
  const text = [
    t('layout.greeting', { name: content.name }),
    ...content.paragraphs,
    ...(content.body ? [content.body.text] : []),
    `${action.label}:\n${action.url}`,
    ...content.notes,
    t('layout.signature'),
    '--',
    t('layout.footer'),
  ].join('\n\n');
  return { html, text };
}

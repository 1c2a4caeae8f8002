import { escapeHtml, sandboxPage, wib } from '../html';
import type { StoredMail } from './store';

// The inbox pages. A message's HTML is shown in a sandboxed iframe (no scripts, no same-origin
// access); its links open in a new tab, so a demo can follow a verification link.

const STYLE = `
  main { max-width: 60rem; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; font-size: 0.875rem; }
  dt { color: #5b6270; }
  dd { margin: 0; word-break: break-word; }
  iframe { width: 100%; height: 36rem; border: 1px solid #e3e6eb; border-radius: 8px; background: #fff; }
  pre { white-space: pre-wrap; word-break: break-word; background: #f4f5f7; padding: 0.75rem;
    border-radius: 8px; font-size: 0.875rem; }
`;

function layout(title: string, body: string, refreshSeconds?: number): string {
  return sandboxPage({
    product: 'Sandbox Mail',
    banner: 'SANDBOX · e-mail tidak dikirim ke mana pun (no mail leaves this server)',
    title,
    body,
    style: STYLE,
    refreshSeconds,
  });
}

const messagePath = (mail: StoredMail) => `/mail/${encodeURIComponent(mail.id)}`;

export function inboxPage(messages: readonly StoredMail[], smtpAddress: string): string {
  const rows = messages
    .map(
      (mail) => `<tr>
  <td>${wib(mail.receivedAt)}</td>
  <td>${escapeHtml(mail.to.join(', '))}</td>
  <td><a href="${messagePath(mail)}">${escapeHtml(mail.subject || '(tanpa subjek)')}</a></td>
  <td>${mail.attachments.length || ''}</td>
</tr>`,
    )
    .join('');
  const list =
    messages.length === 0
      ? '<p class="note">Belum ada e-mail (no mail yet). Halaman ini diperbarui sendiri (it refreshes itself).</p>'
      : `<table>
<thead><tr><th>Waktu (time)</th><th>Kepada (to)</th><th>Subjek (subject)</th><th>Lampiran (attachments)</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
  return layout(
    'Kotak masuk (inbox)',
    `<p class="note">SMTP: <code>${escapeHtml(smtpAddress)}</code> · ${messages.length} e-mail, terbaru di atas (newest first)</p>
${list}`,
    10,
  );
}

/** The message's own HTML, with links opening outside the frame. */
function framedHtml(html: string): string {
  const base = '<base target="_blank">';
  return /<head[^>]*>/i.test(html)
    ? html.replace(/<head[^>]*>/i, (head) => head + base)
    : base + html;
}

export function messagePage(mail: StoredMail): string {
  const attachments =
    mail.attachments.length === 0
      ? '<p class="note">Tidak ada lampiran (no attachments).</p>'
      : `<ul>${mail.attachments
          .map(
            (attachment, index) =>
              `<li><a href="${messagePath(mail)}/attachments/${index}">${escapeHtml(attachment.filename)}</a>
  <span class="note">${escapeHtml(attachment.contentType)}, ${attachment.content.length} byte</span></li>`,
          )
          .join('')}</ul>`;
  const html =
    mail.html === null
      ? '<p class="note">Tanpa bagian HTML (no HTML part).</p>'
      : `<iframe title="Isi e-mail (message body)" sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="${escapeHtml(framedHtml(mail.html))}"></iframe>`;
  return layout(
    mail.subject || '(tanpa subjek)',
    `<p><a href="/mail">← Kotak masuk (inbox)</a></p>
<dl>
  <dt>Dari (from)</dt><dd>${escapeHtml(mail.from)}</dd>
  <dt>Kepada (to)</dt><dd>${escapeHtml(mail.to.join(', '))}</dd>
  <dt>Diterima (received)</dt><dd>${wib(mail.receivedAt)}</dd>
  <dt>Message-ID</dt><dd><code>${escapeHtml(mail.messageId ?? '-')}</code></dd>
</dl>
<h2>HTML</h2>
${html}
<h2>Teks (plain text)</h2>
<pre>${escapeHtml(mail.text)}</pre>
<h2>Lampiran (attachments)</h2>
${attachments}`,
  );
}

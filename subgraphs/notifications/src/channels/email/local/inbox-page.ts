import type { LocalMail } from './mail-store.js';

/**
 * The page developers open in a browser: newest first, each message folded open on click with
 * its addresses, the reference header, the text part and the HTML part. The HTML is shown in a
 * sandboxed iframe (no scripts, no same-origin access) under the page's CSP, which it inherits.
 * The newest message is shown open.
 */
export function inboxPage(messages: readonly LocalMail[]): string {
  const rows = [...messages].reverse().map(
    // The newest is open: what a developer usually came for.
    (m, i) => `<details${i === 0 ? ' open' : ''}>
  <summary><time>${esc(m.receivedAt.replace('T', ' ').slice(0, 19))}</time> <b>${esc(m.to.join(', '))}</b> ${esc(m.subject ?? '(no subject)')}</summary>
  <table>
    <tr><th>From</th><td>${esc(m.from ?? '')}</td></tr>
    <tr><th>Reply-To</th><td>${esc(m.replyTo ?? '')}</td></tr>
    <tr><th>To</th><td>${esc(m.to.join(', '))}</td></tr>
    <tr><th>Subject</th><td>${esc(m.subject ?? '')}</td></tr>
    <tr><th>Notification</th><td>${esc(m.headers['x-realserv-notification'] ?? '')}</td></tr>
    <tr><th>Files</th><td><a href="/_local/mail/${encodeURIComponent(m.id)}">JSON</a> · <a href="/_local/mail/${encodeURIComponent(m.id)}/raw">raw .eml</a></td></tr>
  </table>
  <h4>Text part</h4><pre>${esc(m.text ?? '(none)')}</pre>
  <h4>HTML part</h4>${m.html ? `<iframe sandbox="" srcdoc="${esc(m.html)}" title="HTML part"></iframe>` : '<p>(none)</p>'}
</details>`,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>RealServ local mail (${messages.length})</title>
<style>
body{font:14px system-ui,sans-serif;margin:1.5rem;max-width:70rem}
details{border-bottom:1px solid #ddd;padding:.4rem 0} summary{cursor:pointer}
time{color:#666;font-family:monospace} th{text-align:left;padding-right:1rem;color:#555}
pre{background:#f6f6f6;padding:.6rem;white-space:pre-wrap} iframe{width:100%;height:24rem;border:1px solid #ccc}
</style></head>
<body>
<h1>RealServ local mail</h1>
<p>${messages.length} message(s) received by the local SMTP catcher. <a href="/">Refresh</a> · <a href="/_local/mail">JSON</a> · empty it with <code>curl -X DELETE &lt;this server&gt;/_local/mail</code></p>
${rows.join('\n') || '<p>Nothing has arrived yet.</p>'}
</body></html>`;
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The local mail catcher's own contract, driven by a plain nodemailer SMTP client (any mailer
 * would do): what its HTTP API and page show, fault injection, and the inbox kept across restarts.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { startLocalMailServer, type LocalMail, type RunningLocalMailServer } from './local-mail-server.js';

let dir: string;
let catcher: RunningLocalMailServer;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'realserv-mail-'));
  catcher = await startLocalMailServer({ dir });
});

afterEach(async () => {
  await catcher.stop();
  rmSync(dir, { recursive: true, force: true });
});

const send = async (smtpUrl: string, to: string, subject: string) => {
  const transport = nodemailer.createTransport({ url: smtpUrl });
  try {
    return await transport.sendMail({ from: 'RealServ <noreply@realserv.com>', to, subject, text: `text of ${subject}`, html: `<p>html of ${subject}</p>` });
  } finally {
    transport.close();
  }
};
const api = (path: string, init?: RequestInit) => fetch(`${catcher.httpUrl}${path}`, init);
const list = async (query = '') => (await (await api(`/_local/mail${query}`)).json()) as LocalMail[];

test('messages are listed in arrival order, filtered by recipient, and readable one by one and raw', async () => {
  await send(catcher.smtpUrl, 'asha@example.com', 'first');
  await send(catcher.smtpUrl, 'ravi@example.com', 'second');

  expect((await list()).map((m) => m.subject)).toEqual(['first', 'second']);
  const [ravis] = await list('?to=RAVI@example.com');
  expect(ravis).toMatchObject({ subject: 'second', to: ['ravi@example.com'], text: 'text of second', html: '<p>html of second</p>' });

  const one = await api(`/_local/mail/${ravis!.id}`);
  expect(await one.json()).toEqual(ravis);
  const raw = await api(`/_local/mail/${ravis!.id}/raw`);
  expect(raw.headers.get('content-type')).toBe('message/rfc822');
  expect(await raw.text()).toMatch(/^Return-Path: <noreply@realserv\.com>\r\nDelivered-To: ravi@example\.com\r\n[\s\S]*Subject: second/);
  expect((await api('/_local/mail/nope')).status).toBe(404);
});

test('the page lists what arrived, newest first and open, with the HTML part sandboxed and escaped', async () => {
  await send(catcher.smtpUrl, 'asha@example.com', 'older <script>alert(1)</script>');
  await send(catcher.smtpUrl, 'asha@example.com', 'newer');

  const page = await api('/');
  expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
  const html = await page.text();
  expect(html.indexOf('newer')).toBeLessThan(html.indexOf('older'));
  expect(html.match(/<details open>\s*<summary>.*<\/summary>/)?.[0]).toContain('newer');
  expect(html).not.toContain('<script>');
  expect(html).toContain('<iframe sandbox="" srcdoc="&#60;p&#62;html of newer&#60;/p&#62;"');
});

test('injected faults refuse exactly the next N messages at RCPT TO, then mail flows again', async () => {
  expect((await api('/_local/mail/faults', { method: 'POST', body: JSON.stringify({ count: 2, kind: 'transient' }) })).status).toBe(200);
  expect((await api('/_local/mail/faults', { method: 'POST', body: JSON.stringify({ count: 1, kind: 'permanent' }) })).status).toBe(200);

  const outcomes: Array<number | 'sent'> = [];
  for (const subject of ['a', 'b', 'c', 'd']) {
    outcomes.push(await send(catcher.smtpUrl, 'asha@example.com', subject).then(() => 'sent' as const, (error: { responseCode: number }) => error.responseCode));
  }
  expect(outcomes).toEqual([451, 451, 550, 'sent']);
  expect((await list()).map((m) => m.subject)).toEqual(['d']);
});

test('a malformed fault request is refused and changes nothing', async () => {
  for (const body of ['{"count":0,"kind":"transient"}', '{"count":1,"kind":"sometimes"}', 'not json']) {
    const response = await api('/_local/mail/faults', { method: 'POST', body });
    expect(response.status).toBe(400);
  }
  expect(await (await api('/_local/mail/faults')).json()).toEqual({ pending: [] });
});

test('the inbox survives a restart (one .eml per message) and DELETE empties both', async () => {
  await send(catcher.smtpUrl, 'asha@example.com', 'kept');
  const [before] = await list();
  expect(readdirSync(dir)).toEqual([`${before!.id}.eml`]);
  expect(readFileSync(join(dir, `${before!.id}.eml`), 'utf8')).toContain('Subject: kept');

  await catcher.stop();
  catcher = await startLocalMailServer({ dir });
  expect(await list()).toEqual([before]);

  expect(await (await api('/_local/mail', { method: 'DELETE' })).json()).toEqual({ deleted: 1 });
  expect(await list()).toEqual([]);
  expect(readdirSync(dir)).toEqual([]);
});

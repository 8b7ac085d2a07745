/**
 * `npm run inbox`: finds the running stack's local provider through runner.lock and prints what
 * it received. Driven against the real local mail catcher.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmailPort } from '../../subgraphs/notifications/src/channels/email/index.js';
import { startLocalMailServer, type LocalMail, type RunningLocalMailServer } from '../../subgraphs/notifications/src/channels/email/local/index.js';
import { LOCAL_INBOXES, localInboxUrl, printInbox } from './local-inboxes.js';

let dataDir: string;
let catcher: RunningLocalMailServer;

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'realserv-inbox-'));
  catcher = await startLocalMailServer();
  // This test process plays the running `npm start` that recorded the catcher's URL.
  writeFileSync(join(dataDir, 'runner.lock'), JSON.stringify({ pid: process.pid, gatewayUrl: 'x', dataDir, localUrls: { mail: catcher.httpUrl } }));
});

afterEach(async () => {
  await catcher.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const run = async (...args: string[]) => {
  let output = '';
  const code = await printInbox(args, (text) => (output += text), dataDir);
  return { code, output };
};

test('lists what arrived, one line each, then shows one message in full', async () => {
  const port = await createEmailPort({ transport: 'smtp', from: 'RealServ <noreply@realserv.com>', replyTo: 'support@realserv.com', smtpUrl: catcher.smtpUrl });
  await port.send({ to: 'asha@example.com', subject: 'ऑर्डर RS-3001 भेजा गया', text: 'रास्ते में है', html: '<p>रास्ते में है</p>', reference: 'ntf-cli' });
  await port.close?.();

  const listed = await run('mail');
  expect(listed.code).toBe(0);
  expect(listed.output).toContain(`1 mail message(s) at ${catcher.httpUrl} (open ${catcher.httpUrl}/ in a browser)`);
  expect(listed.output).toMatch(/asha@example\.com\s+ऑर्डर RS-3001 भेजा गया/);

  const [mail] = JSON.parse((await run('mail', '--json')).output) as LocalMail[];
  const shown = await run('mail', mail!.id);
  expect(shown.output).toContain('Subject:   ऑर्डर RS-3001 भेजा गया');
  expect(shown.output).toContain('Reference: ntf-cli');
  expect(shown.output).toContain('--- text part ---\nरास्ते में है');
});

test('an unknown channel prints the usage with the channels it knows', async () => {
  expect(await run('fax')).toEqual({ code: 2, output: `Usage: npm run inbox -- <${Object.keys(LOCAL_INBOXES).join('|')}> [id] [--json]\n` });
});

test('a stack that is not running is said so, not a stack trace', async () => {
  writeFileSync(join(dataDir, 'runner.lock'), JSON.stringify({ pid: process.pid, gatewayUrl: 'x', dataDir, localUrls: { mail: 'http://127.0.0.1:1' } }));
  expect(await run('mail')).toEqual({ code: 1, output: 'Nothing answers at http://127.0.0.1:1: is RealServ running (npm start)?\n' });
});

test('without a live runner the fixed `npm start` URL is used', () => {
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  writeFileSync(join(dataDir, 'runner.lock'), JSON.stringify({ pid: Number(dead.stdout), gatewayUrl: 'x', dataDir, localUrls: { mail: catcher.httpUrl } }));
  expect(localInboxUrl('mail', LOCAL_INBOXES.mail!, dataDir)).toBe(LOCAL_INBOXES.mail!.defaultUrl);
});

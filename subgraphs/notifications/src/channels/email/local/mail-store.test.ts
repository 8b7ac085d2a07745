import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MailStore } from './mail-store.js';

const message = (subject: string) =>
  Buffer.from(
    [
      'From: RealServ <noreply@realserv.test>',
      'To: buyer@example.test',
      `Subject: =?UTF-8?B?${Buffer.from(subject).toString('base64')}?=`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Your order RS-1 is placed.',
      '',
    ].join('\r\n'),
  );

describe('the local mail catcher’s store', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'mail-store-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('stores the raw message at once and shows it parsed when read: decoded subject, envelope, text', async () => {
    const store = new MailStore(dir);
    const { id } = await store.add({ from: 'bounce@realserv.test', to: ['buyer@example.test'] }, message('ऑर्डर मिला'));
    expect(readdirSync(dir)).toEqual([`${id}.eml`]);
    const [mail] = await store.list();
    expect(mail).toMatchObject({ id, subject: 'ऑर्डर मिला', envelope: { from: 'bounce@realserv.test', to: ['buyer@example.test'] }, to: ['buyer@example.test'] });
    expect(mail!.text).toContain('RS-1 is placed');
    const got = await store.get(id);
    expect(got!.raw.toString()).toContain('Delivered-To: buyer@example.test');
  });

  test('parses a message once: concurrent first reads share the result', async () => {
    const store = new MailStore(undefined);
    const { id } = await store.add({ from: 'a@realserv.test', to: ['b@example.test'] }, message('one'));
    const [listed, got] = await Promise.all([store.list(), store.get(id)]);
    expect(got!.mail).toBe(listed[0]);
    expect((await store.list())[0]).toBe(listed[0]);
  });

  test('messages read back from their files after a restart keep their envelope', async () => {
    const first = new MailStore(dir);
    const a = await first.add({ from: 'a@realserv.test', to: ['x@example.test'] }, message('first'));
    const b = await first.add({ from: 'b@realserv.test', to: ['y@example.test', 'z@example.test'] }, message('second'));
    const again = new MailStore(dir);
    await again.load();
    const mails = await again.list();
    // Sorted by subject: two messages of the same millisecond come back in the order of their ids' random part.
    expect(mails.map((m) => [m.id, m.subject, m.envelope]).sort((x, y) => String(x[1]).localeCompare(String(y[1])))).toEqual([
      [a.id, 'first', { from: 'a@realserv.test', to: ['x@example.test'] }],
      [b.id, 'second', { from: 'b@realserv.test', to: ['y@example.test', 'z@example.test'] }],
    ]);
  });
});

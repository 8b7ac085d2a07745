import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser, type AddressObject, type HeaderValue, type ParsedMail } from 'mailparser';

/** One message as the catcher's HTTP API shows it. */
export interface LocalMail {
  /** The catcher's id (time-ordered; also the .eml file name). */
  id: string;
  /** When the catcher accepted it (ISO 8601). */
  receivedAt: string;
  /** The SMTP envelope (MAIL FROM / RCPT TO), which need not match the headers. */
  envelope: { from: string; to: string[] };
  /** The From header as text, e.g. `RealServ <noreply@realserv.com>`. */
  from: string | null;
  /** Addresses of the To header. */
  to: string[];
  /** The Reply-To header as text. */
  replyTo: string | null;
  /** Decoded subject (RFC 2047 words decoded: Hindi arrives as Hindi). */
  subject: string | null;
  /** The Date header (ISO 8601). */
  date: string | null;
  /** The text/plain part. */
  text: string | null;
  /** The text/html part. */
  html: string | null;
  /** Every header, lower-case names, decoded values (repeated headers joined with ', '). */
  headers: Record<string, string>;
}

interface Stored {
  id: string;
  receivedAt: Date;
  /** The SMTP envelope; null for a message read back from its file (its trace lines are the envelope). */
  envelope: { from: string; to: string[] } | null;
  raw: Buffer;
  /** The message as the API shows it, parsed at its first read (parseOf). */
  mail?: Promise<LocalMail>;
}

/**
 * What arrived: in memory for the HTTP API and, with a directory, one `<id>.eml` file per message
 * (the raw message as received, with the Return-Path/Delivered-To lines a final MTA adds), read
 * back on start so `npm start` keeps the inbox across restarts.
 *
 * A message is parsed (mailparser) when it is first read, not when it arrives: in #12's load runs
 * nobody reads the inbox, and parsing every order's email was about a third of the bench runner's
 * CPU (the runner hosts the local providers; docs/capacity.md). Each message is still parsed once.
 */
export class MailStore {
  private readonly messages: Stored[] = [];

  constructor(
    private readonly dir: string | undefined,
    /** At most this many messages are kept in memory (the oldest go first; their files stay). */
    private readonly limit = 10_000,
  ) {}

  async load(): Promise<void> {
    if (!this.dir) return;
    await mkdir(this.dir, { recursive: true });
    const files = (await readdir(this.dir)).filter((name) => name.endsWith('.eml')).sort().slice(-this.limit);
    for (const file of files) {
      const path = join(this.dir, file);
      const [raw, info] = await Promise.all([readFile(path), stat(path)]);
      const id = file.slice(0, -4);
      this.keep({ id, receivedAt: receivedAtOf(id) ?? info.mtime, envelope: null, raw });
    }
  }

  /** Stores a message received over SMTP; returns its id. */
  async add(envelope: { from: string; to: string[] }, message: Buffer): Promise<{ id: string }> {
    const receivedAt = new Date();
    const id = `${receivedAt.toISOString().replace(/[-:.]/g, '')}-${randomBytes(4).toString('hex')}`;
    const trace = [`Return-Path: <${envelope.from}>`, ...envelope.to.map((to) => `Delivered-To: ${to}`), ''].join('\r\n');
    const raw = Buffer.concat([Buffer.from(trace), message]);
    if (this.dir) await writeFile(join(this.dir, `${id}.eml`), raw);
    this.keep({ id, receivedAt, envelope, raw });
    return { id };
  }

  /** Oldest first (arrival order). */
  async list(): Promise<LocalMail[]> {
    return Promise.all(this.messages.map((m) => this.parseOf(m)));
  }

  async get(id: string): Promise<{ mail: LocalMail; raw: Buffer } | undefined> {
    const stored = this.messages.find((m) => m.id === id);
    return stored && { mail: await this.parseOf(stored), raw: stored.raw };
  }

  /** Forgets every message and removes their files; returns how many there were. */
  async clear(): Promise<number> {
    const removed = this.messages.splice(0);
    if (this.dir) {
      const dir = this.dir;
      const files = (await readdir(dir)).filter((name) => name.endsWith('.eml'));
      await Promise.all(files.map((file) => unlink(join(dir, file)).catch(() => undefined)));
    }
    return removed.length;
  }

  /** The message parsed, once: concurrent first reads share one parse. */
  private parseOf(stored: Stored): Promise<LocalMail> {
    stored.mail ??= simpleParser(stored.raw).then((parsed) => toLocalMail(stored.id, stored.receivedAt, parsed, stored.envelope));
    return stored.mail;
  }

  private keep(stored: Stored): void {
    this.messages.push(stored);
    if (this.messages.length > this.limit) this.messages.shift();
  }
}

/** The time in an id this store made (`20261201T002730611Z-…`); undefined for a file someone else put there. */
function receivedAtOf(id: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-/.exec(id);
  return m ? new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`) : undefined;
}

function toLocalMail(id: string, receivedAt: Date, parsed: ParsedMail, envelope: { from: string; to: string[] } | null): LocalMail {
  const headers: Record<string, string> = {};
  for (const [name, value] of parsed.headers) headers[name] = headerText(value);
  const toObjects = parsed.to === undefined ? [] : Array.isArray(parsed.to) ? parsed.to : [parsed.to];
  return {
    id,
    receivedAt: receivedAt.toISOString(),
    // Read back from a file: the trace lines this store wrote are the envelope.
    envelope: envelope ?? {
      from: (parsed.headerLines.find((h) => h.key === 'return-path')?.line ?? '').replace(/^[^:]*:\s*<?|>?\s*$/g, ''),
      to: parsed.headerLines.filter((h) => h.key === 'delivered-to').map((h) => h.line.replace(/^[^:]*:\s*/, '').trim()),
    },
    from: parsed.from?.text ?? null,
    to: toObjects.flatMap((o) => o.value.map((a) => a.address ?? '')).filter(Boolean),
    replyTo: parsed.replyTo?.text ?? null,
    subject: parsed.subject ?? null,
    date: parsed.date?.toISOString() ?? null,
    text: parsed.text ?? null,
    html: typeof parsed.html === 'string' ? parsed.html : null,
    headers,
  };
}

function headerText(value: HeaderValue): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return (value as HeaderValue[]).map(headerText).join(', ');
  if (isAddressObject(value)) return value.text;
  if ('value' in value && typeof value.value === 'string') return value.value;
  return JSON.stringify(value);
}

function isAddressObject(value: object): value is AddressObject {
  return 'text' in value && 'value' in value && Array.isArray((value as AddressObject).value);
}

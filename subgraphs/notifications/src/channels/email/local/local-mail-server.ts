/**
 * A local stand-in for the mail provider: a real SMTP server (smtp-server) that accepts what the
 * EMAIL port sends, parses it (mailparser) and keeps it, plus an HTTP side to read what arrived
 * and to inject refusals. It speaks SMTP only on 127.0.0.1 and accepts any sender and recipient,
 * without AUTH or STARTTLS: it is a catcher, it relays nothing.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerEnvelope, type SMTPServerSession } from 'smtp-server';
import { z } from 'zod';
import { keepIdleConnections } from '@realserv/platform';
import { inboxPage } from './inbox-page.js';
import { MailStore, type LocalMail } from './mail-store.js';

export type { LocalMail } from './mail-store.js';

export interface LocalMailServerOptions {
  /** SMTP port on 127.0.0.1 (0 or absent: a free one). */
  smtpPort?: number;
  /** HTTP port on 127.0.0.1 (0 or absent: a free one). */
  httpPort?: number;
  /** Keep every message as `<id>.eml` here and read them back on start (absent: memory only). */
  dir?: string;
  /**
   * Keep each message, then wait this long before answering 250 (default 0): a provider that holds
   * a message its sender has not heard back about yet, the window a crash test kills in.
   */
  acceptDelayMs?: number;
  /** Address to listen on (default 127.0.0.1; the compose `providers` container uses 0.0.0.0 behind a loopback-only published port). */
  host?: string;
  /** A bug in the catcher answers 500 / 451; this sees the cause (default: console.error). */
  onServerError?: (error: unknown) => void;
}

export interface RunningLocalMailServer {
  /** `smtp://127.0.0.1:<port>`: the EMAIL port's SMTP_URL. */
  smtpUrl: string;
  /** `http://127.0.0.1:<port>`: the inbox page (`/`) and the `/_local/mail` API. */
  httpUrl: string;
  stop(): Promise<void>;
}

export type MailFaultKind = 'transient' | 'permanent';

/** The replies an injected fault gives to RCPT TO: what a busy server and a missing mailbox answer. */
const FAULT_REPLY: Record<MailFaultKind, { code: number; text: string }> = {
  transient: { code: 451, text: '4.3.0 Requested action aborted: local error in processing (injected by the local mail catcher)' },
  permanent: { code: 550, text: '5.1.1 Requested action not taken: mailbox unavailable (injected by the local mail catcher)' },
};

const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

export async function startLocalMailServer(options: LocalMailServerOptions = {}): Promise<RunningLocalMailServer> {
  const onServerError = options.onServerError ?? ((error: unknown) => console.error('local mail catcher error', error));
  const store = new MailStore(options.dir);
  await store.load();
  const faults: MailFaultKind[] = [];
  // One decision per mail transaction (smtp-server makes a new envelope object for each), so a
  // fault refuses every recipient of the message it was taken for and only that message.
  const faultOf = new WeakMap<SMTPServerEnvelope, MailFaultKind | null>();

  const smtp = new SMTPServer({
    banner: 'RealServ local mail catcher',
    disabledCommands: ['AUTH', 'STARTTLS'],
    authOptional: true,
    size: MAX_MESSAGE_BYTES,
    logger: false,
    // stop() ends connections a pooled client keeps open after 1 s (smtp-server waits 30 s by default).
    closeTimeout: 1_000,
    onRcptTo(address, session, callback) {
      if (!faultOf.has(session.envelope)) faultOf.set(session.envelope, faults.shift() ?? null);
      const fault = faultOf.get(session.envelope);
      if (!fault) return callback();
      return callback(smtpReply(FAULT_REPLY[fault].code, FAULT_REPLY[fault].text));
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      void receive(stream, session)
        .then(async (mail) => {
          if (options.acceptDelayMs) await delay(options.acceptDelayMs);
          callback(null, `2.0.0 Ok: queued as ${mail.id}`);
        })
        .catch((error: unknown) => {
          if (error instanceof SmtpReply) return callback(error);
          onServerError(error);
          callback(smtpReply(451, '4.3.0 The local mail catcher could not store the message'));
        });
    },
  });
  smtp.on('error', (error) => onServerError(error));

  const receive = async (stream: SMTPServerDataStream, session: SMTPServerSession): Promise<{ id: string }> => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
    if (stream.sizeExceeded) throw smtpReply(552, `5.3.4 Message exceeds the fixed maximum message size of ${MAX_MESSAGE_BYTES} bytes`);
    const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
    return store.add({ from, to: session.envelope.rcptTo.map((r) => r.address) }, Buffer.concat(chunks));
  };

  const http = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (error instanceof HttpError) return sendJson(res, error.status, { error: error.message });
      onServerError(error);
      sendJson(res, 500, { error: 'The local mail catcher failed' });
    });
  });
  keepIdleConnections(http);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://local');
    const route = `${req.method} ${url.pathname.replace(/\/+$/, '') || '/'}`;
    let m: RegExpExecArray | null;
    if (route === 'GET /') return sendHtml(res, inboxPage(await store.list()));
    if (route === 'GET /_local/mail') return sendJson(res, 200, filtered(await store.list(), url.searchParams));
    if (route === 'DELETE /_local/mail') return sendJson(res, 200, { deleted: await store.clear() });
    if (route === 'POST /_local/mail/faults') {
      const body = faultBody.safeParse(await readJson(req));
      if (!body.success) throw new HttpError(400, `Expected {count: 1..1000, kind: 'transient'|'permanent'}: ${body.error.issues[0]?.message}`);
      const { count, kind } = body.data;
      for (let i = 0; i < count; i += 1) faults.push(kind);
      return sendJson(res, 200, { pending: faults });
    }
    if (route === 'GET /_local/mail/faults') return sendJson(res, 200, { pending: faults });
    if (route === 'DELETE /_local/mail/faults') {
      faults.length = 0;
      return sendJson(res, 200, { pending: faults });
    }
    if ((m = /^GET \/_local\/mail\/([^/]+)(\/raw)?$/.exec(route))) {
      const stored = await store.get(decodeURIComponent(m[1]!));
      if (!stored) throw new HttpError(404, `No message ${m[1]}`);
      if (!m[2]) return sendJson(res, 200, stored.mail);
      res.writeHead(200, { 'content-type': 'message/rfc822', 'content-disposition': `attachment; filename="${stored.mail.id}.eml"` });
      return void res.end(stored.raw);
    }
    throw new HttpError(404, `No route ${route}`);
  };

  try {
    const host = options.host ?? '127.0.0.1';
    const smtpPort = await listen((port, ready) => smtp.listen(port, host, ready), smtp.server, options.smtpPort ?? 0);
    const httpPort = await listen((port, ready) => http.listen(port, host, ready), http, options.httpPort ?? 0);
    return {
      smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
      httpUrl: `http://127.0.0.1:${httpPort}`,
      stop: async () => {
        await Promise.all([
          new Promise<void>((resolve) => smtp.close(() => resolve())),
          new Promise<void>((resolve) => {
            http.close(() => resolve());
            http.closeAllConnections();
          }),
        ]);
      },
    };
  } catch (error) {
    smtp.close();
    http.close();
    throw error;
  }
}

/** `?to=<address>` (To header or envelope, any case) and `?reference=<notification id>`. */
function filtered(messages: LocalMail[], query: URLSearchParams): LocalMail[] {
  const to = query.get('to')?.toLowerCase();
  const reference = query.get('reference');
  return messages.filter(
    (m) =>
      (!to || [...m.to, ...m.envelope.to].some((address) => address.toLowerCase() === to)) &&
      (!reference || m.headers['x-realserv-notification'] === reference),
  );
}

const faultBody = z.strictObject({ count: z.number().int().min(1).max(1000), kind: z.enum(['transient', 'permanent']) });

class SmtpReply extends Error {
  constructor(
    readonly responseCode: number,
    message: string,
  ) {
    super(message);
  }
}

/** smtp-server replies with an error's `responseCode` and message. */
function smtpReply(code: number, text: string): SmtpReply {
  return new SmtpReply(code, text);
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function listen(
  start: (port: number, ready: () => void) => void,
  server: { once(event: 'error', listener: (error: Error) => void): unknown; address(): AddressInfo | string | null },
  port: number,
): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    start(port, resolve);
  });
  return (server.address() as AddressInfo).port;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 64 * 1024) throw new HttpError(413, 'The request body is too large');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON');
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

function sendHtml(res: ServerResponse, html: string): void {
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    // The messages' HTML is shown in sandboxed srcdoc iframes, which inherit this policy: no scripts anywhere.
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data: https: http:; frame-src 'self'",
    'content-length': Buffer.byteLength(html),
  });
  res.end(html);
}

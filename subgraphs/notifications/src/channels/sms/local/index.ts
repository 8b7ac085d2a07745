/**
 * A local stand-in for Twilio's Programmable Messaging REST API (2010-04-01): the Messages
 * resource the SMS adapter uses, with Twilio's paths, Basic auth (account SID + auth token),
 * form-encoded parameters, JSON answers and error bodies, so the real `twilio` SDK runs against it
 * unchanged. After accepting a message it POSTs signed status callbacks (`sent`, then `delivered`
 * or `undelivered`) to the message's StatusCallback, signed as Twilio signs them.
 *
 * It also plays India's operators: a message to +91 without DLT ids or from a header that is not
 * six letters is accepted and then reported `undelivered` (30007, carrier filtering), as DLT
 * scrubbing does in production.
 *
 * Test/ops routes (JSON, unauthenticated, hence the 127.0.0.1 bind):
 *   GET    /_local/sms[?to=+91…]   the messages received, oldest first
 *   DELETE /_local/sms             forget them (and pending faults)
 *   POST   /_local/sms/faults      {count, kind: 'transient' | 'permanent' | 'undelivered', to?}: the next
 *                                  `count` sends fail with HTTP 500 (20500) or 400 (21211), or are
 *                                  accepted and then reported undelivered (30003); with `to`, only
 *                                  sends to that number
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BackgroundDeliveries, listenLocal } from '@realserv/platform/local-server';
import { isE164Phone } from '@realserv/platform/phone';
import { twilioSignature } from './twilio-signature.js';

export interface LocalTwilioOptions {
  /** 0 or absent: a free port. */
  port?: number;
  /** Address to listen on (default 127.0.0.1). */
  host?: string;
  accountSid: string;
  authToken: string;
  /** A bug in the local server answers 500; this sees the cause (default: console.error). */
  onServerError?: (error: unknown) => void;
}

export interface RunningLocalTwilio {
  url: string;
  stop(): Promise<void>;
  /** Resolves once no status callback is waiting to be sent (tests wait on this, not on sleeps). */
  callbacksSettled(): Promise<void>;
}

export type LocalSmsStatus = 'queued' | 'accepted' | 'sent' | 'delivered' | 'undelivered' | 'failed';

/** One message as the local server received it: what `GET /_local/sms` lists. */
export interface LocalSms {
  sid: string;
  accountSid: string;
  to: string;
  from: string | null;
  messagingServiceSid: string | null;
  body: string;
  /** India DLT: the content template id and the principal entity id sent with the message. */
  dltTemplateId: string | null;
  dltEntityId: string | null;
  statusCallback: string | null;
  status: LocalSmsStatus;
  errorCode: number | null;
  dateCreated: string;
  /** Every form parameter as received. */
  params: Record<string, string>;
  /** The signed status callbacks POSTed for it (httpStatus 0: the receiver was unreachable). */
  callbacks: Array<{ status: LocalSmsStatus; httpStatus: number; at: string }>;
}

type FaultKind = 'transient' | 'permanent' | 'undelivered';

const API_VERSION = '2010-04-01';
/** Twilio's alphanumeric sender ids: up to 11 letters, digits and spaces, at least one letter. */
const ALPHANUMERIC_SENDER = /^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$/;
/** DLT ids are the numeric ids the DLT portals issue (19 digits today). */
const DLT_ID = /^\d{1,25}$/;

class TwilioApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }

  /** Twilio's error JSON. */
  get body() {
    return { code: this.code, message: this.message, more_info: `https://www.twilio.com/docs/errors/${this.code}`, status: this.status };
  }
}

export async function startLocalTwilioServer(options: LocalTwilioOptions): Promise<RunningLocalTwilio> {
  const local = new LocalTwilio(options);
  return local.start(options.port ?? 0);
}

export class LocalTwilio {
  private readonly messages: LocalSms[] = [];
  /** Pending faults, in order; one with `to` fails only a send to that number (tests running side by side). */
  private readonly faults: Array<{ kind: FaultKind; to: string | null }> = [];
  /** Status callbacks, one try each: Twilio does not retry them. */
  private readonly callbacks = new BackgroundDeliveries({ firstDelayMs: 0, attempts: 1 });
  private readonly onServerError: (error: unknown) => void;

  constructor(private readonly options: LocalTwilioOptions) {
    if (!/^AC[0-9a-fA-F]{32}$/.test(options.accountSid)) throw new Error('accountSid must be AC followed by 32 hex digits');
    if (!options.authToken) throw new Error('authToken is required');
    this.onServerError = options.onServerError ?? ((error) => console.error('local Twilio server error', error));
  }

  async start(port = 0): Promise<RunningLocalTwilio> {
    const server = await listenLocal((req, res) => void this.handle(req, res), port, this.options.host);
    return {
      url: server.url,
      callbacksSettled: () => this.callbacksSettled(),
      stop: async () => {
        this.callbacks.stop();
        await server.stop();
      },
    };
  }

  async callbacksSettled(): Promise<void> {
    return this.callbacks.settled();
  }

  /** The request handler, for hosting the API on another server. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const url = new URL(req.url ?? '/', 'http://local');
      if (url.pathname.startsWith('/_local/')) return sendJson(res, 200, await this.simulator(req, url));
      const result = await this.api(req, url.pathname);
      // Like Twilio, report progress only after the API answered (the sender learns the sid first).
      if (result.afterResponse) res.once('close', result.afterResponse);
      sendJson(res, result.status, result.body);
    } catch (error) {
      if (error instanceof TwilioApiError) {
        const headers = error.status === 401 ? { 'www-authenticate': 'Basic realm="Twilio API"' } : undefined;
        return sendJson(res, error.status, error.body, headers);
      }
      this.onServerError(error);
      sendJson(res, 500, new TwilioApiError(500, 20500, 'Internal Server Error').body);
    }
  }

  /** Twilio's REST API: create and fetch Messages. */
  private async api(req: IncomingMessage, path: string): Promise<{ status: number; body: unknown; afterResponse?: () => void }> {
    const m = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages(?:\/([^/]+))?\.json$/.exec(path);
    // Authenticate before reading the body, as Twilio does.
    this.authenticate(req);
    if (!m || m[1] !== this.options.accountSid) throw new TwilioApiError(404, 20404, `The requested resource ${path} was not found`);
    if (req.method === 'POST' && !m[2]) {
      const { resource, answered } = this.createMessage(await readForm(req));
      return { status: 201, body: resource, afterResponse: answered };
    }
    if (req.method === 'GET' && m[2]) {
      const message = this.messages.find((candidate) => candidate.sid === m[2]);
      if (!message) throw new TwilioApiError(404, 20404, `The requested resource ${path} was not found`);
      return { status: 200, body: messageResource(message) };
    }
    throw new TwilioApiError(405, 20004, 'Method not allowed');
  }

  private createMessage(params: Record<string, string>): { resource: unknown; answered: () => void } {
    const at = this.faults.findIndex((f) => f.to === null || f.to === params.To);
    const fault = at >= 0 ? this.faults.splice(at, 1)[0]!.kind : undefined;
    if (fault === 'transient') throw new TwilioApiError(500, 20500, 'Internal Server Error');
    const to = params.To ?? '';
    if (fault === 'permanent') throw new TwilioApiError(400, 21211, `Invalid 'To' Phone Number: ${to}`);

    if (!to) throw new TwilioApiError(400, 21604, "A 'To' phone number is required.");
    if (!isE164Phone(to)) throw new TwilioApiError(400, 21211, `Invalid 'To' Phone Number: ${to}`);
    const from = params.From ?? null;
    const messagingServiceSid = params.MessagingServiceSid ?? null;
    if (!from && !messagingServiceSid) throw new TwilioApiError(400, 21603, "A 'From' phone number is required.");
    if (from && !isE164Phone(from) && !ALPHANUMERIC_SENDER.test(from)) throw new TwilioApiError(400, 21212, `Invalid From Number (caller ID): ${from}`);
    if (messagingServiceSid && !/^MG[0-9a-fA-F]{32}$/.test(messagingServiceSid)) throw new TwilioApiError(400, 21701, 'The Messaging Service Sid is invalid.');
    const body = params.Body ?? '';
    if (!body) throw new TwilioApiError(400, 21602, 'Message body is required.');
    if ([...body].length > 1600) throw new TwilioApiError(400, 21617, 'The concatenated message body exceeds the 1600 character limit.');
    const statusCallback = params.StatusCallback ?? null;
    if (statusCallback && !/^https?:\/\/[^\s_]+$/.test(statusCallback)) throw new TwilioApiError(400, 21609, `Invalid StatusCallback: ${statusCallback}`);
    const dltEntityId = params.DltPEId ?? null;
    const dltTemplateId = params.DltTemplateId ?? null;
    if (dltEntityId !== null && !DLT_ID.test(dltEntityId)) throw new TwilioApiError(400, 21900, 'DltPEId is invalid');
    if (dltTemplateId !== null && !DLT_ID.test(dltTemplateId)) throw new TwilioApiError(400, 21901, 'DltTemplateId is invalid');

    const now = new Date().toISOString();
    const message: LocalSms = {
      sid: `SM${randomBytes(16).toString('hex')}`,
      accountSid: this.options.accountSid,
      to,
      from,
      messagingServiceSid,
      body,
      dltTemplateId,
      dltEntityId,
      statusCallback,
      status: messagingServiceSid && !from ? 'accepted' : 'queued',
      errorCode: null,
      dateCreated: now,
      params,
      callbacks: [],
    };
    this.messages.push(message);
    const resource = messageResource(message);
    const scrubbed = to.startsWith('+91') && (!dltEntityId || !dltTemplateId || (from !== null && !/^[A-Z]{6}$/.test(from)));
    const outcome = fault === 'undelivered' ? { status: 'undelivered' as const, errorCode: 30003 } : scrubbed ? { status: 'undelivered' as const, errorCode: 30007 } : { status: 'delivered' as const, errorCode: null };
    // Pending from now (callbacksSettled waits for it), started once the answer is out.
    let answered!: () => void;
    const responded = new Promise<void>((resolve) => (answered = resolve));
    void this.callbacks.schedule(async () => {
      await this.progress(message, outcome).catch(this.onServerError);
      return true;
    }, responded);
    return { resource, answered };
  }

  /** What the carrier does next: sent, then delivered or undelivered; each change POSTed to the StatusCallback. */
  private async progress(message: LocalSms, outcome: { status: 'delivered' | 'undelivered'; errorCode: number | null }): Promise<void> {
    await this.report(message, 'sent', null);
    await this.report(message, outcome.status, outcome.errorCode);
  }

  private async report(message: LocalSms, status: LocalSmsStatus, errorCode: number | null): Promise<void> {
    message.status = status;
    message.errorCode = errorCode;
    if (!message.statusCallback || this.callbacks.signal.aborted) return;
    // The parameters of Twilio's request to a StatusCallback URL (Message resource docs).
    const params: Record<string, string> = {
      AccountSid: message.accountSid,
      ApiVersion: API_VERSION,
      From: message.from ?? '',
      MessageSid: message.sid,
      MessageStatus: status,
      SmsSid: message.sid,
      SmsStatus: status,
      To: message.to,
      ...(message.messagingServiceSid ? { MessagingServiceSid: message.messagingServiceSid } : {}),
      ...(errorCode !== null ? { ErrorCode: String(errorCode) } : {}),
      ...(status === 'delivered' || status === 'undelivered' ? { RawDlrDoneDate: rawDlrDate(new Date()) } : {}),
    };
    let httpStatus = 0;
    try {
      const response = await fetch(message.statusCallback, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
          'user-agent': 'TwilioProxy/1.1',
          'x-twilio-signature': twilioSignature(this.options.authToken, message.statusCallback, params),
          'i-twilio-idempotency-token': randomUUID(),
        },
        body: new URLSearchParams(params).toString(),
        signal: AbortSignal.any([this.callbacks.signal, AbortSignal.timeout(5_000)]),
      });
      await response.arrayBuffer();
      httpStatus = response.status;
    } catch {
      httpStatus = 0;
    }
    message.callbacks.push({ status, httpStatus, at: new Date().toISOString() });
  }

  private async simulator(req: IncomingMessage, url: URL): Promise<unknown> {
    const route = `${req.method} ${url.pathname}`;
    if (route === 'GET /_local/sms') {
      const to = url.searchParams.get('to');
      return to ? this.messages.filter((message) => message.to === to) : this.messages;
    }
    const one = /^GET \/_local\/sms\/(SM[0-9a-f]{32})$/.exec(route);
    if (one) {
      const message = this.messages.find((m) => m.sid === one[1]);
      if (!message) throw new TwilioApiError(404, 20404, `The requested resource ${url.pathname} was not found`);
      return message;
    }
    if (route === 'DELETE /_local/sms') {
      const deleted = this.messages.length;
      this.messages.length = 0;
      this.faults.length = 0;
      return { deleted };
    }
    if (route === 'POST /_local/sms/faults') {
      const input = (await readJson(req)) as { count?: unknown; kind?: unknown; to?: unknown } | undefined;
      const count = input?.count ?? 1;
      const kind = input?.kind;
      const to = typeof input?.to === 'string' ? input.to : null;
      if (!Number.isInteger(count) || (count as number) < 1 || (count as number) > 1000 || (kind !== 'transient' && kind !== 'permanent' && kind !== 'undelivered')) {
        throw new TwilioApiError(400, 20001, "faults need {count: 1..1000, kind: 'transient' | 'permanent' | 'undelivered'}");
      }
      for (let i = 0; i < (count as number); i += 1) this.faults.push({ kind, to });
      return { pending: this.faults.length };
    }
    throw new TwilioApiError(404, 20404, `The requested resource ${url.pathname} was not found`);
  }

  private authenticate(req: IncomingMessage): void {
    const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(req.headers.authorization ?? '');
    if (match) {
      const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0 && decoded.slice(0, colon) === this.options.accountSid && sameSecret(decoded.slice(colon + 1), this.options.authToken)) return;
    }
    throw new TwilioApiError(401, 20003, 'Authenticate');
  }
}

/** The Message resource as Twilio's API returns it (snake_case, RFC 2822 dates, strings for counts). */
function messageResource(message: LocalSms) {
  const uri = `/${API_VERSION}/Accounts/${message.accountSid}/Messages/${message.sid}`;
  const created = rfc2822(new Date(message.dateCreated));
  return {
    account_sid: message.accountSid,
    api_version: API_VERSION,
    body: message.body,
    date_created: created,
    date_sent: null,
    date_updated: created,
    direction: 'outbound-api',
    error_code: message.errorCode,
    error_message: null,
    from: message.from,
    messaging_service_sid: message.messagingServiceSid,
    num_media: '0',
    num_segments: String(segments(message.body)),
    price: null,
    price_unit: 'USD',
    sid: message.sid,
    status: message.status,
    subresource_uris: { media: `${uri}/Media.json` },
    to: message.to,
    uri: `${uri}.json`,
  };
}

/** GSM-7 fits 160 characters (153 per part when split); anything else (e.g. Hindi) is UCS-2: 70 (67). */
function segments(body: string): number {
  const length = [...body].length;
  const gsm = /^[\x20-\x7E\n\r£¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà€]*$/.test(body);
  const [single, part] = gsm ? [160, 153] : [70, 67];
  return length <= single ? 1 : Math.ceil(length / part);
}

function rfc2822(date: Date): string {
  return date.toUTCString().replace('GMT', '+0000');
}

/** RawDlrDoneDate: the carrier's delivery-report time, YYMMDDhhmm. */
function rawDlrDate(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(2, 12);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 1_000_000) throw new TwilioApiError(413, 20001, 'The request body is too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Form parameters; a repeated name (MediaUrl) keeps its first value, which is all this server needs. */
async function readForm(req: IncomingMessage): Promise<Record<string, string>> {
  const params: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(await readBody(req))) if (!(name in params)) params[name] = value;
  return params;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req);
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new TwilioApiError(400, 20001, 'The request body is not valid JSON');
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json), ...headers });
  res.end(json);
}

/** Constant-time comparison of the presented auth token (hashing first evens out the lengths). */
function sameSecret(presented: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

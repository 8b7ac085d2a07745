/**
 * A local stand-in for Meta's WhatsApp Cloud API (Graph API): `POST /{version}/{phone-number-id}/messages`
 * with Meta's Bearer auth, payload schema (the one the adapter uses), success and error bodies,
 * and its webhooks: `sent` / `delivered` (and `read` on request) status reports, signed with the
 * app secret, to the configured webhook URL. Like Meta, a session (text or interactive) message
 * to a user who has not written in the last 24 hours is accepted and then reported `failed`
 * with 131047.
 *
 * It also plays the WhatsApp users (for the vendor bot and tests), under `/_local/whatsapp/…`:
 * an inbound message becomes a signed `messages` webhook and opens that user's window. Those
 * routes are unauthenticated, which is why the server binds to 127.0.0.1.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenLocal } from '@realserv/platform/local-server';
import { z } from 'zod';
import { customerServiceWindowOpen } from '../customer-service-window.js';
import { describeInvalidMessage, graphMessageSchema, type GraphMessage } from '../graph-message.js';
import type { StatusPayload, WebhookError } from '../webhook-payload.js';
import { sameSecret } from '../webhook-signature.js';
import { GraphApiError, LocalRouteError, graphError } from './local-errors.js';
import { INBOUND_TYPES, inboundPayload, type InboundInput } from './local-inbound.js';
import { WebhookSender, WebhookSigner, type WebhookAttempt, type WebhookRetryPolicy } from './local-whatsapp-webhooks.js';

export interface LocalWhatsAppOptions {
  phoneNumberId: string;
  accessToken: string;
  appSecret: string;
  /** Where Meta would POST this app's webhooks (e.g. the notifications service's /webhooks/whatsapp). */
  webhookUrl: string;
  /** The business number shown in webhooks' metadata (digits). */
  displayPhoneNumber?: string;
  businessAccountId?: string;
  /**
   * Approved templates (name, language, body parameter count). When given, other templates fail
   * with 132001 and a wrong parameter count with 132000, as at Meta; when absent, any is accepted.
   */
  templates?: LocalTemplate[];
  webhookRetry?: Partial<WebhookRetryPolicy>;
  /** The 24-hour window's clock (tests move it). */
  clock?: () => Date;
  /** A bug in the local server answers 500; this sees the cause (default: console.error). */
  onServerError?: (error: unknown) => void;
  /** Address to listen on (default 127.0.0.1). */
  host?: string;
}

export interface LocalTemplate {
  name: string;
  language: string;
  parameters: number;
}

export type LocalMessageStatus = 'sent' | 'delivered' | 'read' | 'failed';

/** A message the business sent, as recorded by the local server. */
export interface LocalWhatsAppMessage {
  /** `wamid.…`, as returned to the sender. */
  id: string;
  /** E.164 (`+919812345678`). */
  to: string;
  type: GraphMessage['type'];
  /** The text, or an interactive message's body text. */
  text: string | null;
  template: { name: string; language: string; parameters: string[] } | null;
  /** Reply buttons / list rows offered by an interactive message. */
  choices: Array<{ id: string; title: string }> | null;
  status: LocalMessageStatus;
  error: { code: number; title: string } | null;
  sentAt: string;
  payload: GraphMessage;
}

export type FaultKind = 'transient' | 'permanent';
export type { InboundInput, InboundType } from './local-inbound.js';

export interface WebhookDelivery {
  messageId: string;
  /** One HTTP status per delivery (0 when unreachable). */
  statuses: number[];
}

export interface RunningLocalWhatsApp {
  url: string;
  stop(): Promise<void>;
}

const RE_ENGAGEMENT: WebhookError = {
  code: 131047,
  title: 'Re-engagement message',
  message: 'Re-engagement message',
  error_data: { details: 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.' },
  href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/',
};

export class LocalWhatsApp {
  private readonly signer: WebhookSigner;
  private readonly displayPhoneNumber: string;
  private readonly sender: WebhookSender;
  private readonly clock: () => Date;
  private readonly onServerError: (error: unknown) => void;
  private readonly sent: LocalWhatsAppMessage[] = [];
  private readonly lastInbound = new Map<string, Date>();
  /** The previous report about each message, so reports reach the receiver in order. */
  private readonly reportChains = new Map<string, Promise<void>>();
  private readonly templates: Map<string, number> | null;
  /** `to` (digits of a number): only sends to that number fail (tests running side by side). */
  private faults: { count: number; kind: FaultKind; to: string | null } = { count: 0, kind: 'transient', to: null };

  constructor(private readonly options: LocalWhatsAppOptions) {
    if (!options.phoneNumberId || !options.accessToken || !options.appSecret || !options.webhookUrl) {
      throw new Error('phoneNumberId, accessToken, appSecret and webhookUrl are required');
    }
    this.displayPhoneNumber = options.displayPhoneNumber ?? '919000000000';
    this.signer = new WebhookSigner(options.appSecret, {
      businessAccountId: options.businessAccountId ?? '102290129340398',
      phoneNumberId: options.phoneNumberId,
      displayPhoneNumber: this.displayPhoneNumber,
    });
    this.sender = new WebhookSender({ firstDelayMs: 20, attempts: 8, ...options.webhookRetry });
    this.clock = options.clock ?? (() => new Date());
    this.onServerError = options.onServerError ?? ((error) => console.error('local WhatsApp server error', error));
    this.templates = options.templates ? new Map() : null;
    for (const template of options.templates ?? []) this.registerTemplate(template);
  }

  /** Approves a template (only meaningful when the server was started with `templates`). */
  registerTemplate(template: LocalTemplate): void {
    this.templates?.set(`${template.name}:${template.language}`, template.parameters);
  }

  /** What the business sent, oldest first; to one user when `to` is given; only those after message `after` when given. */
  messages(to?: string, after?: string): LocalWhatsAppMessage[] {
    const waId = to === undefined ? undefined : digits(to);
    const start = after === undefined ? 0 : this.sent.findIndex((m) => m.id === after) + 1;
    return this.sent
      .slice(start)
      .filter((m) => waId === undefined || digits(m.to) === waId)
      .map((m) => ({ ...m }));
  }

  clearMessages(): number {
    const count = this.sent.length;
    this.sent.length = 0;
    return count;
  }

  /** The next `count` sends (to `to` only, when given) fail: transient → HTTP 500 code 131000; permanent → HTTP 400 code 131026. */
  injectFaults(count: number, kind: FaultKind, to?: string): void {
    this.faults = { count, kind, to: to ? to.replace(/\D/g, '') : null };
  }

  /** A WhatsApp user writes to the business: a signed `messages` webhook, delivered now; opens their 24-hour window. */
  async receiveInbound(input: InboundInput): Promise<WebhookDelivery> {
    const from = digits(input.from);
    if (!/^[1-9]\d{7,14}$/.test(from)) throw new LocalRouteError(400, 'from must be an international number');
    const now = this.clock();
    const message = inboundPayload(input, from, now, this.displayPhoneNumber);
    this.lastInbound.set(from, now);
    const webhook = this.signer.inbound(message, input.name ?? 'Local user');
    const statuses: number[] = [];
    for (let i = 0; i < (input.times ?? 1); i += 1) statuses.push(await this.sender.post(webhook, this.options.webhookUrl));
    return { messageId: message.id, statuses };
  }

  /**
   * Sends the status report for a message now, `times` times (same bytes each time, as Meta's
   * redelivery): `read` when the user opens it, or a repeat of an earlier report.
   */
  async reportStatus(messageId: string, status: LocalMessageStatus, times = 1): Promise<WebhookDelivery> {
    const message = this.sent.find((m) => m.id === messageId);
    if (!message) throw new LocalRouteError(404, `no message ${messageId}`);
    if (message.status === 'failed' && status !== 'failed') throw new LocalRouteError(409, `message ${messageId} failed; it cannot be ${status}`);
    if (status === 'failed' && message.status !== 'failed') throw new LocalRouteError(409, `message ${messageId} did not fail`);
    if (status === 'read') message.status = 'read';
    const webhook = this.signer.status(this.statusPayload(message, status));
    const statuses: number[] = [];
    for (let i = 0; i < times; i += 1) statuses.push(await this.sender.post(webhook, this.options.webhookUrl));
    return { messageId, statuses };
  }

  /** Resolves when no automatic status report is pending or retrying. */
  webhooksSettled(): Promise<void> {
    return this.sender.settled();
  }

  /** Every webhook POST so far, in order. */
  get webhookAttempts(): readonly WebhookAttempt[] {
    return this.sender.attempts;
  }

  /** Listens on 127.0.0.1 (port 0: a free one). `stop` also cancels pending webhook retries. */
  async start(port = 0): Promise<RunningLocalWhatsApp> {
    const server = await listenLocal((req, res) => void this.handle(req, res), port, this.options.host);
    return {
      url: server.url,
      stop: async () => {
        this.sender.stop();
        await server.stop();
      },
    };
  }

  /** The request handler, for hosting the API on another server. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const url = new URL(req.url ?? '/', 'http://local');
      if (url.pathname.startsWith('/_local/')) {
        const body = req.method === 'POST' ? await readJson(req) : undefined;
        send(res, 200, await this.simulate(req.method ?? '', url, body));
        return;
      }
      const route = /^\/(v\d+\.\d+)\/([^/]+)\/messages$/.exec(url.pathname);
      if (!route || req.method !== 'POST') throw graphError(400, 2500, `Unknown path components: ${url.pathname}`);
      // Meta checks the token before anything else, the body last.
      this.authenticate(req);
      if (decodeURIComponent(route[2]!) !== this.options.phoneNumberId) {
        throw graphError(400, 100, `Unsupported post request. Object with ID '${route[2]}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`, {
          type: 'GraphMethodException',
          subcode: 33,
        });
      }
      const body = await readJson(req).catch((error: unknown) => {
        throw error instanceof LocalRouteError ? graphError(400, 100, `(#100) ${error.message}`) : error;
      });
      send(res, 200, this.acceptMessage(body));
    } catch (error) {
      if (error instanceof GraphApiError) return send(res, error.httpStatus, error.body);
      if (error instanceof LocalRouteError) return send(res, error.httpStatus, { error: { message: error.message } });
      this.onServerError(error);
      send(res, 500, graphError(500, 1, 'An unknown error occurred').body);
    }
  }

  private authenticate(req: IncomingMessage): void {
    const match = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
    if (!match || !sameSecret(match[1]!, this.options.accessToken)) {
      throw graphError(401, 190, 'Invalid OAuth access token - Cannot parse access token');
    }
  }

  private acceptMessage(body: unknown): unknown {
    const parsed = graphMessageSchema.safeParse(body);
    if (!parsed.success) throw graphError(400, 100, describeInvalidMessage(parsed.error), { details: describeInvalidMessage(parsed.error) });
    const payload = parsed.data;
    if (payload.type === 'template') this.checkTemplate(payload.template);
    if (this.faults.count > 0 && (this.faults.to === null || this.faults.to === payload.to.replace(/\D/g, ''))) {
      this.faults.count -= 1;
      if (this.faults.kind === 'transient') throw graphError(500, 131000, '(#131000) Something went wrong', { details: 'Something went wrong' });
      throw graphError(400, 131026, '(#131026) Message undeliverable', { details: 'Message Undeliverable.' });
    }

    const now = this.clock();
    // Templates may open a conversation; anything else needs the user's message in the last 24 hours.
    const windowOpen = payload.type === 'template' || customerServiceWindowOpen(this.lastInbound.get(payload.to) ?? null, now);
    const message: LocalWhatsAppMessage = {
      id: `wamid.${Buffer.from(`${payload.to}:${randomBytes(12).toString('hex')}`).toString('base64')}`,
      to: `+${payload.to}`,
      type: payload.type,
      text: payload.type === 'text' ? payload.text.body : payload.type === 'interactive' ? payload.interactive.body.text : null,
      template:
        payload.type === 'template'
          ? {
              name: payload.template.name,
              language: payload.template.language.code,
              parameters: (payload.template.components ?? []).filter((c) => c.type === 'body').flatMap((c) => c.parameters.map((p) => p.text)),
            }
          : null,
      choices:
        payload.type === 'interactive'
          ? payload.interactive.type === 'button'
            ? payload.interactive.action.buttons.map((b) => ({ id: b.reply.id, title: b.reply.title }))
            : payload.interactive.action.sections.flatMap((s) => s.rows.map((r) => ({ id: r.id, title: r.title })))
          : null,
      status: windowOpen ? 'delivered' : 'failed',
      error: windowOpen ? null : { code: RE_ENGAGEMENT.code, title: RE_ENGAGEMENT.title },
      sentAt: now.toISOString(),
      payload,
    };
    this.sent.push(message);
    for (const status of windowOpen ? (['sent', 'delivered'] as const) : (['failed'] as const)) this.scheduleReport(message, status);
    return {
      messaging_product: 'whatsapp',
      contacts: [{ input: payload.to, wa_id: payload.to }],
      messages: [{ id: message.id, ...(payload.type === 'template' ? { message_status: 'accepted' } : {}) }],
    };
  }

  private checkTemplate(template: Extract<GraphMessage, { type: 'template' }>['template']): void {
    if (!this.templates) return;
    const expected = this.templates.get(`${template.name}:${template.language.code}`);
    if (expected === undefined) {
      throw graphError(404, 132001, '(#132001) Template name does not exist in the translation', {
        details: `template name (${template.name}) does not exist in ${template.language.code}`,
      });
    }
    const given = (template.components ?? []).filter((c) => c.type === 'body').reduce((n, c) => n + c.parameters.length, 0);
    if (given !== expected) {
      throw graphError(400, 132000, '(#132000) Number of parameters does not match the expected number of params', {
        details: `body: number of localizable_params (${given}) does not match the expected number of params (${expected})`,
      });
    }
  }

  private scheduleReport(message: LocalWhatsAppMessage, status: LocalMessageStatus): void {
    const webhook = this.signer.status(this.statusPayload(message, status));
    const previous = this.reportChains.get(message.id);
    const delivered = this.sender.schedule(webhook, this.options.webhookUrl, previous);
    this.reportChains.set(message.id, delivered);
    void delivered.then(() => {
      if (this.reportChains.get(message.id) === delivered) this.reportChains.delete(message.id);
    });
  }

  private statusPayload(message: LocalWhatsAppMessage, status: LocalMessageStatus): StatusPayload {
    const seconds = Math.floor(this.clock().getTime() / 1000);
    const base = { id: message.id, status, timestamp: String(seconds), recipient_id: digits(message.to) };
    if (status === 'failed') return { ...base, errors: [message.error?.code === 131047 ? RE_ENGAGEMENT : { code: message.error?.code ?? 131000, title: message.error?.title ?? 'Something went wrong' }] };
    if (status === 'read') return base;
    const category = message.type === 'template' ? 'utility' : 'service';
    return {
      ...base,
      conversation: {
        id: Buffer.from(message.to).toString('hex').slice(0, 32),
        ...(status === 'sent' ? { expiration_timestamp: String(seconds + 24 * 3600) } : {}),
        origin: { type: category },
      },
      pricing: { billable: category !== 'service', pricing_model: 'PMP', category, type: category === 'service' ? 'free_customer_service' : 'regular' },
    };
  }

  /** The users' side and the inspection routes, over HTTP for tests and tools in other processes. */
  private async simulate(method: string, url: URL, body: unknown): Promise<unknown> {
    const path = url.pathname;
    if (method === 'POST' && path === '/_local/whatsapp/inbound') return this.receiveInbound(parse(inboundBody, body));
    if (method === 'GET' && path === '/_local/whatsapp/messages') {
      // `after`: a terminal chat polls for what came since the last message it printed.
      return { messages: this.messages(url.searchParams.get('to') ?? undefined, url.searchParams.get('after') ?? undefined) };
    }
    if (method === 'GET' && path.startsWith('/_local/whatsapp/messages/')) {
      const id = decodeURIComponent(path.slice('/_local/whatsapp/messages/'.length));
      const message = this.sent.find((m) => m.id === id);
      if (!message) throw new LocalRouteError(404, `no message ${id}`);
      return message;
    }
    if (method === 'DELETE' && path === '/_local/whatsapp/messages') return { deleted: this.clearMessages() };
    if (method === 'POST' && path === '/_local/whatsapp/faults') {
      const { count, kind, to } = parse(faultBody, body);
      this.injectFaults(count, kind, to);
      return { pending: count, kind };
    }
    if (method === 'POST' && path === '/_local/whatsapp/status') {
      const { messageId, status, times } = parse(statusBody, body);
      return this.reportStatus(messageId, status, times ?? 1);
    }
    if (method === 'POST' && path === '/_local/whatsapp/templates') {
      const template = parse(templateBody, body);
      if (!this.templates) throw new LocalRouteError(409, 'this server accepts any template (started without `templates`)');
      this.registerTemplate(template);
      return { registered: template };
    }
    if (method === 'POST' && path === '/_local/whatsapp/webhooks/settle') {
      await this.webhooksSettled();
      return { attempts: this.webhookAttempts };
    }
    throw new LocalRouteError(404, `no local route ${method} ${path}`);
  }
}

/** Starts the local Graph API server (devstack, tests, the vendor bot's terminal chat). */
export async function startLocalWhatsAppServer(
  options: LocalWhatsAppOptions & { port?: number },
): Promise<RunningLocalWhatsApp & { whatsapp: LocalWhatsApp }> {
  const whatsapp = new LocalWhatsApp(options);
  const running = await whatsapp.start(options.port ?? 0);
  return { ...running, whatsapp };
}

const inboundBody = z.strictObject({
  from: z.string().min(8).max(20),
  text: z.string().min(1).max(4096).optional(),
  buttonReplyId: z.string().min(1).max(256).optional(),
  listReplyId: z.string().min(1).max(200).optional(),
  title: z.string().min(1).max(24).optional(),
  type: z.enum(INBOUND_TYPES).optional(),
  name: z.string().min(1).max(100).optional(),
  contextMessageId: z.string().min(1).optional(),
  times: z.number().int().min(1).max(20).optional(),
});
const faultBody = z.strictObject({ count: z.number().int().min(0).max(1000), kind: z.enum(['transient', 'permanent']), to: z.string().min(1).max(20).optional() });
const statusBody = z.strictObject({
  messageId: z.string().min(1),
  status: z.enum(['sent', 'delivered', 'read', 'failed']),
  times: z.number().int().min(1).max(20).optional(),
});
const templateBody = z.strictObject({ name: z.string().regex(/^[a-z0-9_]{1,512}$/), language: z.string().min(2), parameters: z.number().int().min(0).max(100) });

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new LocalRouteError(400, `${issue.path.join('.') || 'body'}: ${issue.message}`);
}

function digits(phone: string): string {
  return phone.replace(/[^\d]/g, '');
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 1_000_000) throw new LocalRouteError(413, 'The request body is too large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new LocalRouteError(400, 'The request body is not valid JSON');
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

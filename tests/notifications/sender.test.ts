import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { costOfThisRequest, countRequestCost, createLogger, type DomainEvent } from '@realserv/platform';
import { scratchOrm } from '../harness/scratch-db.js';
import { serverUrl } from '../harness/subgraph-db.js';
import { eventually } from '../harness/eventually.js';
import { Notification, NotificationStatus, PendingProviderStatusReport, ProviderStatusReport } from '../../subgraphs/notifications/src/notification/notification.entity.js';
import { NotificationPreference } from '../../subgraphs/notifications/src/preference/notification-preference.entity.js';
import { PushDevice, PushPlatform } from '../../subgraphs/notifications/src/device/push-device.entity.js';
import { TemplateProblem } from '../../subgraphs/notifications/src/template/template-rules.js';
import { NOTIFICATION_KINDS } from '../../subgraphs/notifications/src/notification/notification-kinds.js';
import { NotificationDispatcher, type NotificationIntent } from '../../subgraphs/notifications/src/notification/notification-dispatcher.js';
import { NotificationSender, createSendQueue } from '../../subgraphs/notifications/src/notification/notification-sender.js';
import { ProviderStatusService } from '../../subgraphs/notifications/src/notification/provider-status.js';
import { ProviderError, type PushMessage, type PushPort, type SmsMessage, type SmsPort, type WhatsAppMessage, type WhatsAppPort } from '../../subgraphs/notifications/src/channels/port.js';
import type { NotificationChannel, NotificationKind } from '../../subgraphs/notifications/src/notification/notification-kinds.js';
import type { RenderedMessage, TemplateService } from '../../subgraphs/notifications/src/template/template.service.js';
import type { RecipientDirectory, Recipient } from '../../subgraphs/notifications/src/recipient/recipient-directory.js';
import { PreferenceService } from '../../subgraphs/notifications/src/preference/preference.service.js';
import { PushDeviceService } from '../../subgraphs/notifications/src/device/push-device.service.js';
import { WhatsAppWindow, WhatsAppWindows } from '../../subgraphs/notifications/src/conversation/whatsapp-window.js';

/**
 * The sender on a database and a pg-boss queue of its own, with ports that record what they are
 * given and fail on demand (the channel helpers test the real adapters against their local
 * provider servers). Templates render SMS and WhatsApp through the seam's signatures.
 */
const log = createLogger('notification-sender-test', 'silent');

class RecordingPort<M> {
  readonly sent: M[] = [];
  readonly calls: M[] = [];
  /** Errors the next sends throw, in order. */
  failures: ProviderError[] = [];
  /** Provider message ids the next accepted sends answer with (else a fresh one). */
  nextIds: string[] = [];

  async send(message: M) {
    this.calls.push(message);
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.sent.push(message);
    return { providerMessageId: this.nextIds.shift() ?? `pm_${randomUUID()}` };
  }
}

/**
 * Renders every kind on SMS, WhatsApp and in-app from its variables, the way the templates seam
 * promises (masked copy included): versioned (`activeVersion` is what an admin last wrote; a
 * version's words start with `v<n>`), and strict like the real templates (a missing variable is a
 * TemplateProblem).
 */
const activeVersion = new Map<string, number>();
let brokenWhenSent = false;
function renderAs(kind: NotificationKind, channel: NotificationChannel, version: number, language: 'en' | 'hi', variables: Record<string, string>): RenderedMessage {
  const missing = NOTIFICATION_KINDS[kind].variables.find((name) => !(name in variables));
  if (missing) throw new TemplateProblem('textBody', `"${missing}" has no value`, missing);
  const text = `v${version} ${kind}: ${Object.entries(variables).map(([k, v]) => `${k}=${v}`).join(' ')}`;
  const masked = text.replace(/otp=\S+/, 'otp=••••••');
  return {
    templateId: `test:${kind}:${channel}:${version}`,
    templateVersion: version,
    language,
    subject: kind,
    text,
    html: null,
    whatsapp: channel === 'WHATSAPP' ? { templateName: kind.toLowerCase(), language, parameters: Object.values(variables) } : null,
    dltTemplateId: channel === 'SMS' ? '1107160000000012345' : null,
    masked: { subject: kind, text: masked },
  };
}
const templates = {
  async channelsFor(): Promise<NotificationChannel[]> {
    return channels;
  },
  async render(_em: unknown, kind: NotificationKind, channel: NotificationChannel, language: 'en' | 'hi', variables: Record<string, string>): Promise<RenderedMessage | null> {
    return renderAs(kind, channel, activeVersion.get(`${kind}:${channel}`) ?? 1, language, variables);
  },
  async renderVersion(_em: unknown, templateId: string, variables: Record<string, string>): Promise<RenderedMessage | null> {
    if (brokenWhenSent) throw new TemplateProblem('textBody', 'unknown variable "gstin"', 'gstin');
    const [, kind, channel, version] = templateId.split(':');
    return renderAs(kind as NotificationKind, channel as NotificationChannel, Number(version), 'en', variables);
  },
} as unknown as TemplateService;
let channels: NotificationChannel[] = ['SMS'];

const OTP = '482913';
const directory = { deliveryOtp: async () => OTP } as unknown as RecipientDirectory;

let orm: MikroORM;
let sender: NotificationSender;
let statuses: ProviderStatusService;
let windows: WhatsAppWindows;
let dispatcher: NotificationDispatcher;
const sms = new RecordingPort<SmsMessage>();
const whatsapp = new RecordingPort<WhatsAppMessage>();
/** Push: FCM answers `registration-token-not-registered` for the tokens in `staleTokens`. */
const staleTokens = new Set<string>();
const pushed: PushMessage[] = [];
const push: PushPort = {
  async send(message) {
    if (staleTokens.has(message.token)) throw new ProviderError('PUSH', 'registration-token-not-registered', true);
    pushed.push(message);
    return { providerMessageId: `push_${randomUUID()}` };
  },
};
const ports = { SMS: sms as SmsPort, WHATSAPP: whatsapp as WhatsAppPort, PUSH: push };
const bossSchema = `nsend_${randomUUID().replace(/-/g, '').slice(0, 8)}`;

function startSender(): NotificationSender {
  return new NotificationSender({
    orm,
    boss: createSendQueue(serverUrl('events'), log, { schema: bossSchema }),
    bossSchema,
    ports,
    templates,
    devices: new PushDeviceService(),
    directory,
    windows,
    // A backstop poll far beyond any wait here: what is sent later was woken by NOTIFY or by its timer.
    settings: { maxAttempts: 3, retryBaseSeconds: 1, recipientPerMinute: 3, providerPerSecond: 1000, backstopSeconds: 600 },
    log,
  });
}

beforeAll(async () => {
  orm = await scratchOrm([Notification, ProviderStatusReport, PendingProviderStatusReport, WhatsAppWindow, NotificationPreference, PushDevice] as never);
  windows = new WhatsAppWindows(orm);
  sender = startSender();
  await sender.start();
  statuses = new ProviderStatusService(orm, sender, log);
  dispatcher = new NotificationDispatcher({ templates, preferences: new PreferenceService(), devices: new PushDeviceService(), ports, log });
});

afterAll(async () => {
  await sender.stop();
  await orm.close(true);
});

const recipient = (): Recipient => ({ id: randomUUID(), fullName: 'Asha', email: null, phone: `+9198${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`, language: 'en', active: true });
const event = (): DomainEvent<unknown> => ({ id: randomUUID(), type: 'OrderConfirmed', version: 1, source: 'orders', occurredAt: new Date().toISOString(), payload: {} });

async function dispatch(intent: Partial<NotificationIntent> & { recipient: Recipient }, ev = event()): Promise<Notification[]> {
  return orm.em.fork().transactional((em) =>
    dispatcher.dispatch(em, ev, [{ kind: 'ORDER_CONFIRMED', variables: { recipientName: 'Asha', orderNumber: `RS-${randomUUID().slice(0, 6)}`, vendorName: 'Balaji' }, data: {}, ...intent }]),
  );
}

const reload = (id: string) => orm.em.fork().findOneOrFail(Notification, { id });
const settledAs = (id: string, status: string) => eventually(async () => {
  const n = await reload(id);
  return n.status === status && n;
}, { what: `notification ${status}` });
const sentTo = <M extends { to: string }>(port: RecordingPort<M>, to: string): M[] => port.sent.filter((m) => m.to === to);
const callsTo = <M extends { to: string }>(port: RecordingPort<M>, to: string): M[] => port.calls.filter((m) => m.to === to);

describe('sending through the ports', () => {
  beforeEach(() => {
    channels = ['SMS'];
  });

  test('a queued SMS is sent once, with its DLT template, and recorded SENT with the provider id', async () => {
    const to = recipient();
    const [n] = await dispatch({ recipient: to });
    const sent = await settledAs(n!.id, 'SENT');
    expect(sentTo(sms, to.phone!)).toEqual([expect.objectContaining({ dltTemplateId: '1107160000000012345', reference: n!.id })]);
    expect(sent).toMatchObject({ attempts: 1, providerMessageId: expect.stringMatching(/^pm_/), failureReason: null });
  });

  test('transient provider errors are retried with backoff until the provider accepts', async () => {
    const to = recipient();
    sms.failures.push(new ProviderError('SMS', 'HTTP_503', false), new ProviderError('SMS', 'TIMEOUT', false));
    const [n] = await dispatch({ recipient: to });
    const sent = await settledAs(n!.id, 'SENT');
    expect(sent.attempts).toBe(3);
    expect(callsTo(sms, to.phone!)).toHaveLength(3);
    expect(sentTo(sms, to.phone!)).toHaveLength(1);
  });

  test('a permanent error fails at once with the provider’s reason, no retry', async () => {
    const to = recipient();
    sms.failures.push(new ProviderError('SMS', '21211', true));
    const [n] = await dispatch({ recipient: to });
    const failed = await settledAs(n!.id, 'FAILED');
    expect(failed).toMatchObject({ failureReason: '21211', attempts: 1 });
    expect(callsTo(sms, to.phone!)).toHaveLength(1);
  });

  test('transient errors stop after the last attempt: FAILED with the last reason', async () => {
    const to = recipient();
    sms.failures.push(...[1, 2, 3].map(() => new ProviderError('SMS', 'HTTP_500', false)));
    const [n] = await dispatch({ recipient: to });
    const failed = await settledAs(n!.id, 'FAILED');
    expect(failed).toMatchObject({ failureReason: 'HTTP_500', attempts: 3 });
    expect(sentTo(sms, to.phone!)).toEqual([]);
  });

  test('duplicate send jobs for one notification send it once', async () => {
    const to = recipient();
    const [n] = await dispatch({ recipient: to });
    await Promise.all([sender.sendOne(n!.id), sender.sendOne(n!.id), sender.sendOne(n!.id)]);
    await settledAs(n!.id, 'SENT');
    expect(callsTo(sms, to.phone!)).toHaveLength(1);
  });

  test('an event costs the same statements for one recipient as for three (one read each of preferences and existing rows, one insert)', async () => {
    channels = ['SMS', 'WHATSAPP'];
    const statementsFor = (count: number) =>
      countRequestCost(async () => {
        const intents = Array.from({ length: count }, () => ({ kind: 'ORDER_CONFIRMED' as const, recipient: recipient(), variables: { recipientName: 'Asha', orderNumber: 'RS-1', vendorName: 'Balaji' }, data: {} }));
        const rows = await orm.em.fork().transactional((em) => dispatcher.dispatch(em, event(), intents));
        expect(rows).toHaveLength(count * 2);
        return costOfThisRequest()!.statements;
      });
    const one = await statementsFor(1);
    expect(await statementsFor(3)).toBe(one);
    // begin, preferences, existing rows, insert, commit (no PUSH channel: no device read).
    expect(one).toBeLessThanOrEqual(5);
  });

  test('a redelivered event creates and sends nothing twice', async () => {
    const to = recipient();
    const ev = event();
    const [n] = await dispatch({ recipient: to }, ev);
    await settledAs(n!.id, 'SENT');
    expect(await dispatch({ recipient: to }, ev)).toEqual([]);
    expect(await orm.em.fork().count(Notification, { eventId: ev.id })).toBe(1);
    expect(callsTo(sms, to.phone!)).toHaveLength(1);
  });

  test('per recipient, at most N messages a minute: the next wait, one slot apart; others are not held up', async () => {
    const to = recipient();
    const rows: Notification[] = [];
    for (let i = 0; i < 6; i++) rows.push(...(await dispatch({ recipient: to })));
    const other = recipient();
    const [theirs] = await dispatch({ recipient: other });
    await settledAs(theirs!.id, 'SENT');
    await eventually(async () => sentTo(sms, to.phone!).length === 3, { what: 'three sent' });
    const held = await eventually(async () => {
      const all = await orm.em.fork().find(Notification, { id: { $in: rows.map((r) => r.id) } });
      const queued = all.filter((n) => n.status === 'QUEUED' && n.nextAttemptAt.getTime() > Date.now() + 30_000);
      return queued.length === 3 && queued;
    }, { what: 'the other three deferred by about a minute' });
    expect(held.map((n) => n.attempts)).toEqual([0, 0, 0]);
    // Spaced one slot (60 s / 3 a minute) apart, so each wake-up sends one instead of all waking together.
    const times = held.map((n) => n.nextAttemptAt.getTime()).sort((a, b) => a - b);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(20_000);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(20_000);
    expect(sentTo(sms, to.phone!)).toHaveLength(3);
  });
  test('a message held for a later slot is sent when its slot comes: the process that queued it wakes the send worker then', async () => {
    const to = recipient();
    // The recipient's minute is full (3 sends, the oldest 57 s ago): the next slot is about 3 s away.
    await orm.em.fork().transactional(async (em) => {
      for (const ago of [57_000, 20_000, 10_000]) {
        em.create(Notification, {
          userId: to.id, kind: 'ORDER_CONFIRMED', category: 'ORDER_UPDATES', channel: 'SMS', eventName: 'OrderConfirmed', eventId: randomUUID(),
          eventAt: new Date(Date.now() - ago), variables: {}, destination: to.phone, language: 'en', body: 'earlier', status: NotificationStatus.SENT,
          sentAt: new Date(Date.now() - ago), attempts: 1, jobQueuedAt: new Date(Date.now() - ago), nextAttemptAt: new Date(Date.now() - ago),
        });
      }
    });
    const [n] = await dispatch({ recipient: to });
    const planned = await eventually(async () => {
      const row = await reload(n!.id);
      return row.jobQueuedAt !== null && row.nextAttemptAt.getTime() > Date.now() && row;
    }, { what: 'the message planned into the next slot' });
    expect(sentTo(sms, to.phone!)).toEqual([]);
    // No NOTIFY announces a job that starts later, and the backstop poll is 600 s away: only the wake-up sends it.
    const sent = await settledAs(n!.id, 'SENT');
    expect(sent.sentAt!.getTime()).toBeGreaterThanOrEqual(planned.nextAttemptAt.getTime() - 1000);
    expect(sentTo(sms, to.phone!)).toHaveLength(1);
  });

  test('a send stamped a moment after the pump read its clock is no backlog: the next message with room goes now, not a slot later', async () => {
    const to = recipient();
    // The pump reads `now` before its statement, whose snapshot can hold a send committed since
    // (or one stamped by an instance whose clock runs ahead): here, 2 s ahead. 1 of 3 sent.
    await orm.em.fork().transactional(async (em) => {
      const at = new Date(Date.now() + 2_000);
      em.create(Notification, {
        userId: to.id, kind: 'ORDER_CONFIRMED', category: 'ORDER_UPDATES', channel: 'SMS', eventName: 'OrderConfirmed', eventId: randomUUID(),
        eventAt: at, variables: {}, destination: to.phone, language: 'en', body: 'earlier', status: NotificationStatus.SENT,
        sentAt: at, attempts: 1, jobQueuedAt: at, nextAttemptAt: at,
      });
    });
    const [n] = await dispatch({ recipient: to });
    // Spaced behind that send as if it were a planned message, it would be moved a slot (20 s) later, its job with it.
    const sent = await settledAs(n!.id, 'SENT');
    expect(sent.nextAttemptAt).toEqual(n!.nextAttemptAt);
    expect(sentTo(sms, to.phone!)).toHaveLength(1);
  });
});

describe('what a send costs', () => {
  beforeEach(() => {
    channels = ['SMS'];
  });

  /** Send jobs pg-boss holds for each of `ids` (the send queue's own schema on the events database). */
  async function sendJobsOf(ids: string[]): Promise<Map<string, number>> {
    const client = new pg.Client({ connectionString: serverUrl('events') });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string; jobs: number }>(
        `select data->>'notificationId' as id, count(*)::int as jobs from ${bossSchema}.job where name = 'notifications.send' and data->>'notificationId' = any($1::text[]) group by 1`,
        [ids],
      );
      return new Map(rows.map((r) => [r.id, r.jobs]));
    } finally {
      await client.end();
    }
  }

  test('a burst over a recipient’s limit: each message gets one send job, the held ones planned a slot apart when queued (no try-and-defer)', async () => {
    const to = recipient();
    // Six events for one recipient in one commit (one pump); the limit is 3 a minute.
    const rows = await orm.em.fork().transactional(async (em) => {
      const made: Notification[] = [];
      for (let i = 0; i < 6; i++) {
        made.push(...(await dispatcher.dispatch(em, event(), [{ kind: 'ORDER_CONFIRMED', recipient: to, variables: { recipientName: 'Asha', orderNumber: `RS-B${i}`, vendorName: 'Balaji' }, data: {} }])));
      }
      return made;
    });
    await eventually(async () => sentTo(sms, to.phone!).length === 3, { what: 'three sent' });
    const held = await eventually(async () => {
      const all = await orm.em.fork().find(Notification, { id: { $in: rows.map((r) => r.id) }, status: NotificationStatus.QUEUED }, { orderBy: { nextAttemptAt: 'asc' } });
      return all.length === 3 && all.every((n) => n.jobQueuedAt !== null) && all;
    }, { what: 'three held, each with its job' });
    expect(held.map((n) => n.attempts)).toEqual([0, 0, 0]);
    const times = held.map((n) => n.nextAttemptAt.getTime());
    expect(times[0]! - Date.now()).toBeGreaterThan(30_000);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(20_000);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(20_000);
    const jobs = await sendJobsOf(rows.map((r) => r.id));
    expect(rows.map((r) => jobs.get(r.id))).toEqual([1, 1, 1, 1, 1, 1]);
    expect(callsTo(sms, to.phone!)).toHaveLength(3);
  });

  test('sending one message costs six statements: begin, row and recipient lock, the recipient’s minute, the acceptance with its provider-id lock, pending reports, commit', async () => {
    const to = recipient();
    // A row whose job the test runs itself (jobQueuedAt set: the pump leaves it alone).
    const id = await orm.em.fork().transactional(async (em) => {
      const [n] = await dispatcher.dispatch(em, event(), [{ kind: 'ORDER_CONFIRMED', recipient: to, variables: { recipientName: 'Asha', orderNumber: 'RS-C1', vendorName: 'Balaji' }, data: {} }]);
      n!.jobQueuedAt = new Date();
      return n!.id;
    });
    const statements = await countRequestCost(async () => {
      await sender.sendOne(id);
      return costOfThisRequest()!.statements;
    });
    expect((await reload(id)).status).toBe('SENT');
    expect(statements).toBeLessThanOrEqual(6);
  });
});

describe('suspended or deleted recipients', () => {
  test('get nothing on any channel', async () => {
    channels = ['SMS', 'WHATSAPP', 'IN_APP'];
    const to = { ...recipient(), active: false };
    expect(await dispatch({ recipient: to })).toEqual([]);
    expect(await orm.em.fork().count(Notification, { userId: to.id })).toBe(0);
    channels = ['SMS'];
  });
});

describe('push', () => {
  test('goes to every registered device; a device whose token FCM no longer knows is forgotten, the others still get it', async () => {
    channels = ['PUSH'];
    const to = recipient();
    const fresh = `tok_fresh_${randomUUID()}`;
    const stale = `tok_stale_${randomUUID()}`;
    staleTokens.add(stale);
    await orm.em.fork().transactional(async (em) => {
      em.create(PushDevice, { userId: to.id, deviceId: 'phone', token: fresh, platform: PushPlatform.ANDROID });
      em.create(PushDevice, { userId: to.id, deviceId: 'old-tablet', token: stale, platform: PushPlatform.ANDROID });
    });
    const [n] = await dispatch({ recipient: to });
    expect(n!.channel).toBe('PUSH');
    await settledAs(n!.id, 'SENT');
    expect(pushed.filter((m) => m.token === fresh)).toEqual([expect.objectContaining({ reference: n!.id })]);
    const left = await orm.em.fork().find(PushDevice, { userId: to.id });
    expect(left.map((d) => d.token)).toEqual([fresh]);
    channels = ['SMS'];
  });
});

describe('the delivery OTP', () => {
  test('is rendered with the live code when sent, stored masked; a WhatsApp failure falls back to SMS once', async () => {
    channels = ['WHATSAPP'];
    const to = recipient();
    whatsapp.failures.push(new ProviderError('WHATSAPP', '131026', true));
    const ev = event();
    const [wa] = await dispatch({ recipient: to, kind: 'DELIVERY_OTP', variables: { recipientName: 'Asha', orderNumber: 'RS-1' }, data: { deliveryId: randomUUID() } }, ev);
    await settledAs(wa!.id, 'FAILED');
    const fallback = await eventually(async () => {
      const row = await orm.em.fork().findOne(Notification, { eventId: ev.id, channel: 'SMS' });
      return row?.status === 'SENT' && row;
    }, { what: 'the SMS fallback sent' });
    expect(fallback.fallbackOf).toBe(wa!.id);
    expect(sentTo(sms, to.phone!).map((m) => m.body)).toEqual([expect.stringContaining(`otp=${OTP}`)]);
    expect(whatsapp.calls.filter((m) => m.to === to.phone)).toEqual([expect.objectContaining({ kind: 'template', parameters: expect.arrayContaining([OTP]) })]);
    // Stored masked, never in clear.
    const rows = await orm.em.fork().getConnection().execute<Array<{ n: number }>>(`select count(*)::int as n from notifications n where n::text like ?`, [`%${OTP}%`]);
    expect(rows[0]!.n).toBe(0);
    expect(fallback.body).toContain('otp=••••••');
    // The event delivered again, now with SMS among the OTP's channels: the fallback was that SMS.
    channels = ['WHATSAPP', 'SMS'];
    expect(await dispatch({ recipient: to, kind: 'DELIVERY_OTP', variables: { recipientName: 'Asha', orderNumber: 'RS-1' }, data: { deliveryId: randomUUID() } }, ev)).toEqual([]);
    expect(await orm.em.fork().count(Notification, { eventId: ev.id, channel: 'SMS' })).toBe(1);
    expect(sentTo(sms, to.phone!)).toHaveLength(1);
  });
});

describe('WhatsApp', () => {
  test('a template outside the 24-hour window; a session text once the user has written', async () => {
    channels = ['WHATSAPP'];
    const to = recipient();
    const [first] = await dispatch({ recipient: to });
    await settledAs(first!.id, 'SENT');
    // The user writes to us (a redelivered, older copy of the message must not close the window).
    await windows.onInbound({ messageId: `wamid.${randomUUID()}`, from: to.phone!, at: new Date(), type: 'text', text: 'hello', rawType: 'text' });
    await windows.onInbound({ messageId: `wamid.${randomUUID()}`, from: to.phone!, at: new Date(Date.now() - 48 * 3600_000), type: 'text', text: 'old', rawType: 'text' });
    const [second] = await dispatch({ recipient: to });
    await settledAs(second!.id, 'SENT');
    expect(sentTo(whatsapp, to.phone!).map((m) => m.kind)).toEqual(['template', 'text']);
    expect(sentTo(whatsapp, to.phone!)[1]).toMatchObject({ kind: 'text', body: expect.stringContaining('ORDER_CONFIRMED') });
  });
});

describe('WhatsApp new-order buttons', () => {
  test('a new order to a vendor inside the window carries Confirm / Reject reply buttons; outside it, the template', async () => {
    channels = ['WHATSAPP'];
    const to = recipient();
    const newOrder = (orderNumber: string) => ({ recipient: to, kind: 'ORDER_PLACED_VENDOR' as const, variables: { recipientName: 'Ravi', orderNumber, amount: '₹4,720.00', paymentMethod: 'COD' } });
    const [outside] = await dispatch(newOrder('RS-2612-000701'));
    await settledAs(outside!.id, 'SENT');
    await windows.onInbound({ messageId: `wamid.${randomUUID()}`, from: to.phone!, at: new Date(), type: 'text', text: 'orders', rawType: 'text' });
    const [inside] = await dispatch(newOrder('RS-2612-000702'));
    await settledAs(inside!.id, 'SENT');
    const [first, second] = sentTo(whatsapp, to.phone!);
    expect(first).toMatchObject({ kind: 'template', parameters: expect.arrayContaining(['RS-2612-000701']) });
    expect(second).toMatchObject({
      kind: 'buttons',
      body: expect.stringContaining('RS-2612-000702'),
      buttons: [
        { id: 'confirm RS-2612-000702', title: 'Confirm' },
        { id: 'reject RS-2612-000702', title: 'Reject' },
      ],
    });
  });
});

describe('durability', () => {
  test('notifications committed while no sender ran (a crash after commit) are each sent exactly once after restart', async () => {
    // Rows committed with no pump behind them: what a crash between commit and queueing leaves.
    const to = recipient();
    const created = await orm.em.fork().transactional(async (em) => {
      const rows = [1, 2, 3].map((i) =>
        em.create(Notification, {
          userId: to.id,
          kind: 'ORDER_CONFIRMED',
          category: 'ORDER_UPDATES',
          channel: 'SMS',
          eventName: 'OrderConfirmed',
          eventId: randomUUID(),
          eventAt: new Date(),
          variables: { recipientName: 'Asha', orderNumber: `RS-CRASH-${i}`, vendorName: 'Balaji' },
          destination: to.phone,
          language: 'en',
          body: 'masked',
          // Marked as queued long ago by a process that died before its jobs were inserted.
          jobQueuedAt: new Date(Date.now() - 10 * 60_000),
          nextAttemptAt: new Date(Date.now() - 10 * 60_000),
        }),
      );
      return rows;
    });
    const restarted = startSender();
    await restarted.start();
    try {
      // The sweeper finds them without a live job and queues them again.
      await restarted.sweepJob(60).run(orm.em.fork());
      for (const n of created) await settledAs(n.id, 'SENT');
      expect(sentTo(sms, to.phone!).map((m) => m.body).sort()).toEqual([1, 2, 3].map((i) => expect.stringContaining(`RS-CRASH-${i}`)));
      expect(callsTo(sms, to.phone!)).toHaveLength(3);
    } finally {
      await restarted.stop();
    }
  });
});

describe('provider status reports', () => {
  test('move SENT → DELIVERED → READ, once per report, never backwards', async () => {
    channels = ['SMS'];
    const to = recipient();
    const [n] = await dispatch({ recipient: to });
    const sent = await settledAs(n!.id, 'SENT');
    const report = (status: 'DELIVERED' | 'READ' | 'FAILED', eventKey: string = randomUUID()) =>
      statuses.apply({ channel: 'SMS', providerMessageId: sent.providerMessageId!, status, reason: status === 'FAILED' ? '30006' : null, at: new Date(), eventKey });
    expect(await report('DELIVERED', 'k-delivered')).toBe('applied');
    expect(await report('DELIVERED', 'k-delivered')).toBe('duplicate');
    expect(await report('READ')).toBe('applied');
    expect(await report('DELIVERED')).toBe('unchanged');
    expect(await report('FAILED')).toBe('unchanged');
    expect(await reload(n!.id)).toMatchObject({ status: 'READ', failureReason: null });
    expect((await reload(n!.id)).deliveredAt).not.toBeNull();
    expect(await statuses.apply({ channel: 'SMS', providerMessageId: 'pm_unknown', status: 'DELIVERED', reason: null, at: new Date(), eventKey: randomUUID() })).toBe('pending');
  });

  test('a failure reported before delivery ends it FAILED with the provider’s reason', async () => {
    const to = recipient();
    const [n] = await dispatch({ recipient: to });
    const sent = await settledAs(n!.id, 'SENT');
    expect(await statuses.apply({ channel: 'SMS', providerMessageId: sent.providerMessageId!, status: 'FAILED', reason: '30006', at: new Date(), eventKey: randomUUID() })).toBe('applied');
    expect(await reload(n!.id)).toMatchObject({ status: 'FAILED', failureReason: '30006' });
  });
});

describe('a report that arrives before the send commits (the provider answers faster than our commit)', () => {
  beforeEach(() => {
    channels = ['SMS'];
  });

  test('is kept and applied when the sender commits that provider message id', async () => {
    const providerMessageId = `pm_early_${randomUUID()}`;
    const report = (status: 'SENT' | 'DELIVERED', eventKey: string) => statuses.apply({ channel: 'SMS', providerMessageId, status, reason: null, at: new Date(), eventKey });
    expect(await report('SENT', `${providerMessageId}:sent`)).toBe('pending');
    expect(await report('DELIVERED', `${providerMessageId}:delivered`)).toBe('pending');
    // The same report delivered again is kept once.
    expect(await report('DELIVERED', `${providerMessageId}:delivered`)).toBe('pending');
    expect(await orm.em.fork().count(PendingProviderStatusReport, { providerMessageId })).toBe(2);
    sms.nextIds.push(providerMessageId);
    const [n] = await dispatch({ recipient: recipient() });
    const delivered = await settledAs(n!.id, 'DELIVERED');
    expect(delivered).toMatchObject({ providerMessageId, attempts: 1 });
    expect(delivered.deliveredAt).not.toBeNull();
    expect(await orm.em.fork().count(PendingProviderStatusReport, { providerMessageId })).toBe(0);
    // Applied once: the provider's retry of the same report is a duplicate now.
    expect(await report('DELIVERED', `${providerMessageId}:delivered`)).toBe('duplicate');
  });

  test('reports for ids that never become ours expire', async () => {
    const providerMessageId = `pm_stranger_${randomUUID()}`;
    expect(await statuses.apply({ channel: 'SMS', providerMessageId, status: 'DELIVERED', reason: null, at: new Date(), eventKey: `${providerMessageId}:delivered` })).toBe('pending');
    await statuses.cleanupJob(60).run(orm.em.fork());
    expect(await orm.em.fork().count(PendingProviderStatusReport, { providerMessageId })).toBe(1);
    await statuses.cleanupJob(60, 0).run(orm.em.fork());
    expect(await orm.em.fork().count(PendingProviderStatusReport, { providerMessageId })).toBe(0);
  });
});

describe('templates at send time', () => {
  beforeEach(() => {
    channels = ['SMS'];
  });
  afterEach(() => {
    activeVersion.clear();
    brokenWhenSent = false;
  });

  test('a notification queued under version 1 goes out with version 1 after an admin writes version 2', async () => {
    const to = recipient();
    // The first attempt fails transiently: the row waits, queued under version 1, for its retry.
    sms.failures.push(new ProviderError('SMS', 'HTTP_503', false));
    const [n] = await dispatch({ recipient: to });
    expect(n!.templateVersion).toBe(1);
    await eventually(async () => (await reload(n!.id)).attempts === 1, { what: 'the first attempt' });
    activeVersion.set('ORDER_CONFIRMED:SMS', 2);
    const sent = await settledAs(n!.id, 'SENT');
    expect(sentTo(sms, to.phone!).map((m) => m.body)).toEqual([expect.stringMatching(/^v1 ORDER_CONFIRMED:/)]);
    expect(sent).toMatchObject({ templateVersion: 1, templateId: 'test:ORDER_CONFIRMED:SMS:1', attempts: 2 });
    // New notifications take the new version.
    const [later] = await dispatch({ recipient: recipient() });
    expect(later).toMatchObject({ templateVersion: 2, body: expect.stringMatching(/^v2 /) });
  });

  test('every variable of the kind is passed: one the event did not give renders empty', async () => {
    const to = recipient();
    const [n] = await dispatch({ recipient: to, kind: 'ORDER_REJECTED', variables: { recipientName: 'Asha', orderNumber: 'RS-NOREASON', vendorName: 'Balaji' } });
    await settledAs(n!.id, 'SENT');
    expect(sentTo(sms, to.phone!).map((m) => m.body)).toEqual([expect.stringMatching(/orderNumber=RS-NOREASON vendorName=Balaji reason=$/)]);
  });

  test('a template that cannot render at send time fails permanently with the reason, nothing sent', async () => {
    const to = recipient();
    brokenWhenSent = true;
    const [n] = await dispatch({ recipient: to });
    const failed = await settledAs(n!.id, 'FAILED');
    expect(failed).toMatchObject({ attempts: 1, failureReason: 'TEMPLATE_PROBLEM: unknown variable "gstin"' });
    expect(callsTo(sms, to.phone!)).toEqual([]);
  });
});

describe('WhatsApp failures reported after the send', () => {
  test('131047 (outside the 24-hour window) on a delivery OTP: FAILED for good, and the OTP goes by SMS', async () => {
    channels = ['WHATSAPP'];
    const to = recipient();
    const ev = event();
    const [wa] = await dispatch({ recipient: to, kind: 'DELIVERY_OTP', variables: { recipientName: 'Asha', orderNumber: 'RS-131047' }, data: { deliveryId: randomUUID() } }, ev);
    const sent = await settledAs(wa!.id, 'SENT');
    const failed = { channel: 'WHATSAPP' as const, providerMessageId: sent.providerMessageId!, status: 'FAILED' as const, reason: '131047', at: new Date(), eventKey: `${sent.providerMessageId}:failed` };
    expect(await statuses.apply(failed)).toBe('applied');
    expect(await reload(wa!.id)).toMatchObject({ status: 'FAILED', failureReason: '131047' });
    const fallback = await eventually(async () => {
      const row = await orm.em.fork().findOne(Notification, { eventId: ev.id, channel: 'SMS' });
      return row?.status === 'SENT' && row;
    }, { what: 'the SMS fallback sent' });
    expect(fallback.fallbackOf).toBe(wa!.id);
    expect(sentTo(sms, to.phone!).map((m) => m.body)).toEqual([expect.stringContaining(`otp=${OTP}`)]);
    // A later report on the failed message changes nothing.
    expect(await statuses.apply({ ...failed, status: 'DELIVERED', reason: null, eventKey: `${sent.providerMessageId}:delivered` })).toBe('unchanged');
  });
});

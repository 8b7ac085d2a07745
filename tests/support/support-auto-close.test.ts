import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { OutboxEvent, PeerClient, createLogger, createRequestContext, type Caller } from '@realserv/platform';
import { scratchOrm } from '../harness/scratch-db.js';
import { SUPPORT_ENTITIES } from '../../subgraphs/orders/src/support/support.module.js';
import { SupportTicketService } from '../../subgraphs/orders/src/support/support-ticket.service.js';
import { SupportTicket } from '../../subgraphs/orders/src/support/support-ticket.entity.js';
import { TicketCategoryEnum, TicketStatusEnum } from '../../subgraphs/orders/src/support/support-enums.js';
import { supportAutoCloseJob } from '../../subgraphs/orders/src/support/support-auto-close.js';
import { DEFAULT_SLA_TARGETS } from '../../subgraphs/orders/src/support/ticket-sla.js';
import { PeerSupportMedia } from '../../subgraphs/orders/src/ports/support-media.js';
import { PeerSupportAssignees } from '../../subgraphs/orders/src/ports/support-assignees.js';

/**
 * The scheduled auto-close, run the way pg-boss runs it (the job's handler with an EntityManager
 * of its own) on a database of its own, with the service's clock moved by hand instead of waiting
 * a week: the same service the supergraph wires, so tickets are opened and resolved through it.
 */
const DAY = 24 * 3600 * 1000;
const log = createLogger('support-auto-close-test', 'silent');

describe('closing tickets resolved past the reopen window', () => {
  let orm: MikroORM;
  let now = new Date('2026-12-01T04:00:00Z');
  let service: SupportTicketService;
  const t0 = now;

  beforeAll(async () => {
    orm = await scratchOrm(SUPPORT_ENTITIES);
    const env = (JSON.parse(process.env.REALSERV_SUBGRAPH_ENVS ?? '{}') as Record<string, Record<string, string>>).orders!;
    const peer = (name: string) => new PeerClient({ self: 'orders', peer: name, url: env[`PEER_${name.toUpperCase()}_URL`]!, key: env[`PEER_${name.toUpperCase()}_KEY`]! });
    service = new SupportTicketService({ media: new PeerSupportMedia(peer('integrations')), assignees: new PeerSupportAssignees(peer('identity')), sla: DEFAULT_SLA_TARGETS, now: () => now });
  });
  afterAll(async () => orm?.close(true));

  const caller = (roles: Array<'BUYER' | 'ADMIN'>, userId: string): Caller => ({ firebaseUid: `f-${userId}`, userId, roles, vendorId: null, email: null, phone: null }) as Caller;
  const ctx = (who: Caller) => createRequestContext({ caller: who, requestId: randomUUID(), log, em: orm.em.fork() as EntityManager });
  const buyer = caller(['BUYER'], randomUUID());
  const admin = caller(['ADMIN'], randomUUID());

  async function resolvedTicket(at: Date): Promise<string> {
    now = at;
    const ticket = await service.open(ctx(buyer), { category: TicketCategoryEnum.ORDER, subject: 'Sand was short', body: 'Two bags short.', idempotencyKey: randomUUID() });
    await service.resolveMine(ctx(buyer), ticket.id);
    return ticket.id;
  }
  const run = (at: Date) => {
    now = at;
    return supportAutoCloseJob(service, log).run(orm.em.fork() as EntityManager);
  };
  const statusOf = async (id: string) => (await orm.em.fork().findOneOrFail(SupportTicket, { id })).status;
  const closings = async (id: string) =>
    (await orm.em.fork().find(OutboxEvent, { type: 'TicketStatusChanged' })).filter((e) => e.payload.ticketId === id && e.payload.to === 'CLOSED').map((e) => e.payload);

  it('closes a ticket the first instant it can no longer be reopened, with the event of a manual close, once, however many instances run', async () => {
    const early = await resolvedTicket(t0);
    const later = await resolvedTicket(new Date(t0.getTime() + DAY));
    now = t0;
    const open = (await service.open(ctx(buyer), { category: TicketCategoryEnum.OTHER, subject: 'Still talking', body: 'Not resolved.', idempotencyKey: randomUUID() })).id;
    const closedByHand = await resolvedTicket(t0);
    await service.setStatus(ctx(admin), closedByHand, TicketStatusEnum.CLOSED);

    // The last instant of the window still belongs to the opener.
    await run(new Date(t0.getTime() + 7 * DAY));
    expect(await statusOf(early)).toBe('RESOLVED');

    await run(new Date(t0.getTime() + 7 * DAY + 1000));
    expect([await statusOf(early), await statusOf(later), await statusOf(open)]).toEqual(['CLOSED', 'RESOLVED', 'OPEN']);

    // The same event (and so the same notifications and live updates) as support closing it by hand.
    const [automatic] = await closings(early);
    const [manual] = await closings(closedByHand);
    const shape = (p: Record<string, unknown>) => ({ ...p, ticketId: undefined, ticketNumber: undefined });
    expect(shape(automatic!)).toEqual(shape(manual!));
    expect(automatic).toMatchObject({ from: 'RESOLVED', to: 'CLOSED', actorRole: 'ADMIN', openerUserId: buyer.userId });

    // Two instances at once, then a retry: each ticket is closed and announced exactly once.
    const month = new Date(t0.getTime() + 30 * DAY);
    now = month;
    await Promise.all([supportAutoCloseJob(service, log).run(orm.em.fork() as EntityManager), supportAutoCloseJob(service, log).run(orm.em.fork() as EntityManager)]);
    await run(month);
    expect(await statusOf(later)).toBe('CLOSED');
    expect(await statusOf(open)).toBe('OPEN');
    expect(await closings(later)).toHaveLength(1);
    expect(await closings(early)).toHaveLength(1);
    expect(await closings(closedByHand)).toHaveLength(1);
  });
});

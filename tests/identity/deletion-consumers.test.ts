import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { DomainEvent, EventContract, EventPayload, EventSubscription } from '@realserv/platform';
import { DisputeOpened, DisputeResolved, DisputeResponded, OrderCancelled, OrderPlaced, UserDeleted } from '@realserv/contracts';
import { scratchOrm } from '../harness/scratch-db.js';
import { BuyerOpenOrder } from '../../subgraphs/identity/src/deletion/buyer-open-order.entity.js';
import { openOrderSubscriptions } from '../../subgraphs/identity/src/deletion/open-orders.events.js';
import { BuyerOpenDispute } from '../../subgraphs/identity/src/deletion/buyer-open-dispute.entity.js';
import { openDisputeSubscriptions } from '../../subgraphs/identity/src/deletion/open-disputes.events.js';
import { PushDevice, PushPlatform } from '../../subgraphs/notifications/src/device/push-device.entity.js';
import { NotificationPreference } from '../../subgraphs/notifications/src/preference/notification-preference.entity.js';
import { Notification, PendingProviderStatusReport, ProviderStatusReport } from '../../subgraphs/notifications/src/notification/notification.entity.js';
import { deletedUserSubscriptions } from '../../subgraphs/notifications/src/recipient/deleted-user.events.js';

// The consumers' rules, against their own scratch databases (the e2e test covers the whole path).
const event = <C extends EventContract>(contract: C, payload: EventPayload<C>, occurredAt: string): DomainEvent<EventPayload<C>> => ({
  id: randomUUID(),
  type: contract.name,
  version: contract.version,
  source: 'test',
  occurredAt,
  payload: contract.schema.parse(payload) as EventPayload<C>,
});

async function deliver(orm: MikroORM, subscriptions: EventSubscription[], e: DomainEvent): Promise<void> {
  const subscription = subscriptions.find((s) => s.contract.name === e.type)!;
  await orm.em.fork().transactional((em) => subscription.run(e as DomainEvent<unknown>, em as never));
}

describe('identity’s open-orders read model', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await scratchOrm([BuyerOpenOrder]);
  });
  afterAll(async () => {
    await orm?.close(true);
  });

  const order = () => ({ orderId: randomUUID(), orderNumber: `RS-2612-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`, buyerId: randomUUID(), vendorId: randomUUID() });
  const change = (o: ReturnType<typeof order>, from: 'PLACED', to: 'CANCELLED') => ({ ...o, from, to, actor: 'BUYER' as const, reason: null, paymentMethod: 'COD' as const, totalPaise: 1000, taxPaise: 100, refundRequired: false });
  const row = (orderId: string) => orm.em.fork().findOneOrFail(BuyerOpenOrder, { orderId });

  it('an order is open once placed and closed once cancelled', async () => {
    const o = order();
    await deliver(orm, openOrderSubscriptions, event(OrderPlaced, { ...o, paymentMethod: 'COD', status: 'PLACED', totalPaise: 1000 }, '2026-12-01T05:00:00Z'));
    expect(await row(o.orderId)).toMatchObject({ open: true, status: 'PLACED', buyerId: o.buyerId });
    await deliver(orm, openOrderSubscriptions, event(OrderCancelled, change(o, 'PLACED', 'CANCELLED'), '2026-12-01T05:01:00Z'));
    expect(await row(o.orderId)).toMatchObject({ open: false, status: 'CANCELLED' });
  });

  it('a cancellation delivered before the placement leaves the order closed', async () => {
    const o = order();
    await deliver(orm, openOrderSubscriptions, event(OrderCancelled, change(o, 'PLACED', 'CANCELLED'), '2026-12-01T05:01:00Z'));
    await deliver(orm, openOrderSubscriptions, event(OrderPlaced, { ...o, paymentMethod: 'COD', status: 'PLACED', totalPaise: 1000 }, '2026-12-01T05:00:00Z'));
    expect(await row(o.orderId)).toMatchObject({ open: false, status: 'CANCELLED' });
  });
});

describe('identity’s open-disputes read model', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await scratchOrm([BuyerOpenDispute]);
  });
  afterAll(async () => {
    await orm?.close(true);
  });

  const dispute = () => ({ disputeId: randomUUID(), orderId: randomUUID(), orderNumber: `RS-2612-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`, buyerId: randomUUID(), vendorId: randomUUID() });
  const opened = (d: ReturnType<typeof dispute>, at: string) => event(DisputeOpened, { ...d, type: 'DAMAGED', amountClaimedPaise: 10_000, respondBy: '2026-12-03T05:00:00.000Z' }, at);
  const resolved = (d: ReturnType<typeof dispute>, at: string) => event(DisputeResolved, { ...d, outcome: 'REJECTED', refundPaise: 0, reason: 'Photos show intact bags' }, at);
  const row = (disputeId: string) => orm.em.fork().findOneOrFail(BuyerOpenDispute, { disputeId });

  it('a dispute is open from DisputeOpened, through the vendor’s response, until DisputeResolved', async () => {
    const d = dispute();
    await deliver(orm, openDisputeSubscriptions, opened(d, '2026-12-01T05:00:00Z'));
    expect(await row(d.disputeId)).toMatchObject({ open: true, buyerId: d.buyerId, orderNumber: d.orderNumber });
    await deliver(orm, openDisputeSubscriptions, event(DisputeResponded, { ...d, response: 'CONTESTED' }, '2026-12-01T05:01:00Z'));
    expect(await row(d.disputeId)).toMatchObject({ open: true });
    await deliver(orm, openDisputeSubscriptions, resolved(d, '2026-12-01T05:02:00Z'));
    expect(await row(d.disputeId)).toMatchObject({ open: false });
  });

  it('a resolution delivered before the opening (or a late response) leaves the dispute closed', async () => {
    const d = dispute();
    await deliver(orm, openDisputeSubscriptions, resolved(d, '2026-12-01T05:02:00Z'));
    await deliver(orm, openDisputeSubscriptions, opened(d, '2026-12-01T05:00:00Z'));
    expect(await row(d.disputeId)).toMatchObject({ open: false });
    // Even one stamped later (clock skew between instances): nothing reopens a resolved dispute.
    await deliver(orm, openDisputeSubscriptions, event(DisputeResponded, { ...d, response: 'ACCEPTED' }, '2026-12-01T05:03:00Z'));
    expect(await row(d.disputeId)).toMatchObject({ open: false });
  });
});

describe('notifications forgetting a deleted user', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await scratchOrm([PushDevice, NotificationPreference, Notification, ProviderStatusReport, PendingProviderStatusReport]);
  });
  afterAll(async () => {
    await orm?.close(true);
  });

  it('deletes the user’s devices and preferences, and nobody else’s, however often the event comes', async () => {
    const [gone, kept] = [randomUUID(), randomUUID()];
    const em = orm.em.fork();
    for (const userId of [gone, kept]) {
      em.create(PushDevice, { userId, deviceId: `device-${userId}`, token: `token-${userId}`, platform: PushPlatform.ANDROID, lastSeenAt: new Date(), createdAt: new Date() } as never);
      em.create(NotificationPreference, { userId, channel: 'SMS', category: 'PROMOTIONS', enabled: false } as never);
    }
    await em.flush();
    const deleted = event(UserDeleted, { userId: gone, userType: 'BUYER', deletedAt: '2026-12-01T05:00:00Z' }, '2026-12-01T05:00:00Z');
    await deliver(orm, deletedUserSubscriptions, deleted);
    await deliver(orm, deletedUserSubscriptions, deleted);
    const check = orm.em.fork();
    expect(await check.count(PushDevice, { userId: gone })).toBe(0);
    expect(await check.count(NotificationPreference, { userId: gone })).toBe(0);
    expect(await check.count(PushDevice, { userId: kept })).toBe(1);
    expect(await check.count(NotificationPreference, { userId: kept })).toBe(1);
  });
});

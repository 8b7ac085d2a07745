import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { createLogger, createRequestContext, type DomainEvent, type EventContract, type EventPayload } from '@realserv/platform';
import { OrderCompleted, RefundProcessed } from '@realserv/contracts';
import { scratchOrm } from '../harness/scratch-db.js';
import { KycDocument, Vendor } from '../../subgraphs/vendors/src/vendor/vendor.entity.js';
import { CompletedOrder, ProcessedRefund, Settlement, SettlementLineRow } from '../../subgraphs/vendors/src/settlement/settlement.entities.js';
import { SettlementService } from '../../subgraphs/vendors/src/settlement/settlement.service.js';

/**
 * The settlement service on its own database, fed the events the vendors subgraph consumes. Here
 * a vendor can be made to fail for real: its completed-order event carries amounts that cannot be
 * settled (GST above the total), which the maths refuses.
 */
const log = createLogger('settlement-service-test', 'silent');
const admin = { userId: randomUUID(), firebaseUid: 'admin', roles: ['ADMIN'], vendorId: null } as never;
const clock = { today: () => '2026-12-01' };
const event = <C extends EventContract>(contract: C, payload: EventPayload<C>, occurredAt = '2026-11-30T06:00:00Z'): DomainEvent<EventPayload<C>> => ({
  id: randomUUID(),
  type: contract.name,
  version: contract.version,
  source: 'test',
  occurredAt,
  payload: contract.schema.parse(payload) as EventPayload<C>,
});

describe('settlement service: one vendor never blocks the others', () => {
  let orm: MikroORM;
  let service: SettlementService;
  const ctx = () => createRequestContext({ caller: admin, requestId: randomUUID(), log, em: orm.em.fork() });
  const apply = (run: (em: never) => Promise<void>) => orm.em.fork().transactional((em) => run(em as never));

  async function vendor(id: string): Promise<string> {
    await apply(async (em: never) => {
      (em as MikroORM['em']).create(Vendor, {
        id,
        ownerUserId: randomUUID(),
        ownerFirebaseUid: randomUUID(),
        businessName: `Vendor ${id.slice(-1)}`,
        gstin: `29ABCDE${id.slice(-4)}F1Z5`.slice(0, 15),
        pan: `ABCDE${id.slice(-4)}F`,
        businessAddress: {} as never,
        serviceRadiusKm: 20,
      });
    });
    return id;
  }

  async function completed(vendorId: string, totalPaise: number, taxPaise: number): Promise<string> {
    const orderId = randomUUID();
    const payload = {
      orderId,
      orderNumber: `RS-${orderId.slice(0, 6)}`,
      buyerId: randomUUID(),
      vendorId,
      from: 'DELIVERED',
      to: 'COMPLETED',
      actor: 'SYSTEM',
      reason: null,
      paymentMethod: 'ONLINE',
      totalPaise,
      taxPaise,
      refundRequired: false,
    } as const;
    await apply((em) => service.recordCompletedOrder(event(OrderCompleted, payload), em));
    return orderId;
  }

  beforeAll(async () => {
    orm = await scratchOrm([Vendor, KycDocument, CompletedOrder, ProcessedRefund, Settlement, SettlementLineRow]);
    service = new SettlementService(clock, log);
  });
  afterAll(async () => orm?.close(true));

  it('reports the vendor whose orders cannot be settled, settles every other, and answers no error on a re-run', async () => {
    // Sorted by id, the broken vendor comes first: the old loop stopped there and settled nobody.
    const broken = await vendor('00000000-0000-4000-8000-000000000001');
    const healthy = await vendor('00000000-0000-4000-8000-000000000002');
    const another = await vendor('00000000-0000-4000-8000-000000000003');
    await completed(broken, 100_000, 150_000); // GST above the total: the maths refuses it
    const fine = await completed(healthy, 118_000, 18_000);
    const alsoFine = await completed(another, 59_000, 9_000);

    const period = ['2026-11-30', '2026-11-30'] as const;
    const run = await service.generate(ctx(), ...period);
    expect(run.failures).toEqual([{ vendorId: broken, code: 'SETTLEMENT_FAILED', message: expect.stringMatching(/could not be settled/) }]);
    expect(run.settlements.map((s) => s.vendorId)).toEqual([healthy, another]);
    const lines = await orm.em.fork().find(SettlementLineRow, {}, { orderBy: { orderId: 'asc' } });
    expect(lines.map((l) => l.orderId).sort()).toEqual([fine, alsoFine].sort());
    // The failure names no SQL or stack; the re-run returns the same settlements and the same report.
    expect(run.failures[0]!.message).not.toMatch(/select|insert|Error:/i);
    const again = await service.generate(ctx(), ...period);
    expect(again.settlements.map((s) => s.id)).toEqual(run.settlements.map((s) => s.id));
    expect(again.failures.map((f) => f.vendorId)).toEqual([broken]);
  });

  it('accounts for a refund once, whatever the number of deliveries, with a unique index behind it', async () => {
    const refundId = randomUUID();
    const payload = {
      orderId: randomUUID(),
      paymentId: randomUUID(),
      refundId,
      amountPaise: 1_000,
      fullyRefunded: true,
      vendorId: randomUUID(),
      paymentMethod: 'ONLINE',
      processedAt: '2026-11-30T10:00:00Z',
    } as const;
    await apply((em) => service.recordProcessedRefund(event(RefundProcessed, payload), em));
    await apply((em) => service.recordProcessedRefund(event(RefundProcessed, payload), em)); // another event id, same refund
    expect(await orm.em.fork().count(ProcessedRefund, { refundId })).toBe(1);
    const row = await orm.em.fork().findOneOrFail(ProcessedRefund, { refundId });
    expect([row.refundedOn, row.amountPaise, row.settlementId]).toEqual(['2026-11-30', 1_000, null]);
    await expect(
      orm.em.fork().transactional(async (em) => {
        em.create(ProcessedRefund, { refundId, orderId: payload.orderId, amountPaise: 1_000, processedAt: new Date(), refundedOn: '2026-11-30' });
      }),
    ).rejects.toBeInstanceOf(UniqueConstraintViolationException);
  });
});

import { randomUUID } from 'node:crypto';
import type { Caller } from '@realserv/platform';
import { newBuyer } from '../harness/actors.js';
import { dataOf, errorCodes, graphql, type GraphQLErrorShape } from '../harness/graphql-client.js';
import { callSubgraph } from '../harness/subgraph-direct.js';
import { newVendor } from '../harness/vendors.js';
import { allMaterials, type MaterialRow } from './catalog-queries.js';

/**
 * Stock reservations are the orders subgraph's service API on catalog: it calls them directly
 * as SERVICE while a buyer places an order. Clients never see them.
 *
 * Outcomes by design: an unknown material or trade, a quantity below the vendor's minimum order
 * and a missing GST rate are BAD_USER_INPUT (the request can never succeed); a material the
 * vendor does not sell (no row, row switched off, archived material), too little stock, no
 * workers, or a reused reservation id are CONFLICT with a `reason` (the shelf may change).
 *
 * Not covered here: the OrderPlaced/OrderCancelled/OrderRejected handlers (tests cannot publish
 * on the event bus; the orders e2e tests drive them) and the sweeper of abandoned holds (it
 * needs a reservation 15 minutes old; its age rule is unit-tested in reservation-lifecycle.test.ts).
 */

const ORDERS: Caller = { firebaseUid: 'service:orders', userId: null, roles: ['SERVICE'], vendorId: null, email: null, phone: null, service: 'orders' };

const RESERVE = `mutation Reserve($input: ReserveStockInput!) {
  reserveStock(input: $input) {
    id vendorId status pricingDate releasedAt
    lines { kind refId quantity unitPricePaise unitPrice { paise } gstRateBasisPoints name unit unitDescription hsnOrSac }
  }
}`;
const RELEASE = `mutation Release($id: ID!) { releaseStock(reservationId: $id) { id status releasedAt } }`;
const UPDATE_INVENTORY = `mutation I($input: UpdateInventoryInput!) { updateMyInventory(input: $input) { id } }`;
const UPDATE_LABOUR = `mutation L($input: UpdateLaborOffersInput!) { updateMyLaborOffers(input: $input) { id } }`;
const MY_STOCK = `{ myInventory { stockQuantity material { id } } }`;

interface Line {
  kind: 'MATERIAL' | 'LABOUR';
  refId: string;
  quantity: number;
  unitPricePaise: number;
  unitPrice: { paise: number };
  gstRateBasisPoints: number;
  name: string;
  unit: string;
  unitDescription: string;
  hsnOrSac: string;
}
interface Reservation {
  id: string;
  vendorId: string;
  status: 'RESERVED' | 'COMMITTED' | 'RELEASED';
  pricingDate: string;
  releasedAt: string | null;
  lines: Line[];
}
interface Item {
  kind: 'MATERIAL' | 'LABOUR';
  refId: string;
  quantity: number;
}
type Outcome = { ok: true; reservation: Reservation } | { ok: false; error: GraphQLErrorShape };

async function reserve(input: { reservationId?: string; vendorId: string; pricingDate?: string; items: Item[] }, caller: Caller | null = ORDERS): Promise<Outcome> {
  const { body } = await callSubgraph('catalog', RESERVE, { input: { reservationId: randomUUID(), ...input } }, caller);
  const errors = body.errors as GraphQLErrorShape[] | undefined;
  if (errors?.length) return { ok: false, error: errors[0]! };
  return { ok: true, reservation: (body.data as { reserveStock: Reservation }).reserveStock };
}

async function reserved(input: Parameters<typeof reserve>[0]): Promise<Reservation> {
  const outcome = await reserve(input);
  if (!outcome.ok) throw new Error(`Expected a reservation, got ${JSON.stringify(outcome.error)}`);
  return outcome.reservation;
}

function refusal(outcome: Outcome): { code?: string; [key: string]: unknown } {
  if (outcome.ok) throw new Error(`Expected an error, got reservation ${outcome.reservation.id}`);
  return outcome.error.extensions ?? {};
}

async function release(id: string, caller: Caller | null = ORDERS) {
  return callSubgraph('catalog', RELEASE, { id }, caller);
}

let cementCache: MaterialRow | undefined;
async function cement(): Promise<MaterialRow> {
  cementCache ??= (await allMaterials({ search: 'cement' })).find((m) => m.hsnCode === '2523');
  if (!cementCache) throw new Error('The demo catalog has no cement (HSN 2523)');
  return cementCache;
}

/** A new vendor selling cement with a known stock, minimum order and price. */
async function vendorSellingCement(stock: { stockQuantity: number; minOrderQuantity?: number; pricePaise?: number; isAvailable?: boolean }) {
  const vendor = await newVendor();
  const material = await cement();
  await vendor.ok(UPDATE_INVENTORY, { input: { items: [{ materialId: material.id, ...stock }] } });
  const stockLeft = async () =>
    (await vendor.ok<{ myInventory: Array<{ stockQuantity: number; material: { id: string } }> }>(MY_STOCK)).myInventory.find(
      (row) => row.material.id === material.id,
    )!.stockQuantity;
  return { vendor, material, stockLeft };
}

describe('orders reserving stock at a vendor', () => {
  it('answers a new reservation with the lines it wrote, without reading them back (#12: at most 9 statements for one line)', async () => {
    const { vendor, material } = await vendorSellingCement({ stockQuantity: 50, pricePaise: 39_500 });
    const { body, sqlStatements } = await callSubgraph(
      'catalog',
      RESERVE,
      { input: { reservationId: randomUUID(), vendorId: vendor.vendorId, items: [{ kind: 'MATERIAL', refId: material.id, quantity: 3 }] } },
      ORDERS,
    );
    expect(body.errors).toBeUndefined();
    expect((body.data as { reserveStock: Reservation }).reserveStock.lines).toMatchObject([{ refId: material.id, quantity: 3, unitPricePaise: 39_500 }]);
    // Lookup, begin, material, the vendor's row, GST rates, reservation, stock, lines, commit.
    expect(sqlStatements).toBeLessThanOrEqual(9);
  });

  it("takes the stock and snapshots the vendor's price and today's GST rate", async () => {
    const { vendor, material, stockLeft } = await vendorSellingCement({ stockQuantity: 50, minOrderQuantity: 5, pricePaise: 39_500 });
    const reservationId = randomUUID();
    const reservation = await reserved({ reservationId, vendorId: vendor.vendorId, items: [{ kind: 'MATERIAL', refId: material.id, quantity: 12 }] });

    expect(reservation).toMatchObject({ id: reservationId, vendorId: vendor.vendorId, status: 'RESERVED', releasedAt: null });
    expect(reservation.lines).toEqual([
      {
        kind: 'MATERIAL',
        refId: material.id,
        quantity: 12,
        unitPricePaise: 39_500,
        unitPrice: { paise: 39_500 },
        gstRateBasisPoints: 1800, // cement: 18 % since 22 September 2025
        name: material.name,
        unit: material.unit,
        unitDescription: expect.any(String),
        hsnOrSac: '2523',
      },
    ]);
    expect(await stockLeft()).toBe(38);
  });

  it('prices at the catalog base price when the vendor sets none, with the GST rate of the pricing date', async () => {
    const { vendor, material } = await vendorSellingCement({ stockQuantity: 10 });
    const reservation = await reserved({
      vendorId: vendor.vendorId,
      pricingDate: '2025-09-01',
      items: [{ kind: 'MATERIAL', refId: material.id, quantity: 1 }],
    });
    expect(reservation.pricingDate).toBe('2025-09-01');
    expect(reservation.lines[0]).toMatchObject({ unitPricePaise: material.basePrice.paise, gstRateBasisPoints: 2800 });
  });

  it('reserves labour as worker-days at the trade rate without using up workers', async () => {
    const vendor = await newVendor();
    const { laborCategories } = dataOf(
      await graphql<{ laborCategories: { items: Array<{ id: string; name: string; sacCode: string; dailyRate: { paise: number } }> } }>(
        '{ laborCategories(page: { limit: 1 }) { items { id name sacCode dailyRate { paise } } } }',
      ),
    );
    const trade = laborCategories.items[0]!;
    await vendor.ok(UPDATE_LABOUR, { input: { offers: [{ laborCategoryId: trade.id, workersAvailable: 2 }] } });
    const material = await cement();
    await vendor.ok(UPDATE_INVENTORY, { input: { items: [{ materialId: material.id, stockQuantity: 5 }] } });

    const items: Item[] = [
      { kind: 'MATERIAL', refId: material.id, quantity: 2 },
      { kind: 'LABOUR', refId: trade.id, quantity: 6 },
    ];
    const first = await reserved({ vendorId: vendor.vendorId, items });
    expect(first.lines.map((l) => l.kind)).toEqual(['MATERIAL', 'LABOUR']);
    expect(first.lines[1]).toMatchObject({
      refId: trade.id,
      quantity: 6,
      unitPricePaise: trade.dailyRate.paise,
      gstRateBasisPoints: 1800,
      name: trade.name,
      unit: 'WORKER_DAY',
      hsnOrSac: trade.sacCode,
    });
    // Workers are capacity: the next order can book the same two workers.
    await reserved({ vendorId: vendor.vendorId, items: [{ kind: 'LABOUR', refId: trade.id, quantity: 4 }] });

    await vendor.ok(UPDATE_LABOUR, { input: { offers: [{ laborCategoryId: trade.id, workersAvailable: 0 }] } });
    const none = await reserve({ vendorId: vendor.vendorId, items: [{ kind: 'LABOUR', refId: trade.id, quantity: 1 }] });
    expect(refusal(none)).toMatchObject({ code: 'CONFLICT', reason: 'LABOUR_UNAVAILABLE', refId: trade.id });
  });
});

describe('a reservation retried with the same id', () => {
  it('returns the same reservation and takes the stock once', async () => {
    const { vendor, material, stockLeft } = await vendorSellingCement({ stockQuantity: 20 });
    const input = { reservationId: randomUUID(), vendorId: vendor.vendorId, items: [{ kind: 'MATERIAL' as const, refId: material.id, quantity: 3 }] };
    const first = await reserved(input);
    const again = await reserved(input);
    expect(again).toEqual(first);
    expect(await stockLeft()).toBe(17);
  });

  it('takes the stock once even when the retries race the first call', async () => {
    const { vendor, material, stockLeft } = await vendorSellingCement({ stockQuantity: 20 });
    const input = { reservationId: randomUUID(), vendorId: vendor.vendorId, items: [{ kind: 'MATERIAL' as const, refId: material.id, quantity: 4 }] };
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => reserve(input)));
    expect(outcomes.map((o) => (o.ok ? o.reservation.id : o.error.extensions?.code))).toEqual(Array(6).fill(input.reservationId));
    expect(await stockLeft()).toBe(16);
  });

  it('is refused as RESERVATION_MISMATCH when the items or vendor differ', async () => {
    const { vendor, material, stockLeft } = await vendorSellingCement({ stockQuantity: 20 });
    const reservationId = randomUUID();
    await reserved({ reservationId, vendorId: vendor.vendorId, items: [{ kind: 'MATERIAL', refId: material.id, quantity: 3 }] });

    const moreBags = await reserve({ reservationId, vendorId: vendor.vendorId, items: [{ kind: 'MATERIAL', refId: material.id, quantity: 4 }] });
    expect(refusal(moreBags)).toMatchObject({ code: 'CONFLICT', reason: 'RESERVATION_MISMATCH', reservationId });
    const otherVendor = await reserve({ reservationId, vendorId: randomUUID(), items: [{ kind: 'MATERIAL', refId: material.id, quantity: 3 }] });
    expect(refusal(otherVendor)).toMatchObject({ code: 'CONFLICT', reason: 'RESERVATION_MISMATCH' });
    expect(await stockLeft()).toBe(17);
  });
});

describe('the last units of stock', () => {
  it('go to exactly as many concurrent orders as there are units, never below zero', async () => {
    const { vendor, material, stockLeft } = await vendorSellingCement({ stockQuantity: 10 });
    const outcomes = await Promise.all(
      Array.from({ length: 25 }, () => reserve({ vendorId: vendor.vendorId, items: [{ kind: 'MATERIAL', refId: material.id, quantity: 1 }] })),
    );
    const won = outcomes.filter((o) => o.ok);
    const lost = outcomes.filter((o) => !o.ok).map(refusal);
    expect(won).toHaveLength(10);
    expect(lost).toHaveLength(15);
    for (const error of lost) expect(error).toMatchObject({ code: 'CONFLICT', reason: 'INSUFFICIENT_STOCK', refId: material.id, available: 0 });
    expect(await stockLeft()).toBe(0);
  });

  it('are not split: a reservation that cannot be met in full takes nothing', async () => {
    const { vendor, material, stockLeft } = await vendorSellingCement({ stockQuantity: 7 });
    const { laborCategories } = dataOf(await graphql<{ laborCategories: { items: Array<{ id: string }> } }>('{ laborCategories(page: { limit: 1 }) { items { id } } }'));
    const trade = laborCategories.items[0]!;
    await vendor.ok(UPDATE_LABOUR, { input: { offers: [{ laborCategoryId: trade.id, workersAvailable: 0 }] } });
    // Enough cement, but no workers: the whole reservation is refused and the cement stays.
    const outcome = await reserve({
      vendorId: vendor.vendorId,
      items: [
        { kind: 'MATERIAL', refId: material.id, quantity: 7 },
        { kind: 'LABOUR', refId: trade.id, quantity: 1 },
      ],
    });
    expect(refusal(outcome)).toMatchObject({ code: 'CONFLICT', reason: 'LABOUR_UNAVAILABLE' });
    const tooMany = await reserve({ vendorId: vendor.vendorId, items: [{ kind: 'MATERIAL', refId: material.id, quantity: 8 }] });
    expect(refusal(tooMany)).toMatchObject({ code: 'CONFLICT', reason: 'INSUFFICIENT_STOCK', available: 7 });
    expect(await stockLeft()).toBe(7);
  });
});

describe('reservations the vendor cannot or may not fill', () => {
  it('refuses a quantity below the minimum order as bad input', async () => {
    const { vendor, material, stockLeft } = await vendorSellingCement({ stockQuantity: 100, minOrderQuantity: 10 });
    const outcome = await reserve({ vendorId: vendor.vendorId, items: [{ kind: 'MATERIAL', refId: material.id, quantity: 9 }] });
    expect(refusal(outcome)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BELOW_MINIMUM_ORDER', refId: material.id, minOrderQuantity: 10 });
    expect(await stockLeft()).toBe(100);
  });

  it('refuses a material the vendor has switched off or does not sell as a CONFLICT', async () => {
    const { vendor, material } = await vendorSellingCement({ stockQuantity: 100, isAvailable: false });
    const switchedOff = await reserve({ vendorId: vendor.vendorId, items: [{ kind: 'MATERIAL', refId: material.id, quantity: 1 }] });
    expect(refusal(switchedOff)).toMatchObject({ code: 'CONFLICT', reason: 'MATERIAL_UNAVAILABLE', refId: material.id });
    const stranger = await newVendor();
    const notSold = await reserve({ vendorId: stranger.vendorId, items: [{ kind: 'MATERIAL', refId: material.id, quantity: 1 }] });
    expect(refusal(notSold)).toMatchObject({ code: 'CONFLICT', reason: 'MATERIAL_UNAVAILABLE', refId: material.id });
  });

  it.each([
    ['an unknown material', () => ({ items: [{ kind: 'MATERIAL' as const, refId: randomUUID(), quantity: 1 }] }), 'UNKNOWN_ITEM'],
    ['the same material twice', (m: string) => ({ items: [{ kind: 'MATERIAL' as const, refId: m, quantity: 1 }, { kind: 'MATERIAL' as const, refId: m, quantity: 2 }] }), undefined],
    ['a zero quantity', (m: string) => ({ items: [{ kind: 'MATERIAL' as const, refId: m, quantity: 0 }] }), undefined],
    ['no items', () => ({ items: [] }), undefined],
    ['a malformed id', () => ({ items: [{ kind: 'MATERIAL' as const, refId: 'cement', quantity: 1 }] }), undefined],
    ['a pricing date that is not a day', (m: string) => ({ pricingDate: '2026-02-30', items: [{ kind: 'MATERIAL' as const, refId: m, quantity: 1 }] }), undefined],
    ['a pricing date before any GST rate', (m: string) => ({ pricingDate: '2017-06-30', items: [{ kind: 'MATERIAL' as const, refId: m, quantity: 1 }] }), 'NO_GST_RATE'],
  ])('refuses %s as bad input and takes nothing', async (_label, build, reason) => {
    const { vendor, material, stockLeft } = await vendorSellingCement({ stockQuantity: 30 });
    const outcome = await reserve({ vendorId: vendor.vendorId, ...build(material.id) });
    expect(refusal(outcome)).toMatchObject({ code: 'BAD_USER_INPUT', ...(reason ? { reason } : {}) });
    expect(await stockLeft()).toBe(30);
  });
});

describe('releasing a reservation', () => {
  it('puts the stock back once, however often it is asked', async () => {
    const { vendor, material, stockLeft } = await vendorSellingCement({ stockQuantity: 20 });
    const reservation = await reserved({ vendorId: vendor.vendorId, items: [{ kind: 'MATERIAL', refId: material.id, quantity: 8 }] });
    expect(await stockLeft()).toBe(12);

    const first = await release(reservation.id);
    expect(first.body.errors).toBeUndefined();
    const released = (first.body.data as { releaseStock: Reservation }).releaseStock;
    expect(released).toMatchObject({ id: reservation.id, status: 'RELEASED', releasedAt: expect.any(String) });
    expect(await stockLeft()).toBe(20);

    const second = await release(reservation.id);
    expect((second.body.data as { releaseStock: Reservation }).releaseStock).toEqual(released);
    expect(await stockLeft()).toBe(20);

    // A late retry of the original reservation gets the released one back and takes nothing.
    const retried = await reserved({ reservationId: reservation.id, vendorId: vendor.vendorId, items: [{ kind: 'MATERIAL', refId: material.id, quantity: 8 }] });
    expect(retried.status).toBe('RELEASED');
    expect(await stockLeft()).toBe(20);
  });

  it('keeps sales made meanwhile: stock goes back relative to what is there now', async () => {
    const { vendor, material, stockLeft } = await vendorSellingCement({ stockQuantity: 10 });
    const held = await reserved({ vendorId: vendor.vendorId, items: [{ kind: 'MATERIAL', refId: material.id, quantity: 4 }] });
    await reserved({ vendorId: vendor.vendorId, items: [{ kind: 'MATERIAL', refId: material.id, quantity: 5 }] });
    await release(held.id);
    expect(await stockLeft()).toBe(5);
  });

  it('is NOT_FOUND for an id catalog never reserved', async () => {
    const { body } = await release(randomUUID());
    expect((body.errors as GraphQLErrorShape[]).map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });
});

describe('who may reserve stock', () => {
  it('only a SERVICE caller: buyers, vendors and admins are FORBIDDEN, anonymous callers UNAUTHENTICATED', async () => {
    const { vendor, material, stockLeft } = await vendorSellingCement({ stockQuantity: 10 });
    const items: Item[] = [{ kind: 'MATERIAL', refId: material.id, quantity: 1 }];
    const person = { userId: randomUUID(), email: null, phone: null };
    const callers: Array<[Caller | null, string]> = [
      [{ ...person, firebaseUid: 'buyer', roles: ['BUYER'], vendorId: null }, 'FORBIDDEN'],
      [{ ...person, firebaseUid: 'vendor', roles: ['VENDOR'], vendorId: vendor.vendorId }, 'FORBIDDEN'],
      [{ ...person, firebaseUid: 'admin', roles: ['ADMIN'], vendorId: null }, 'FORBIDDEN'],
      [null, 'UNAUTHENTICATED'],
    ];
    for (const [caller, code] of callers) {
      expect(refusal(await reserve({ vendorId: vendor.vendorId, items }, caller))).toMatchObject({ code });
    }
    const held = await reserved({ vendorId: vendor.vendorId, items });
    for (const [caller, code] of callers) {
      const { body } = await release(held.id, caller);
      expect((body.errors as GraphQLErrorShape[]).map((e) => e.extensions?.code)).toEqual([code]);
    }
    expect(await stockLeft()).toBe(9);
  });

  it('through the gateway the mutations do not exist', async () => {
    const buyer = await newBuyer();
    const material = await cement();
    const input = { reservationId: randomUUID(), vendorId: randomUUID(), items: [{ kind: 'MATERIAL', refId: material.id, quantity: 1 }] };
    for (const response of [await buyer.run(RESERVE, { input }), await graphql(RELEASE, { id: randomUUID() })]) {
      expect(errorCodes(response).length).toBeGreaterThan(0);
      expect(new Set(errorCodes(response))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
    }
  });
});

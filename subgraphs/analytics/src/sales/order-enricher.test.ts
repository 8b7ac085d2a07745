import type { PeerClient } from '@realserv/platform';
import { OrderEnricher } from './order-enricher.js';

/** A peer answering from a function and keeping every call (operation name and variables). */
function recordingPeer(answer: (operation: string, variables: Record<string, unknown>) => unknown) {
  const calls: Array<{ operation: string; variables: Record<string, unknown> }> = [];
  const peer = {
    request: async (document: { definitions: Array<{ name?: { value: string } }> }, variables: Record<string, unknown>) => {
      const operation = document.definitions[0]!.name!.value;
      calls.push({ operation, variables });
      return answer(operation, variables);
    },
  } as unknown as PeerClient;
  return { peer, calls };
}

const CATEGORY = { c1: { id: 'c1', name: 'Cement' }, c2: { id: 'c2', name: 'Steel' } };

function setup(options: { archived?: string[] } = {}) {
  const categoryOf: Record<string, { id: string; name: string }> = { m1: CATEGORY.c1, m2: CATEGORY.c1, m3: CATEGORY.c2 };
  const orders = recordingPeer((_op, v) => {
    const materials = v.id === 'o1' ? ['m1', 'm2'] : ['m2', 'm3'];
    return {
      order: {
        id: v.id,
        deliveryAddress: { city: 'Pune' },
        items: [
          ...materials.map((m) => ({ kind: 'MATERIAL', name: m, lineTotal: { paise: 100 }, material: { id: m }, laborCategory: null })),
          { kind: 'LABOR', name: 'Mason', lineTotal: { paise: 50 }, material: null, laborCategory: { id: 'trade-1' } },
        ],
      },
    };
  });
  const names: Record<string, string> = { v1: 'Shree Traders', v2: 'Om Steel' };
  const vendors = recordingPeer((_op, v) => ({ vendorContacts: (v.ids as string[]).filter((id) => names[id]).map((id) => ({ id, businessName: names[id]! })) }));
  const catalog = recordingPeer((op, v) =>
    op === 'MaterialCategoriesForAnalytics'
      ? { materialsForService: (v.ids as string[]).filter((id) => !options.archived?.includes(id)).map((id) => ({ id, category: categoryOf[id] })) }
      : { material: { id: v.id, category: categoryOf[v.id as string] } },
  );
  let now = 1_000_000; // lru-cache reads a start time of 0 as "never set"
  const clock = { now: () => now };
  const enricher = new OrderEnricher({ orders: orders.peer, catalog: catalog.peer, vendors: vendors.peer }, { max: 100, ttlMs: 60_000, clock });
  return { enricher, catalog: catalog.calls, vendors: vendors.calls, orders: orders.calls, categoryOf, names, advance: (ms: number) => void (now += ms) };
}

describe('OrderEnricher: the order itself', () => {
  const ids = { o1: '00000000-0000-4000-8000-000000000001' };
  it('takes the city and the lines from OrderPlaced when it carries them: orders is not asked, the breakdown is the same', async () => {
    const fromOrders = setup();
    const asked = await fromOrders.enricher.enrich({ orderId: 'o1', vendorId: 'v1' });
    const carried = setup();
    const told = await carried.enricher.enrich({
      orderId: 'o1',
      vendorId: 'v1',
      deliveryCity: 'Pune',
      lines: [
        { kind: 'MATERIAL', refId: 'm1', name: 'm1', lineTotalPaise: 100 },
        { kind: 'MATERIAL', refId: 'm2', name: 'm2', lineTotalPaise: 100 },
        { kind: 'LABOUR', refId: 'trade-1', name: 'Mason', lineTotalPaise: 50 },
      ],
    });
    expect(carried.orders).toEqual([]);
    expect(fromOrders.orders).toEqual([{ operation: 'OrderForAnalytics', variables: { id: 'o1' } }]);
    expect(told).toEqual(asked);
    expect(told.lines.map((l) => [l.materialId, l.categoryId, l.totalPaise])).toEqual([['m1', 'c1', 100], ['m2', 'c1', 100], [null, 'trade-1', 50]]);
  });

  it('asks orders when the event has lines but no city (or the other way round): both come from one source', async () => {
    const { enricher, orders } = setup();
    await enricher.enrich({ orderId: ids.o1, vendorId: 'v1', lines: [] });
    await enricher.enrich({ orderId: ids.o1, vendorId: 'v1', deliveryCity: 'Pune' });
    expect(orders).toHaveLength(2);
  });
});

describe('OrderEnricher: material categories', () => {
  it('asks catalog once for the uncached materials of orders enriched together, then answers from its cache', async () => {
    const { enricher, catalog } = setup();
    const [one, two] = await Promise.all([enricher.enrich({ orderId: 'o1', vendorId: 'v1' }), enricher.enrich({ orderId: 'o2', vendorId: 'v1' })]);
    expect(catalog).toEqual([{ operation: 'MaterialCategoriesForAnalytics', variables: { ids: ['m1', 'm2', 'm3'] } }]);
    expect(one.lines.map((l) => l.categoryName)).toEqual(['Cement', 'Cement', 'Mason']);
    expect(two.lines.map((l) => [l.categoryId, l.totalPaise])).toEqual([['c1', 100], ['c2', 100], ['trade-1', 50]]);
    expect(one).toMatchObject({ city: 'Pune', vendorName: 'Shree Traders' });

    await enricher.enrich({ orderId: 'o2', vendorId: 'v1' });
    expect(catalog).toHaveLength(1);
  });

  it('asks again once the TTL has passed, so a material moved to another category is picked up', async () => {
    const { enricher, catalog, categoryOf, advance } = setup();
    await enricher.enrich({ orderId: 'o1', vendorId: 'v1' });
    categoryOf.m1 = CATEGORY.c2;
    advance(59_000);
    expect((await enricher.enrich({ orderId: 'o1', vendorId: 'v1' })).lines[0]!.categoryId).toBe('c1');
    advance(2_000);
    expect((await enricher.enrich({ orderId: 'o1', vendorId: 'v1' })).lines[0]!.categoryId).toBe('c2');
    expect(catalog.map((c) => c.operation)).toEqual(['MaterialCategoriesForAnalytics', 'MaterialCategoriesForAnalytics']);
  });

  it('asks for a material the batch left out (archived since the order) on its own', async () => {
    const { enricher, catalog } = setup({ archived: ['m2'] });
    const order = await enricher.enrich({ orderId: 'o1', vendorId: 'v1' });
    expect(order.lines.map((l) => l.categoryId)).toEqual(['c1', 'c1', 'trade-1']);
    expect(catalog).toEqual([
      { operation: 'MaterialCategoriesForAnalytics', variables: { ids: ['m1', 'm2'] } },
      { operation: 'MaterialCategoryForAnalytics', variables: { id: 'm2' } },
    ]);
  });
});

describe('OrderEnricher: vendor names', () => {
  it('asks vendors once for the vendors of orders enriched together, then only orders is asked per order (events without lines)', async () => {
    const { enricher, vendors, orders } = setup();
    const [one, two] = await Promise.all([enricher.enrich({ orderId: 'o1', vendorId: 'v1' }), enricher.enrich({ orderId: 'o2', vendorId: 'v2' })]);
    expect(vendors).toEqual([{ operation: 'VendorNamesForAnalytics', variables: { ids: ['v1', 'v2'] } }]);
    expect([one.vendorName, two.vendorName]).toEqual(['Shree Traders', 'Om Steel']);

    await enricher.enrich({ orderId: 'o1', vendorId: 'v1' });
    await enricher.enrich({ orderId: 'o2', vendorId: 'v2' });
    expect(vendors).toHaveLength(1);
    expect(orders).toHaveLength(4);
  });

  it('picks a renamed vendor up after the TTL, and does not keep an unknown vendor (labelled by its id)', async () => {
    const { enricher, vendors, names, advance } = setup();
    expect((await enricher.enrich({ orderId: 'o1', vendorId: 'v9' })).vendorName).toBe('v9');
    names.v9 = 'New Vendor';
    expect((await enricher.enrich({ orderId: 'o1', vendorId: 'v9' })).vendorName).toBe('New Vendor');
    names.v9 = 'Renamed Vendor';
    advance(59_000);
    expect((await enricher.enrich({ orderId: 'o1', vendorId: 'v9' })).vendorName).toBe('New Vendor');
    advance(2_000);
    expect((await enricher.enrich({ orderId: 'o1', vendorId: 'v9' })).vendorName).toBe('Renamed Vendor');
    expect(vendors).toHaveLength(3);
  });
});

import { CONFIRM, REJECT, cement, vendorStocking } from '../orders/order-helpers.js';
import { eventually } from '../harness/eventually.js';
import { aroundToday, buyerWithAddress, place, seededAdmin } from './analytics-helpers.js';

const MINE = `query Mine($range: AnalyticsRange!, $vendorId: ID) {
  myVendorAnalytics(range: $range, vendorId: $vendorId) {
    vendorId buyers repeatBuyers acceptanceRate
    salesByWeek { periodStart orders gmvPaise netGmvPaise }
    salesByMaterial { key label orders gmvPaise netGmvPaise }
  }
}`;

interface Mine {
  myVendorAnalytics: {
    vendorId: string;
    buyers: number;
    repeatBuyers: number;
    acceptanceRate: number | null;
    salesByWeek: Array<{ periodStart: string; orders: number; gmvPaise: number; netGmvPaise: number }>;
    salesByMaterial: Array<{ key: string; label: string; orders: number; gmvPaise: number; netGmvPaise: number }>;
  };
}

describe('analytics: a vendor’s own figures', () => {
  it('a vendor sees its sales by week and material, repeat buyers and acceptance rate; an admin sees the same by vendorId', async () => {
    const material = await cement();
    const vendor = await vendorStocking(material, 500, 40_000);
    const other = await vendorStocking(material, 500, 40_000);
    const regular = await buyerWithAddress();
    const once = await buyerWithAddress();
    const a = await place(regular.buyer, regular.addressId, vendor.vendorId, material, 2, 'COD');
    const b = await place(regular.buyer, regular.addressId, vendor.vendorId, material, 4, 'COD');
    const c = await place(once.buyer, once.addressId, vendor.vendorId, material, 1, 'COD');
    // Another vendor's sale to the same buyer is not this vendor's.
    await place(once.buyer, once.addressId, other.vendorId, material, 9, 'COD');
    await vendor.ok(CONFIRM, { id: a.id });
    await vendor.ok(CONFIRM, { id: b.id });
    await vendor.ok(REJECT, { input: { orderId: c.id, reason: 'Out of delivery slots' } });

    const gross = a.total.paise + b.total.paise + c.total.paise;
    const lines = a.items[0]!.lineSubtotal.paise + a.items[0]!.lineTax.paise + b.items[0]!.lineSubtotal.paise + b.items[0]!.lineTax.paise + c.items[0]!.lineSubtotal.paise + c.items[0]!.lineTax.paise;
    const cLine = c.items[0]!.lineSubtotal.paise + c.items[0]!.lineTax.paise;
    const mine = await eventually(
      async () => {
        const { myVendorAnalytics: m } = await vendor.ok<Mine>(MINE, { range: aroundToday() });
        return m.acceptanceRate !== null && m.acceptanceRate < 1 && m.salesByWeek.reduce((n, w) => n + w.netGmvPaise, 0) === gross - c.total.paise ? m : null;
      },
      { what: 'the vendor’s three orders and two decisions counted' },
    );
    expect(mine.vendorId).toBe(vendor.vendorId);
    expect(mine.buyers).toBe(2);
    expect(mine.repeatBuyers).toBe(1);
    expect(mine.acceptanceRate).toBeCloseTo(2 / 3, 4);
    expect(mine.salesByWeek.reduce((n, w) => n + w.orders, 0)).toBe(3);
    expect(mine.salesByWeek.reduce((n, w) => n + w.gmvPaise, 0)).toBe(gross);
    expect(mine.salesByMaterial).toEqual([{ key: material.id, label: material.name, orders: 3, gmvPaise: lines, netGmvPaise: lines - cLine }]);

    const admin = await seededAdmin();
    const { myVendorAnalytics: seenByAdmin } = await admin.ok<Mine>(MINE, { range: aroundToday(), vendorId: vendor.vendorId });
    expect(seenByAdmin).toEqual(mine);
  });

  it('a vendor cannot read another vendor’s figures, a buyer none, and an admin must name the vendor', async () => {
    const material = await cement();
    const vendor = await vendorStocking(material, 10, 40_000);
    const other = await vendorStocking(material, 10, 40_000);
    const { buyer } = await buyerWithAddress();
    const admin = await seededAdmin();
    const theirs = await vendor.run(MINE, { range: aroundToday(), vendorId: other.vendorId });
    expect(theirs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const asBuyer = await buyer.run(MINE, { range: aroundToday() });
    expect(asBuyer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unnamed = await admin.run(MINE, { range: aroundToday() });
    expect(unnamed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

import { randomUUID } from 'node:crypto';
import { newBuyer, newVendorUser } from '../harness/actors.js';
import { dataOf, errorCodes, graphql } from '../harness/graphql-client.js';
import { newVendor } from '../harness/vendors.js';
import { allMaterials } from './catalog-queries.js';

const UPDATE_INVENTORY = `mutation I($input: UpdateInventoryInput!) {
  updateMyInventory(input: $input) { id stockQuantity minOrderQuantity leadTimeDays isAvailable sellsAtBasePrice price { paise } vendor { id } material { id basePrice { paise } } }
}`;
const MY_INVENTORY = `{ myInventory { stockQuantity isAvailable material { id } vendor { id } } }`;
const PUBLIC_INVENTORY = `query V($v: ID!) { vendorInventory(vendorId: $v) { stockQuantity material { id } } }`;
const OFFERS = `query O($id: ID) { material(id: $id) { offers { vendor { id } stockQuantity price { paise } } } }`;
const UPDATE_LABOUR = `mutation L($input: UpdateLaborOffersInput!) { updateMyLaborOffers(input: $input) { workersAvailable isAvailable dailyRate { paise } laborCategory { id dailyRate { paise } } vendor { id } } }`;

interface InventoryRow {
  stockQuantity: number;
  isAvailable: boolean;
  sellsAtBasePrice: boolean;
  price: { paise: number };
  vendor: { id: string };
  material: { id: string; basePrice: { paise: number } };
}

async function twoMaterials() {
  const [a, b] = await allMaterials({ search: 'cement' });
  return [a!, b!] as const;
}

describe('a vendor managing their inventory', () => {
  it('adds rows that then appear as offers at their price or the base price', async () => {
    const vendor = await newVendor();
    const [a, b] = await twoMaterials();
    const { updateMyInventory } = await vendor.ok<{ updateMyInventory: InventoryRow[] }>(UPDATE_INVENTORY, {
      input: {
        items: [
          { materialId: a.id, pricePaise: a.basePrice.paise - 500, stockQuantity: 120, minOrderQuantity: 10, leadTimeDays: 2 },
          { materialId: b.id, stockQuantity: 40 },
        ],
      },
    });
    expect(updateMyInventory).toHaveLength(2);
    const rowA = updateMyInventory.find((r) => r.material.id === a.id)!;
    const rowB = updateMyInventory.find((r) => r.material.id === b.id)!;
    expect(rowA).toMatchObject({ stockQuantity: 120, sellsAtBasePrice: false, price: { paise: a.basePrice.paise - 500 }, vendor: { id: vendor.vendorId } });
    expect(rowB).toMatchObject({ sellsAtBasePrice: true, price: { paise: b.basePrice.paise } });

    const offers = dataOf(await graphql<{ material: { offers: Array<{ vendor: { id: string }; price: { paise: number } }> } }>(OFFERS, { id: a.id })).material.offers;
    expect(offers.find((o) => o.vendor.id === vendor.vendorId)?.price.paise).toBe(a.basePrice.paise - 500);
  });

  it('updating the same material again changes the row instead of adding one', async () => {
    const vendor = await newVendor();
    const [a] = await twoMaterials();
    await vendor.ok(UPDATE_INVENTORY, { input: { items: [{ materialId: a.id, stockQuantity: 10 }] } });
    await vendor.ok(UPDATE_INVENTORY, { input: { items: [{ materialId: a.id, stockQuantity: 75, isAvailable: false }] } });
    const { myInventory } = await vendor.ok<{ myInventory: Array<{ stockQuantity: number; isAvailable: boolean }> }>(MY_INVENTORY);
    expect(myInventory).toEqual([expect.objectContaining({ stockQuantity: 75, isAvailable: false })]);
    // Unavailable rows are the vendor's business only.
    const publicRows = dataOf(await graphql<{ vendorInventory: unknown[] }>(PUBLIC_INVENTORY, { v: vendor.vendorId })).vendorInventory;
    expect(publicRows).toEqual([]);
  });

  it.each([
    ['a negative stock', { stockQuantity: -1 }],
    ['a negative price', { pricePaise: -10 }],
    ['a zero minimum order', { minOrderQuantity: 0 }],
    ['a lead time over 90 days', { leadTimeDays: 120 }],
    ['a material that does not exist', { materialId: randomUUID() }],
    ['a malformed material id', { materialId: 'cement' }],
  ])('rejects a batch containing %s and writes none of it', async (_label, bad) => {
    const vendor = await newVendor();
    const [a, b] = await twoMaterials();
    const response = await vendor.run(UPDATE_INVENTORY, {
      input: { items: [{ materialId: a.id, stockQuantity: 5 }, { materialId: b.id, stockQuantity: 5, ...bad }] },
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect((await vendor.ok<{ myInventory: unknown[] }>(MY_INVENTORY)).myInventory).toEqual([]);
  });

  it('rejects the same material twice in one batch', async () => {
    const vendor = await newVendor();
    const [a] = await twoMaterials();
    const response = await vendor.run(UPDATE_INVENTORY, { input: { items: [{ materialId: a.id, stockQuantity: 1 }, { materialId: a.id, stockQuantity: 2 }] } });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it("writes only ever touch the caller's own vendor", async () => {
    const owner = await newVendor();
    const other = await newVendor();
    const [a] = await twoMaterials();
    await owner.ok(UPDATE_INVENTORY, { input: { items: [{ materialId: a.id, stockQuantity: 50 }] } });
    await other.ok(UPDATE_INVENTORY, { input: { items: [{ materialId: a.id, stockQuantity: 1 }] } });
    const ownerRows = (await owner.ok<{ myInventory: Array<{ stockQuantity: number; vendor: { id: string } }> }>(MY_INVENTORY)).myInventory;
    expect(ownerRows).toEqual([expect.objectContaining({ stockQuantity: 50, vendor: { id: owner.vendorId } })]);
  });

  it('buyers, vendor users without a vendor, and anonymous callers cannot write inventory', async () => {
    const [a] = await twoMaterials();
    const input = { items: [{ materialId: a.id, stockQuantity: 5 }] };
    const buyer = await newBuyer();
    expect(errorCodes(await buyer.run(UPDATE_INVENTORY, { input }))).toEqual(['FORBIDDEN']);
    const notOnboarded = await newVendorUser();
    expect(errorCodes(await notOnboarded.run(UPDATE_INVENTORY, { input }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await notOnboarded.run(MY_INVENTORY))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(UPDATE_INVENTORY, { input }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('a vendor managing labour offers', () => {
  it('offers workers at the trade rate or their own, all or nothing', async () => {
    const vendor = await newVendor();
    const { laborCategories } = dataOf(
      await graphql<{ laborCategories: { items: Array<{ id: string; dailyRate: { paise: number } }> } }>(
        '{ laborCategories(page: { limit: 2 }) { items { id dailyRate { paise } } } }',
      ),
    );
    const [mason, helper] = laborCategories.items;
    const { updateMyLaborOffers } = await vendor.ok<{ updateMyLaborOffers: Array<{ dailyRate: { paise: number }; laborCategory: { id: string; dailyRate: { paise: number } } }> }>(
      UPDATE_LABOUR,
      { input: { offers: [{ laborCategoryId: mason!.id, workersAvailable: 6, dailyRatePaise: 95_000 }, { laborCategoryId: helper!.id, workersAvailable: 10 }] } },
    );
    expect(updateMyLaborOffers.find((o) => o.laborCategory.id === mason!.id)?.dailyRate.paise).toBe(95_000);
    expect(updateMyLaborOffers.find((o) => o.laborCategory.id === helper!.id)?.dailyRate.paise).toBe(helper!.dailyRate.paise);

    const bad = await vendor.run(UPDATE_LABOUR, { input: { offers: [{ laborCategoryId: mason!.id, workersAvailable: 1 }, { laborCategoryId: randomUUID(), workersAvailable: 1 }] } });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const { myLaborOffers } = await vendor.ok<{ myLaborOffers: Array<{ workersAvailable: number; laborCategory: { id: string } }> }>(
      '{ myLaborOffers { workersAvailable laborCategory { id } } }',
    );
    expect(myLaborOffers.find((o) => o.laborCategory.id === mason!.id)?.workersAvailable).toBe(6);

    const buyer = await newBuyer();
    expect(errorCodes(await buyer.run(UPDATE_LABOUR, { input: { offers: [{ laborCategoryId: mason!.id, workersAvailable: 1 }] } }))).toEqual(['FORBIDDEN']);
  });
});

describe('the seeded demo vendor account', () => {
  it('acts for the demo vendor "Sri Balaji Building Materials" and sees its inventory', async () => {
    const { DEMO_USERS } = await import('@realserv/identity/demo-users');
    const { signIn } = await import('../harness/auth.js');
    const demo = DEMO_USERS.find((u) => u.type === 'VENDOR')!;
    const session = await signIn(demo.email, demo.password);
    const response = await graphql<{ myInventory: Array<{ vendor: { id: string } }> }>(MY_INVENTORY, {}, { token: session.idToken });
    const rows = dataOf(response).myInventory;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.vendor.id === '6f1f5a3e-2c0b-4c8e-9a51-1d1c9e6b7a01')).toBe(true);
  });
});

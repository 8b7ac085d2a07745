import { BrowseMaterialsDocument, CategoryTreeDocument, MaterialDetailDocument } from '@realserv/clients/buyer-app';
import { MyInventoryDocument, UpdateMyInventoryDocument } from '@realserv/clients/vendor-web';
import { dataOf, graphql } from '../harness/graphql-client.js';
import { newVendor } from '../harness/vendors.js';

describe('catalog screens through the generated SDKs', () => {
  it('the buyer app walks tree → category page → material detail', async () => {
    const { categories } = dataOf(await graphql(CategoryTreeDocument, { kind: 'MATERIAL' }));
    const cement = categories.find((c) => /cement/i.test(c.name))!;
    const { materials } = dataOf(await graphql(BrowseMaterialsDocument, { filter: { categoryId: cement.id }, sort: 'PRICE_ASC', page: { limit: 5 } }));
    expect(materials.items.length).toBeGreaterThan(0);
    const first = materials.items[0]!;
    const { material } = dataOf(await graphql(MaterialDetailDocument, { slug: first.slug }));
    expect(material?.id).toBe(first.id);
    expect(material?.gstRate?.ratePercent).toBe(18);
    expect(material?.specifications.length).toBeGreaterThan(0);
  });

  it('the vendor web app stocks a material and sees it in its inventory', async () => {
    const vendor = await newVendor();
    const { materials } = dataOf(await graphql(BrowseMaterialsDocument, { filter: { search: 'tmt' }, page: { limit: 1 } }));
    const steel = materials.items[0]!;
    await vendor.ok(UpdateMyInventoryDocument, { input: { items: [{ materialId: steel.id, stockQuantity: 30, minOrderQuantity: 1, leadTimeDays: 2 }] } });
    const { myInventory } = await vendor.ok(MyInventoryDocument);
    expect(myInventory.map((r) => [r.material.id, r.stockQuantity, r.sellsAtBasePrice])).toEqual([[steel.id, 30, true]]);
  });
});

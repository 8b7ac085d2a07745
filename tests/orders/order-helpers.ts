import { randomUUID } from 'node:crypto';
import { newBuyer, type Actor } from '../harness/actors.js';
import { eventually } from '../harness/eventually.js';
import { dataOf, graphql, type GraphQLResponse } from '../harness/graphql-client.js';
import { newVendor } from '../harness/vendors.js';

export const ORDER_FIELDS = `
  id orderNumber status paymentMethod paymentStatus distanceKm pricingDate closingReason
  subtotal { paise } deliveryCharge { paise } tax { paise } total { paise formatted }
  deliveryAddress { city pincode latitude longitude }
  items { kind name unit quantity gstRateBasisPoints taxCode unitPrice { paise } lineSubtotal { paise } lineTax { paise } lineTotal { paise } }
  statusHistory { fromStatus toStatus actor note }
`;

export interface OrderView {
  id: string;
  orderNumber: string;
  status: string;
  paymentMethod: string;
  paymentStatus: string;
  distanceKm: number | null;
  closingReason: string | null;
  subtotal: { paise: number };
  deliveryCharge: { paise: number };
  tax: { paise: number };
  total: { paise: number; formatted: string };
  items: Array<{ kind: string; name: string; quantity: number; gstRateBasisPoints: number; unitPrice: { paise: number }; lineSubtotal: { paise: number }; lineTax: { paise: number } }>;
  statusHistory: Array<{ fromStatus: string | null; toStatus: string; actor: string; note: string | null }>;
}

export const PLACE_ORDER = `mutation Place($input: PlaceOrderInput!) { placeOrder(input: $input) { ${ORDER_FIELDS} } }`;
export const ORDER = `query Order($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`;
export const CONFIRM = `mutation C($id: ID!) { confirmOrder(orderId: $id) { id status } }`;
export const DISPATCH = `mutation D($id: ID!) { dispatchOrder(orderId: $id) { id status } }`;
export const CASH = `mutation Cash($input: MarkCashCollectedInput!) { markCashCollected(input: $input) { id status paymentStatus } }`;

/** Uploads a small PNG through the media API (request → PUT → confirm unless `confirm` is false) and returns its id. */
export async function uploadImage(actor: Actor, purpose: string, confirm = true): Promise<string> {
  const body = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(504, 0)]);
  const { requestUpload } = await actor.ok<{ requestUpload: { uploadUrl: string; media: { id: string } } }>(
    'mutation R($input: RequestUploadInput!) { requestUpload(input: $input) { uploadUrl media { id } } }',
    { input: { purpose, contentType: 'image/png', sizeBytes: body.length } },
  );
  const put = await fetch(requestUpload.uploadUrl, { method: 'PUT', headers: { 'content-type': 'image/png' }, body });
  if (put.status !== 200) throw new Error(`upload failed: ${put.status}`);
  if (confirm) await actor.ok('mutation C($id: ID!) { confirmUpload(mediaId: $id) { id } }', { id: requestUpload.media.id });
  return requestUpload.media.id;
}

/** The vendor records a COD order's cash with a photo of the receipt (its own COD_PROOF upload), as markCashCollected requires. */
export async function collectCash(vendor: Actor, order: { id: string; total: { paise: number } }): Promise<{ markCashCollected: { id: string; status: string; paymentStatus: string }; proofMediaId: string }> {
  const proofMediaId = await uploadImage(vendor, 'COD_PROOF');
  const data = await vendor.ok<{ markCashCollected: { id: string; status: string; paymentStatus: string } }>(CASH, {
    input: { orderId: order.id, amountPaise: order.total.paise, proofMediaId },
  });
  return { ...data, proofMediaId };
}

export const CANCEL = `mutation X($input: OrderReasonInput!) { cancelOrder(input: $input) { id status paymentStatus closingReason } }`;
export const REJECT = `mutation R($input: OrderReasonInput!) { rejectOrder(input: $input) { id status paymentStatus closingReason } }`;
export const FORCE = `mutation F($input: ForceOrderStatusInput!) { forceOrderStatus(input: $input) { id status } }`;
export const MY_INVENTORY = `{ myInventory { stockQuantity material { id } } }`;

export const BENGALURU_SITE = {
  label: 'Site',
  contactName: 'Site Engineer',
  contactPhone: '+919845012345',
  line1: 'Plot 7, ITPL Main Road',
  city: 'Bengaluru',
  state: 'Karnataka',
  pincode: '560066',
  latitude: 12.9856,
  longitude: 77.7362,
};

export async function addAddress(buyer: Actor, overrides: Record<string, unknown> = {}): Promise<string> {
  const { addAddress } = await buyer.ok<{ addAddress: { id: string } }>(
    'mutation A($input: AddAddressInput!) { addAddress(input: $input) { id } }',
    { input: { ...BENGALURU_SITE, ...overrides } },
  );
  return addAddress.id;
}

export interface StockedMaterial {
  id: string;
  name: string;
  basePricePaise: number;
  hsnCode: string;
}

/** A cement material from the seeded catalog (18 % GST today). */
export async function cement(): Promise<StockedMaterial> {
  const { materials } = dataOf(
    await graphql<{ materials: { items: Array<{ id: string; name: string; hsnCode: string; basePrice: { paise: number } }> } }>(
      '{ materials(filter: { search: "ultratech opc 53" }, page: { limit: 1 }) { items { id name hsnCode basePrice { paise } } } }',
    ),
  );
  const m = materials.items[0]!;
  return { id: m.id, name: m.name, basePricePaise: m.basePrice.paise, hsnCode: m.hsnCode };
}

/** A brand-new vendor stocking one material at a given price and stock. */
export async function vendorStocking(material: StockedMaterial, stock: number, pricePaise: number, minOrderQuantity = 1) {
  const vendor = await newVendor();
  await vendor.ok('mutation I($input: UpdateInventoryInput!) { updateMyInventory(input: $input) { id } }', {
    input: { items: [{ materialId: material.id, pricePaise, stockQuantity: stock, minOrderQuantity, leadTimeDays: 1 }] },
  });
  return vendor;
}

/** A brand-new vendor stocking cement (100 at ₹400), a new buyer with one address, and the buyer's order for `quantity` of it. */
export async function placedOrder(quantity: number, paymentMethod: 'COD' | 'ONLINE' = 'COD') {
  const material = await cement();
  const vendor = await vendorStocking(material, 100, 40_000);
  const buyer = await newBuyer();
  const addressId = await addAddress(buyer);
  const { placeOrder } = await buyer.ok<{ placeOrder: OrderView }>(PLACE_ORDER, placeInput(vendor.vendorId, addressId, material.id, quantity, paymentMethod));
  return { material, vendor, buyer, addressId, order: placeOrder };
}

export async function stockOf(vendor: Actor, materialId: string): Promise<number> {
  const { myInventory } = await vendor.ok<{ myInventory: Array<{ stockQuantity: number; material: { id: string } }> }>(MY_INVENTORY);
  return myInventory.find((r) => r.material.id === materialId)!.stockQuantity;
}

export function placeInput(vendorId: string, addressId: string, materialId: string, quantity: number, paymentMethod = 'COD', key = randomUUID()) {
  return {
    input: {
      vendorId,
      deliveryAddressId: addressId,
      paymentMethod,
      idempotencyKey: key,
      items: [{ kind: 'MATERIAL', refId: materialId, quantity }],
    },
  };
}

export type PlaceOrderInputVars = ReturnType<typeof placeInput>['input'];

/** A second seeded material (not `except`), for item-list and material changes. */
export async function anotherMaterial(except: StockedMaterial): Promise<StockedMaterial> {
  const { materials } = dataOf(
    await graphql<{ materials: { items: Array<{ id: string; name: string; hsnCode: string; basePrice: { paise: number } }> } }>(
      '{ materials(page: { limit: 5 }) { items { id name hsnCode basePrice { paise } } } }',
    ),
  );
  const m = materials.items.find((item) => item.id !== except.id)!;
  return { id: m.id, name: m.name, basePricePaise: m.basePrice.paise, hsnCode: m.hsnCode };
}

export interface ReusedKeyFlow {
  buyer: Actor;
  vendor: Actor & { vendorId: string };
  materials: [StockedMaterial, StockedMaterial];
  addressIds: [string, string];
  /** The first placeOrder's input and answer. */
  firstInput: PlaceOrderInputVars;
  first: OrderView;
  /** The answer to the same idempotency key sent again with `change` applied. */
  retry: GraphQLResponse<{ placeOrder: OrderView }>;
  /** Stock of both materials before the first order, and after the retry. */
  stockBefore: [number, number];
  stockAfter: [number, number];
  /** The buyer's orders after the retry. */
  orderCount: number;
}

/**
 * The "order placed with a reused key" flow: a vendor stocking two materials (50 each), a buyer
 * with two addresses places an order (3 of the first material) with a key, then sends the same
 * key again with `change` applied to the input (the identity function for a true retry). The
 * flow hands back both answers and the stock and order count, for the test to judge.
 */
export async function orderPlacedWithReusedKey(
  change: (input: PlaceOrderInputVars, setup: { materials: [StockedMaterial, StockedMaterial]; addressIds: [string, string] }) => PlaceOrderInputVars,
  paymentMethod: 'COD' | 'ONLINE' = 'COD',
): Promise<ReusedKeyFlow> {
  const first = await cement();
  const second = await anotherMaterial(first);
  const materials: [StockedMaterial, StockedMaterial] = [first, second];
  const vendor = await newVendor();
  await vendor.ok('mutation I($input: UpdateInventoryInput!) { updateMyInventory(input: $input) { id } }', {
    input: { items: materials.map((m) => ({ materialId: m.id, pricePaise: 40_000, stockQuantity: 50, minOrderQuantity: 1, leadTimeDays: 1 })) },
  });
  const buyer = await newBuyer();
  const addressIds: [string, string] = [await addAddress(buyer), await addAddress(buyer, { label: 'Second site', line1: 'Plot 9, ITPL Main Road' })];
  const stock = async (): Promise<[number, number]> => [await stockOf(vendor, first.id), await stockOf(vendor, second.id)];
  const stockBefore = await stock();
  const firstInput = placeInput(vendor.vendorId, addressIds[0], first.id, 3, paymentMethod).input;
  const { placeOrder } = await buyer.ok<{ placeOrder: OrderView }>(PLACE_ORDER, { input: firstInput });
  const retry = await buyer.run<{ placeOrder: OrderView }>(PLACE_ORDER, { input: change(structuredClone(firstInput), { materials, addressIds }) });
  const { myOrders } = await buyer.ok<{ myOrders: { pageInfo: { totalCount: number } } }>('{ myOrders { pageInfo { totalCount } } }');
  return { buyer, vendor, materials, addressIds, firstInput, first: placeOrder, retry, stockBefore, stockAfter: await stock(), orderCount: myOrders.pageInfo.totalCount };
}

/**
 * The only way an order is delivered: the vendor generates a code once the delivery is on its
 * way, the buyer reads it in the app, the vendor enters it; then waits until orders has moved the
 * order (DELIVERED, or COMPLETED for a prepaid order). Returns the order's status.
 */
export async function deliverWithOtp(vendor: Actor, buyer: Actor, orderId: string): Promise<string> {
  await eventually(async () => !(await vendor.run('mutation G($id: ID!) { generateDeliveryOtp(orderId: $id) { id } }', { id: orderId })).errors?.length, {
    what: 'the delivery to be on its way',
  });
  const read = () => buyer.ok<{ order: { status: string; deliveryOtp: string | null } }>('query O($id: ID!) { order(id: $id) { status deliveryOtp } }', { id: orderId });
  const code = (await read()).order.deliveryOtp!;
  await vendor.ok('mutation V($id: ID!, $code: String!) { verifyDeliveryOtp(orderId: $id, code: $code) { id } }', { id: orderId, code });
  return eventually(async () => {
    const { status } = (await read()).order;
    return status !== 'OUT_FOR_DELIVERY' && status;
  }, { what: 'the order to be delivered' });
}

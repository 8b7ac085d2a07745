import { randomUUID } from 'node:crypto';
import type { Caller } from '@realserv/platform';
import { newBuyer } from '../harness/actors.js';
import { errorCodes, type GraphQLErrorShape } from '../harness/graphql-client.js';
import { callSubgraph } from '../harness/subgraph-direct.js';
import { eventually } from '../harness/eventually.js';
import { CONFIRM, DISPATCH, placedOrder } from '../orders/order-helpers.js';

/**
 * The peer fields notifications reads (identity's recipients, vendors' contacts, settlement
 * summaries and the live delivery code) answer SERVICE callers only and are not in the API.
 */
const NOTIFICATIONS: Caller = { firebaseUid: 'service:notifications', userId: null, roles: ['SERVICE'], vendorId: null, email: null, phone: null, service: 'notifications' };

const RECIPIENTS = `query R($ids: [ID!]!) { notificationRecipients(ids: $ids) { id fullName email phone preferredLanguage status } }`;
const CONTACTS = `query V($ids: [ID!]!) { vendorContacts(ids: $ids) { id businessName ownerUserId } }`;
const OTP = `query O($deliveryId: ID!) { deliveryOtpToSend(deliveryId: $deliveryId) }`;
const SUMMARY = `query S($id: ID!) { settlementSummary(id: $id) { id netPayoutPaise } }`;

const codesOf = (body: { errors?: unknown[] }) => ((body.errors ?? []) as GraphQLErrorShape[]).map((e) => e.extensions?.code);

/** Everyone who is not a peer subgraph. */
function people(vendorId: string): Array<[Caller | null, string]> {
  const person = { userId: randomUUID(), email: null, phone: null };
  return [
    [{ ...person, firebaseUid: 'buyer', roles: ['BUYER'], vendorId: null }, 'FORBIDDEN'],
    [{ ...person, firebaseUid: 'vendor', roles: ['VENDOR'], vendorId }, 'FORBIDDEN'],
    [{ ...person, firebaseUid: 'admin', roles: ['ADMIN'], vendorId: null }, 'FORBIDDEN'],
    [null, 'UNAUTHENTICATED'],
  ];
}

describe('the peer fields notifications reads', () => {
  test('answer the notifications subgraph: recipients, vendor owner, the live delivery code', async () => {
    const { buyer, vendor, order } = await placedOrder(1, 'COD');
    const recipients = await callSubgraph('identity', RECIPIENTS, { ids: [buyer.userId, randomUUID()] }, NOTIFICATIONS);
    expect(recipients.body.data).toEqual({
      notificationRecipients: [expect.objectContaining({ id: buyer.userId, fullName: 'Test Buyer', preferredLanguage: 'EN', status: 'ACTIVE' })],
    });
    const contacts = await callSubgraph('vendors', CONTACTS, { ids: [vendor.vendorId] }, NOTIFICATIONS);
    expect(contacts.body.data).toEqual({ vendorContacts: [{ id: vendor.vendorId, businessName: 'Test Traders', ownerUserId: vendor.userId }] });

    await vendor.ok(CONFIRM, { id: order.id });
    await eventually(async () => !(await vendor.run(DISPATCH, { id: order.id })).errors?.length, { what: 'dispatch' });
    await eventually(async () => !(await vendor.run('mutation G($id: ID!) { generateDeliveryOtp(orderId: $id) { id } }', { id: order.id })).errors?.length, { what: 'an OTP' });
    const { order: seen } = await buyer.ok<{ order: { deliveryOtp: string; delivery: { id: string } } }>('query O($id: ID!) { order(id: $id) { deliveryOtp delivery { id } } }', {
      id: order.id,
    });
    const otp = await callSubgraph('vendors', OTP, { deliveryId: seen.delivery.id }, NOTIFICATIONS);
    expect(otp.body.data).toEqual({ deliveryOtpToSend: seen.deliveryOtp });
    expect((await callSubgraph('vendors', OTP, { deliveryId: randomUUID() }, NOTIFICATIONS)).body.data).toEqual({ deliveryOtpToSend: null });

    for (const [caller, code] of people(vendor.vendorId)) {
      expect(codesOf((await callSubgraph('identity', RECIPIENTS, { ids: [buyer.userId] }, caller)).body)).toEqual([code]);
      expect(codesOf((await callSubgraph('vendors', CONTACTS, { ids: [vendor.vendorId] }, caller)).body)).toEqual([code]);
      expect(codesOf((await callSubgraph('vendors', OTP, { deliveryId: seen.delivery.id }, caller)).body)).toEqual([code]);
      expect(codesOf((await callSubgraph('vendors', SUMMARY, { id: randomUUID() }, caller)).body)).toEqual([code]);
    }
  });

  test('do not exist through the gateway', async () => {
    const buyer = await newBuyer();
    for (const [query, variables] of [
      [RECIPIENTS, { ids: [buyer.userId] }],
      [CONTACTS, { ids: [randomUUID()] }],
      [OTP, { deliveryId: randomUUID() }],
      [SUMMARY, { id: randomUUID() }],
    ] as const) {
      const codes = errorCodes(await buyer.run(query, variables));
      expect(codes.length).toBeGreaterThan(0);
      expect(new Set(codes)).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
    }
  });
});

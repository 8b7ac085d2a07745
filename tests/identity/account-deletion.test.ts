import { randomUUID } from 'node:crypto';
import { newBuyer, newVendorUser, seededAdmin } from '../harness/actors.js';
import { signIn } from '../harness/auth.js';
import { callSubgraph } from '../harness/subgraph-direct.js';
import { eventually } from '../harness/eventually.js';
import { errorCodes, graphql } from '../harness/graphql-client.js';
import { CANCEL, placedOrder } from '../orders/order-helpers.js';
import { DISPUTE, OPEN, RESOLVE, paidFor, resolutionKey, uploadPhoto, vendorAndBuyer, type DisputeView } from '../disputes/dispute-helpers.js';
import { OPEN_TICKET, REPLY, TICKET, openInput, uploadAttachment, type TicketView } from '../support/support-helpers.js';
import { rowCountOf } from '../harness/subgraph-db.js';

const DELETE_ME = `mutation D($confirm: String!) { deleteMyAccount(confirm: $confirm) { id status fullName email phone } }`;
const ADMIN_DELETE = `mutation A($userId: ID!, $reason: String!) { adminDeleteUser(userId: $userId, reason: $reason) { id status fullName email phone } }`;
const USER = `query U($id: ID!) { user(id: $id) { id status fullName email phone buyerProfile { companyName gstin } } }`;
const ME = '{ me { id status } }';
const ERASED = '[erased: the buyer deleted their account]';
const ORDER = `query O($id: ID!) { order(id: $id) { id status closingReason statusHistory { toStatus actor note } buyer { id } deliveryAddress { contactName contactPhone city pincode } total { paise } } }`;

interface UserView {
  id: string;
  status: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  buyerProfile?: { companyName: string | null; gstin: string | null } | null;
}
interface OrderView {
  id: string;
  status: string;
  buyer: { id: string } | null;
  deliveryAddress: { contactName: string; contactPhone: string | null; city: string; pincode: string };
  total: { paise: number };
  closingReason: string | null;
  statusHistory: Array<{ toStatus: string; actor: string; note: string | null }>;
}

describe('a buyer deletes their account', () => {
  it('refused while an order is open; once it is closed their personal data is erased, they cannot sign in or use their token, and their orders stay visible to the vendor and admins, anonymised', async () => {
    const { buyer, vendor, order } = await placedOrder(2);
    const admin = await seededAdmin();
    const before = (await vendor.ok<{ order: OrderView }>(ORDER, { id: order.id })).order.deliveryAddress;
    expect(before.contactName).not.toBe('Deleted user');

    // Without the exact confirmation nothing happens.
    const unconfirmed = await buyer.run(DELETE_ME, { confirm: 'yes' });
    expect(errorCodes(unconfirmed)).toEqual(['BAD_USER_INPUT']);
    expect(unconfirmed.errors?.[0]?.extensions?.reason).toBe('CONFIRMATION_REQUIRED');
    expect((await buyer.ok<{ me: { status: string } }>(ME)).me.status).toBe('ACTIVE');

    // While the order runs the account stays (identity asks orders at the moment of deletion).
    const refused = await buyer.run(DELETE_ME, { confirm: 'DELETE' });
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ reason: 'OPEN_ORDERS', orderNumbers: [order.orderNumber] });
    expect((await buyer.ok<{ me: { status: string } }>(ME)).me.status).toBe('ACTIVE');

    await buyer.ok(CANCEL, { input: { orderId: order.id, reason: 'Not needed any more' } });
    const { deleteMyAccount } = await buyer.ok<{ deleteMyAccount: UserView }>(DELETE_ME, { confirm: 'DELETE' });
    expect(deleteMyAccount).toMatchObject({ id: buyer.userId, status: 'DELETED', fullName: 'Deleted user', email: null, phone: null });

    await expect(signIn(buyer.session.email, buyer.session.password)).rejects.toThrow(/EMAIL_NOT_FOUND|INVALID_LOGIN_CREDENTIALS/);
    await eventually(async () => errorCodes(await buyer.run(ME)).includes('UNAUTHENTICATED'), { what: 'the deleted user’s token to be refused' });

    const { user } = await admin.ok<{ user: UserView }>(USER, { id: buyer.userId });
    expect(user).toEqual({ id: buyer.userId, status: 'DELETED', fullName: 'Deleted user', email: null, phone: null, buyerProfile: { companyName: null, gstin: null } });

    // The order stays (GST records), with the contact copied onto it erased; the address lines stay.
    await eventually(async () => (await vendor.ok<{ order: OrderView }>(ORDER, { id: order.id })).order.deliveryAddress.contactName === 'Deleted user', {
      what: 'orders to anonymise the deleted buyer',
    });
    for (const reader of [vendor, admin]) {
      const seen = (await reader.ok<{ order: OrderView }>(ORDER, { id: order.id })).order;
      expect(seen).toMatchObject({ id: order.id, status: 'CANCELLED', total: { paise: order.total.paise }, deliveryAddress: { contactName: 'Deleted user', contactPhone: null, city: before.city, pincode: before.pincode } });
      // The reason the buyer typed when cancelling is their words: erased, the step itself stays.
      expect(seen.closingReason).toBe(ERASED);
      expect(seen.statusHistory.map((h) => [h.toStatus, h.actor, h.note])).toEqual([['PLACED', 'BUYER', null], ['CANCELLED', 'BUYER', ERASED]]);
    }
  });

  it('vendors and admins cannot delete their own account this way; anonymous callers are refused', async () => {
    const vendorUser = await newVendorUser();
    const refused = await vendorUser.run(DELETE_ME, { confirm: 'DELETE' });
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    expect(refused.errors?.[0]?.extensions?.reason).toBe('VENDOR_ACCOUNT');
    expect((await vendorUser.ok<{ me: { status: string } }>(ME)).me.status).toBe('ACTIVE');

    const admin = await seededAdmin();
    const adminRefused = await admin.run(DELETE_ME, { confirm: 'DELETE' });
    expect(errorCodes(adminRefused)).toEqual(['CONFLICT']);
    expect(adminRefused.errors?.[0]?.extensions?.reason).toBe('ADMIN_ACCOUNT');

    expect(errorCodes(await graphql(DELETE_ME, { confirm: 'DELETE' }))).toEqual(['UNAUTHENTICATED']);
  });
});

const CHECK = `query C($buyerId: ID!) { accountDeletionBlockersForService(buyerId: $buyerId) { openOrderNumbers openDisputeOrderNumbers } }`;

describe('the deletion check reads orders’ own tables', () => {
  it('an order open in orders refuses deletion even though no event ever said so (and identity keeps no copy of it)', async () => {
    const { buyer, order } = await placedOrder(1);
    await buyer.ok(CANCEL, { input: { orderId: order.id, reason: 'Ordered twice' } });
    // Back to CONFIRMED in orders' table only: no status event is recorded, so nothing downstream hears of it.
    expect(await rowCountOf('orders', `update orders set status = 'CONFIRMED' where id = $1`, [order.id])).toBe(1);
    const refused = await buyer.run(DELETE_ME, { confirm: 'DELETE' });
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ reason: 'OPEN_ORDERS', orderNumbers: [order.orderNumber] });
    expect((await buyer.ok<{ me: { status: string } }>(ME)).me.status).toBe('ACTIVE');
    // The check is for peer subgraphs only: a buyer calling orders directly (signed as the gateway would) is refused, and the API does not have it.
    const caller = { firebaseUid: buyer.session.firebaseUid, userId: buyer.userId, roles: ['BUYER' as const], vendorId: null, email: buyer.session.email, phone: null };
    const direct = await callSubgraph('orders', CHECK, { buyerId: buyer.userId }, caller);
    expect((direct.body.errors as Array<{ extensions?: { code?: string } }>)?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await buyer.run(CHECK, { buyerId: buyer.userId }))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    // identity's event-fed copies are gone (the migration dropped them).
    expect(await rowCountOf('identity', `select 1 from information_schema.tables where table_name in ('buyer_open_orders', 'buyer_open_disputes')`)).toBe(0);
  });
});

const EVIDENCE = `query E($id: ID!) { dispute(id: $id) { id evidence { mediaId providedBy url } } }`;
type Evidence = { dispute: { evidence: Array<{ mediaId: string; providedBy: string; url: string | null }> } };

describe('a buyer with a dispute and a support ticket', () => {
  it('cannot delete their account (nor can an admin) until the dispute is resolved; then their words in tickets and disputes are erased and their uploads deleted, while amounts, statuses and history stay', async () => {
    const { buyer, admin, order } = await vendorAndBuyer('Erasure Traders');
    const a = await order(2, 'COD');
    const photo = await uploadPhoto(buyer);
    const { openDispute } = await buyer.ok<{ openDispute: DisputeView }>(OPEN, {
      input: { orderId: a.id, type: 'DAMAGED', lines: [{ orderItemId: a.lineId, quantity: 1 }], amountClaimedPaise: paidFor(a, 1), description: 'One bag split open; call Ravi on 98450 12345.', evidenceMediaIds: [photo] },
    });

    for (const attempt of [() => buyer.run(DELETE_ME, { confirm: 'DELETE' }), () => admin.run(ADMIN_DELETE, { userId: buyer.userId, reason: 'Buyer asked by email' })]) {
      const refused = await attempt();
      expect(errorCodes(refused)).toEqual(['CONFLICT']);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ reason: 'OPEN_DISPUTE', orderNumbers: [a.orderNumber] });
    }
    expect((await buyer.ok<{ me: { status: string } }>(ME)).me.status).toBe('ACTIVE');

    // A ticket with an attachment, and support's answer (support's words are not the buyer's and stay).
    const file = await uploadAttachment(buyer);
    const { openSupportTicket: ticket } = await buyer.ok<{ openSupportTicket: TicketView }>(OPEN_TICKET, openInput({ orderId: a.id, subject: 'Split bag from Erasure Traders', body: 'My site is at 12 Rose Lane; Ravi will meet you.', attachmentIds: [file] }));
    const reply = 'We have asked the vendor to check the batch.';
    await admin.ok(REPLY, { input: { ticketId: ticket.id, body: reply } });
    const before = (await admin.ok<{ supportTicket: TicketView }>(TICKET, { id: ticket.id })).supportTicket;
    const attachmentUrl = before.messages[0]!.attachments[0]!.url!;
    const evidenceUrl = (await admin.ok<Evidence>(EVIDENCE, { id: openDispute.id })).dispute.evidence[0]!.url!;
    for (const url of [attachmentUrl, evidenceUrl]) expect((await fetch(url)).status).toBe(200);

    // Resolved (an open ticket does not hold the account): deletion goes through.
    const reason = 'Photo shows a bag torn by the buyer’s crane.';
    await admin.ok(RESOLVE, { id: openDispute.id, input: { outcome: 'REJECTED', reason, idempotencyKey: resolutionKey() } });
    const decided = (await admin.ok<{ dispute: DisputeView }>(DISPUTE, { id: openDispute.id })).dispute;
    expect((await buyer.ok<{ deleteMyAccount: UserView }>(DELETE_ME, { confirm: 'DELETE' })).deleteMyAccount.status).toBe('DELETED');

    // orders erases the buyer's words; integrations deletes their files.
    const ticketAfter = await eventually(
      async () => {
        const seen = (await admin.ok<{ supportTicket: TicketView }>(TICKET, { id: ticket.id })).supportTicket;
        return seen.subject === ERASED && seen.messages[0]!.attachments[0]!.url === null ? seen : undefined;
      },
      { what: 'the ticket to be erased and its attachment gone' },
    );
    expect(ticketAfter).toMatchObject({ status: before.status, category: before.category, priority: before.priority, openerRole: 'BUYER', messageCount: before.messageCount });
    expect(ticketAfter.messages.map((m) => [m.authorRole, m.body])).toEqual([['BUYER', ERASED], ['ADMIN', reply]]);
    expect(ticketAfter.messages[0]!.attachments).toEqual([{ mediaId: file, contentType: 'application/pdf', url: null }]);

    const disputeAfter = await eventually(
      async () => {
        const seen = (await admin.ok<{ dispute: DisputeView }>(DISPUTE, { id: openDispute.id })).dispute;
        return seen.description === ERASED ? seen : undefined;
      },
      { what: 'the dispute to be erased' },
    );
    // Everything but the buyer's words is as it was: amounts, status, outcome, lines, evidence ids, the admin's reason, the steps.
    expect(disputeAfter).toEqual({
      ...decided,
      description: ERASED,
      history: decided.history.map((h) => (h.actor === 'BUYER' ? { ...h, note: ERASED } : h)),
    });
    expect(disputeAfter.history.map((h) => [h.step, h.actor, h.note])).toEqual([['OPENED', 'BUYER', ERASED], ['RESOLVED', 'ADMIN', `REJECTED: ${reason}`]]);
    const evidence = await eventually(
      async () => {
        const seen = (await admin.ok<Evidence>(EVIDENCE, { id: openDispute.id })).dispute.evidence;
        return seen[0]?.url === null ? seen : undefined;
      },
      { what: 'the evidence link to be gone' },
    );
    expect(evidence).toEqual([{ mediaId: photo, providedBy: 'BUYER', url: null }]);

    // The stored objects are gone (the links signed before still verify, and find nothing), and the files read as deleted.
    for (const url of [attachmentUrl, evidenceUrl]) expect((await fetch(url)).status).toBe(404);
    for (const id of [photo, file]) expect(errorCodes(await admin.run(`query M($id: ID!) { media(id: $id) { id } }`, { id }))).toEqual(['NOT_FOUND']);
    expect(await rowCountOf('integrations', `select 1 from media_files where id = any($1::uuid[]) and status = 'DELETED' and deleted_at is not null`, [[photo, file]])).toBe(2);

    // Delivered again (events are at least once): applied again, with the same result.
    const again = randomUUID();
    await rowCountOf('identity', `insert into outbox_events (id, type, payload, occurred_at) values ($1, 'UserDeleted', $2, now())`, [again, JSON.stringify({ userId: buyer.userId, userType: 'BUYER', deletedAt: new Date().toISOString() })]);
    await eventually(async () => (await rowCountOf('orders', `select 1 from processed_events where event_id = $1 and handler = 'anonymise-deleted-buyer-orders'`, [again])) === 1, {
      what: 'orders to apply the redelivered UserDeleted',
    });
    expect((await admin.ok<{ supportTicket: TicketView }>(TICKET, { id: ticket.id })).supportTicket).toMatchObject({ subject: ERASED, messages: ticketAfter.messages });
    expect((await admin.ok<{ dispute: DisputeView }>(DISPUTE, { id: openDispute.id })).dispute).toEqual(disputeAfter);
  });
});

describe('admins delete accounts', () => {
  it('an admin deletes a buyer’s account with a reason; the buyer can no longer sign in', async () => {
    const admin = await seededAdmin();
    const buyer = await newBuyer('Requested Erasure');
    const { adminDeleteUser } = await admin.ok<{ adminDeleteUser: UserView }>(ADMIN_DELETE, { userId: buyer.userId, reason: 'Erasure request by email' });
    expect(adminDeleteUser).toMatchObject({ status: 'DELETED', fullName: 'Deleted user', email: null });
    await expect(signIn(buyer.session.email, buyer.session.password)).rejects.toThrow(/EMAIL_NOT_FOUND|INVALID_LOGIN_CREDENTIALS/);
    // Deleting again returns the same deleted account.
    expect((await admin.ok<{ adminDeleteUser: UserView }>(ADMIN_DELETE, { userId: buyer.userId, reason: 'Second click' })).adminDeleteUser.status).toBe('DELETED');
  });

  it('refuses vendors (settlements owed), the admin themself and bad input; buyers, vendors and anonymous callers cannot delete others', async () => {
    const admin = await seededAdmin();
    const { me } = await admin.ok<{ me: { id: string } }>(ME);
    const vendorUser = await newVendorUser();
    const buyer = await newBuyer('Not Deleted');

    const vendorRefused = await admin.run(ADMIN_DELETE, { userId: vendorUser.userId, reason: 'Closing the shop' });
    expect(errorCodes(vendorRefused)).toEqual(['CONFLICT']);
    expect(vendorRefused.errors?.[0]?.extensions?.reason).toBe('VENDOR_ACCOUNT');
    expect(errorCodes(await admin.run(ADMIN_DELETE, { userId: me.id, reason: 'Leaving the company' }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await admin.run(ADMIN_DELETE, { userId: buyer.userId, reason: 'x' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await admin.run(ADMIN_DELETE, { userId: 'nope', reason: 'Erasure request' }))).toEqual(['BAD_USER_INPUT']);

    for (const actor of [buyer, vendorUser]) {
      expect(errorCodes(await actor.run(ADMIN_DELETE, { userId: buyer.userId, reason: 'Erasure request' }))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await graphql(ADMIN_DELETE, { userId: buyer.userId, reason: 'Erasure request' }))).toEqual(['UNAUTHENTICATED']);
    expect((await buyer.ok<{ me: { status: string } }>(ME)).me.status).toBe('ACTIVE');
    expect((await vendorUser.ok<{ me: { status: string } }>(ME)).me.status).toBe('ACTIVE');
  });
});

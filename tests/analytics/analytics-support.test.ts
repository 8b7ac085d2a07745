import { eventually } from '../harness/eventually.js';
import { liveClient, subscribe } from '../harness/live-client.js';
import { OPEN, RESOLVE, paidFor, resolutionKey, vendorAndBuyer } from '../disputes/dispute-helpers.js';
import { OPEN_TICKET, REPLY, SET_PRIORITY, SET_STATUS, openInput, type TicketView } from '../support/support-helpers.js';
import { DASHBOARD, aroundToday, indiaDayOf } from './analytics-helpers.js';
import { aloneOnTheStack } from '../harness/suite-lock.js';

aloneOnTheStack('The support figures and open tickets are the whole marketplace’s, compared by exact deltas.');

const SUPPORT = `query S($range: AnalyticsRange!) { supportAnalytics(range: $range) {
  openTickets ticketsOpened ticketsResolved ticketsReopened slaBreaches firstResponses firstResponseP50Seconds firstResponseP90Seconds
  disputesOpened deliveredOrders disputeRate disputesResolved outcomes { outcome count refundApprovedPaise } disputeRefundApprovedPaise disputeRefundedPaise } }`;
const LIVE = `subscription { dashboardUpdated { date openSupportTickets } }`;

interface Support {
  openTickets: number;
  ticketsOpened: number;
  ticketsResolved: number;
  ticketsReopened: number;
  slaBreaches: number;
  firstResponses: number;
  firstResponseP50Seconds: number | null;
  disputesOpened: number;
  deliveredOrders: number;
  disputeRate: number | null;
  disputesResolved: number;
  outcomes: Array<{ outcome: string; count: number; refundApprovedPaise: number }>;
  disputeRefundApprovedPaise: number;
  disputeRefundedPaise: number;
}
type Live = { dashboardUpdated: { date: string; openSupportTickets: number } };

const rejected = (s: Support) => s.outcomes.find((o) => o.outcome === 'REJECTED')!.count;

describe('analytics: support tickets and disputes', () => {
  it('a ticket and a dispute move the admin’s support figures by exactly themselves; the open-ticket count goes live; buyers and vendors are FORBIDDEN', async () => {
    const range = aroundToday();
    const { vendor, buyer, admin, order } = await vendorAndBuyer('Support Figures Traders');
    const delivered = await order(2, 'COD');
    const read = async () => (await admin.ok<{ supportAnalytics: Support }>(SUPPORT, { range })).supportAnalytics;
    const openNow = async () => (await admin.ok<{ dashboardKpis: { openSupportTickets: number } }>(DASHBOARD, {})).dashboardKpis.openSupportTickets;
    // The delivery above is counted (the fresh vendor's one delivery) before the baseline is taken.
    await eventually(async () => {
      const { fulfilmentAnalytics } = await admin.ok<{ fulfilmentAnalytics: { delivered: number } }>(
        `query F($range: AnalyticsRange!, $v: ID) { fulfilmentAnalytics(range: $range, vendorId: $v) { delivered } }`,
        { range, v: vendor.vendorId },
      );
      return fulfilmentAnalytics.delivered === 1 ? true : undefined;
    }, { what: 'the delivery counted' });
    const before = await read();

    const client = liveClient(admin.token);
    try {
      const sub = subscribe<Live>(client, LIVE);
      await sub.untilLive({ type: 'DashboardKpisChanged', keys: { date: indiaDayOf() } });

      // A ticket: open, made URGENT (due at once in the e2e stack), answered late, resolved.
      const { openSupportTicket: ticket } = await buyer.ok<{ openSupportTicket: TicketView }>(OPEN_TICKET, openInput());
      const opened = await eventually(async () => {
        const s = await read();
        return s.ticketsOpened === before.ticketsOpened + 1 && s.openTickets === before.openTickets + 1 ? s : undefined;
      }, { what: 'the ticket counted' });
      expect(await openNow()).toBe(opened.openTickets);
      const update = await sub.waitFor((u) => u.dashboardUpdated.openSupportTickets === before.openTickets + 1, 30_000);
      expect(update.dashboardUpdated.date).toBe(indiaDayOf());

      await admin.ok(SET_PRIORITY, { input: { ticketId: ticket.id, priority: 'URGENT' } });
      await admin.ok(REPLY, { input: { ticketId: ticket.id, body: 'Looking into it now.' } });
      await admin.ok(SET_STATUS, { input: { ticketId: ticket.id, status: 'RESOLVED' } });

      // A dispute on the delivered order, rejected.
      const { openDispute } = await buyer.ok<{ openDispute: { id: string } }>(OPEN, {
        input: { orderId: delivered.id, type: 'QUALITY', lines: [{ orderItemId: delivered.lineId, quantity: 1 }], amountClaimedPaise: paidFor(delivered, 1), description: 'The cement set lumpy in the bag.' },
      });
      await admin.ok(RESOLVE, { id: openDispute.id, input: { outcome: 'REJECTED', reason: 'Batch test certificate is in order.', idempotencyKey: resolutionKey() } });

      const after = await eventually(async () => {
        const s = await read();
        return s.ticketsResolved === before.ticketsResolved + 1 && s.firstResponses === before.firstResponses + 1 && rejected(s) === rejected(before) + 1 && s.openTickets === before.openTickets ? s : undefined;
      }, { what: 'the resolution and the dispute counted' });
      expect(after).toMatchObject({
        ticketsOpened: before.ticketsOpened + 1,
        ticketsReopened: before.ticketsReopened,
        slaBreaches: before.slaBreaches + 1,
        disputesOpened: before.disputesOpened + 1,
        deliveredOrders: before.deliveredOrders,
        disputesResolved: before.disputesResolved + 1,
        disputeRefundApprovedPaise: before.disputeRefundApprovedPaise,
        disputeRefundedPaise: before.disputeRefundedPaise,
      });
      expect(after.disputeRate).toBeCloseTo((before.disputesOpened + 1) / before.deliveredOrders, 10);
      expect(after.firstResponseP50Seconds).not.toBeNull();
      expect(await openNow()).toBe(before.openTickets);
      await sub.waitFor((u) => u.dashboardUpdated.openSupportTickets === before.openTickets, 30_000);
      expect(sub.errors).toEqual([]);
      sub.unsubscribe();
    } finally {
      await client.dispose();
    }

    for (const outsider of [buyer, vendor]) {
      const denied = await outsider.run(SUPPORT, { range });
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

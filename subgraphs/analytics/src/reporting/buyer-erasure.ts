import type { EntityManager } from '@mikro-orm/postgresql';
import { on, type EventSubscription } from '@realserv/platform';
import { OrderCancelled, UserDeleted } from '@realserv/contracts';
import { indiaDay } from './analytics-calendar.js';
import { closingReasonKey } from './read-model-projector.js';
import { closingReasonRows, sqlOf, upsert } from './read-model-sql.js';

/** What orders writes in place of a deleted buyer's words (orders' ERASED_TEXT, docs/account-deletion.md). */
export const ERASED_REASON = '[erased: the buyer deleted their account]';

/** Closing events: the first one counted for an order is the one the read models counted (orderClosed). */
const CLOSING_EVENTS = ['OrderCancelled', 'OrderRejected'];

interface ErasedCancellation {
  event_id: string;
  occurred_at: Date | string;
  vendor_id: string;
  reason: string;
  counted: boolean;
}

/**
 * A buyer deleted their account (identity): the reason they typed when they cancelled an order
 * is kept by analytics twice, in the `counted_events` log (the cancellation's payload, which a
 * rebuild replays) and as the key of `daily_closing_reasons` and its month roll-up. Each of
 * their cancellations moves its count from its reason to ERASED_REASON (same day, vendor and
 * outcome; rows left at 0 are deleted) and its logged payload gets ERASED_REASON, so a later
 * `rebuildAnalytics` gives the same figures. In the bus's transaction with its inbox row; a
 * payload already erased is skipped, so a redelivered (or re-sent) UserDeleted changes nothing.
 * docs/analytics.md, "Deleted buyers".
 */
export const buyerErasureSubscriptions: EventSubscription[] = [
  on(UserDeleted, 'erase-deleted-buyer-reasons', async (event, em) => {
    if (event.payload.userType !== 'BUYER') return;
    await eraseCancellationReasons(em, event.payload.userId);
  }),
];

/** Three statements however many cancellations: read them, move the counts and rewrite the log, drop the empty rows. */
export async function eraseCancellationReasons(em: EntityManager, buyerId: string): Promise<number> {
  const sql = sqlOf(em);
  // Locked, so a concurrent rebuild (which locks counted_events) or a second delivery waits for this one.
  const rows = await sql.execute<ErasedCancellation>(
    `select e.event_id, e.occurred_at, f.vendor_id, e.payload->>'reason' as reason,
            not exists (select 1 from counted_events p
                         where p.type = any(string_to_array(?, ',')) and p.payload->>'orderId' = e.payload->>'orderId'
                           and (p.occurred_at, p.event_id) < (e.occurred_at, e.event_id)) as counted
       from counted_events e join order_facts f on f.order_id = (e.payload->>'orderId')::uuid
      where e.type = ? and e.payload->>'buyerId' = ? and e.payload->>'actor' = 'BUYER'
        and e.payload->>'reason' is not null and e.payload->>'reason' <> ?
      for update of e`,
    [CLOSING_EVENTS.join(','), OrderCancelled.name, buyerId, ERASED_REASON],
  );
  if (rows.length === 0) return 0;
  const moved = rows.filter((r) => r.counted && closingReasonKey(r.reason) !== closingReasonKey(ERASED_REASON));
  const deltas = moved.flatMap((r) => {
    const at = { day: indiaDay(r.occurred_at), vendorId: r.vendor_id, outcome: 'CANCELLED' };
    return [
      { ...at, reason: closingReasonKey(r.reason), orders: -1 },
      { ...at, reason: closingReasonKey(ERASED_REASON), orders: 1 },
    ];
  });
  await upsert(sql, closingReasonRows(deltas), {
    text: `update counted_events set payload = jsonb_set(payload, '{reason}', to_jsonb(?::text))
            where event_id in (select value::uuid from jsonb_array_elements_text(?::jsonb))`,
    params: [ERASED_REASON, JSON.stringify(rows.map((r) => r.event_id))],
  });
  if (moved.length > 0) {
    const reasons = JSON.stringify([...new Set(moved.map((r) => closingReasonKey(r.reason)))]);
    await sql.execute(
      `with d as (delete from daily_closing_reasons where orders = 0 and reason in (select jsonb_array_elements_text(?::jsonb)))
       delete from closing_reason_rollups where orders = 0 and reason in (select jsonb_array_elements_text(?::jsonb))`,
      [reasons, reasons],
    );
  }
  return rows.length;
}

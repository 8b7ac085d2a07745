import type { MikroORM } from '@mikro-orm/postgresql';
import { CountedEvent } from './event-log.entity.js';
import type { Counting } from './read-model-handlers.js';
import type { EventContract } from '@realserv/platform';
import { ReadModelWrites, sqlOf } from './read-model-sql.js';

/** The read models a rebuild empties and refills (everything but the log and the inbox). */
export const READ_MODEL_TABLES = [
  'order_facts',
  'daily_sales',
  'sales_rollups',
  'vendor_buyer_days',
  'daily_payments',
  'daily_payment_failures',
  'daily_fulfilment',
  'fulfilment_rollups',
  'daily_closing_reasons',
  'closing_reason_rollups',
  'duration_buckets',
  'duration_bucket_rollups',
  'vendor_facts',
  'daily_vendor_funnel',
  'daily_settlements',
  'daily_support',
  'daily_dispute_outcomes',
  'ticket_facts',
];

/** Log rows replayed per page (flushed and cleared between pages, so memory stays flat). */
const PAGE = 500;

/**
 * Replays the `counted_events` log, oldest first, through the same projector the handlers use,
 * into emptied read models, in ONE transaction: the tables are locked EXCLUSIVE (readers go on
 * reading the old figures under MVCC; handlers wait), emptied with DELETE (not TRUNCATE, which
 * would block readers too) and refilled; the commit swaps old for new at once. A handler that
 * waited applies its event on top of the rebuilt figures (its log row was not visible to the
 * replay, so it is counted exactly once). The week/month roll-ups are emptied and refilled with
 * their day tables (the same statements write both).
 */
export class AnalyticsRebuild {
  constructor(
    private readonly orm: MikroORM,
    private readonly countings: Array<Counting<EventContract>>,
  ) {}

  async rebuild(): Promise<{ replayedEvents: number }> {
    const byType = new Map(this.countings.map((c) => [c.contract.name, c]));
    return this.orm.em.fork().transactional(async (em) => {
      const execute = (sql: string, params: unknown[] = []) => em.getConnection().execute(sql, params, 'run', em.getTransactionContext());
      await execute(`lock table ${READ_MODEL_TABLES.join(', ')}, counted_events in exclusive mode`);
      for (const table of READ_MODEL_TABLES) await execute(`delete from ${table}`);
      let replayed = 0;
      let after: { occurredAt: Date; eventId: string } | null = null;
      for (;;) {
        const page: CountedEvent[] = await em.find(
          CountedEvent,
          after ? { $or: [{ occurredAt: { $gt: after.occurredAt } }, { occurredAt: after.occurredAt, eventId: { $gt: after.eventId } }] } : {},
          { orderBy: { occurredAt: 'asc', eventId: 'asc' }, limit: PAGE },
        );
        for (const logged of page) {
          const counting = byType.get(logged.type);
          if (!counting) continue;
          const writes = new ReadModelWrites();
          await counting.apply(em, writes, { occurredAt: logged.occurredAt.toISOString(), payload: logged.payload as never }, logged.facts);
          await writes.send(sqlOf(em));
          replayed += 1;
        }
        await em.flush();
        if (page.length < PAGE) break;
        const last = page[page.length - 1]!;
        after = { occurredAt: last.occurredAt, eventId: last.eventId };
        em.clear();
      }
      return { replayedEvents: replayed };
    });
  }
}

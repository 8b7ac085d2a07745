import { randomUUID } from 'node:crypto';
import { createRequestContext, type Logger, type ScheduledJob } from '@realserv/platform';
import type { SettlementService } from './settlement.service.js';
import { WEEKLY_SETTLEMENT_CRON, WEEKLY_SETTLEMENT_JOB, WEEKLY_SETTLEMENT_TZ } from './settlement-schedule.js';

/**
 * Every Monday 02:00 India time (pg-boss cron): settles the week that just ended for every vendor,
 * through SettlementService.runWeekly, which runWeeklySettlements (admins) also calls. A retry or a
 * second run settles nobody twice; vendors that fail are logged and reported, the others settled.
 */
export function weeklySettlementJob(settlements: SettlementService, log: Logger): ScheduledJob {
  return {
    name: WEEKLY_SETTLEMENT_JOB,
    cron: WEEKLY_SETTLEMENT_CRON,
    tz: WEEKLY_SETTLEMENT_TZ,
    run: async (em) => {
      const requestId = `weekly-settlements-${randomUUID()}`;
      const ctx = createRequestContext({ caller: null, requestId, log: log.child({ requestId }), em });
      const { failures } = await settlements.runWeekly(ctx);
      if (failures.length) log.warn({ requestId, failures }, 'weekly settlements: some vendors were not settled; fix the cause and run the week again (runWeeklySettlements)');
    },
  };
}

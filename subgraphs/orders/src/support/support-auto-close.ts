import type { Logger, ScheduledJob } from '@realserv/platform';
import type { SupportTicketService } from './support-ticket.service.js';

/**
 * Every hour (pg-boss cron, one run per occurrence for all instances): tickets RESOLVED longer
 * than the 7-day reopen window are closed (SupportTicketService.closeResolvedPastReopenWindow),
 * as support would close them by hand. A retry or an overlapping run closes nothing twice.
 */
export const SUPPORT_AUTO_CLOSE_JOB = 'support-auto-close';
export const SUPPORT_AUTO_CLOSE_CRON = '20 * * * *';
export const SUPPORT_AUTO_CLOSE_TZ = 'Asia/Kolkata';

export function supportAutoCloseJob(tickets: Pick<SupportTicketService, 'closeResolvedPastReopenWindow'>, log: Pick<Logger, 'info'>): ScheduledJob {
  return {
    name: SUPPORT_AUTO_CLOSE_JOB,
    cron: SUPPORT_AUTO_CLOSE_CRON,
    tz: SUPPORT_AUTO_CLOSE_TZ,
    run: async (em) => {
      const closed = await tickets.closeResolvedPastReopenWindow(em);
      if (closed.length) log.info({ closed: closed.length }, 'support tickets closed after their 7-day reopen window');
    },
  };
}

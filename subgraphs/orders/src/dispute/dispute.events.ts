import { on, type BackgroundJob, type EventSubscription, type Logger } from '@realserv/platform';
import { RefundFailed, RefundProcessed } from '@realserv/contracts';
import type { DisputeService } from './dispute.service.js';

/** Orders remembers every processed refund (claims never exceed what is left), closes the dispute a refund was for, and shows a refused one. */
export function disputeSubscriptions(disputes: DisputeService): EventSubscription[] {
  return [
    on(RefundProcessed, 'record-refund-for-disputes', (event, em) => disputes.recordRefund(event, em)),
    // Razorpay refused a dispute's refund: the dispute shows it and an admin can record a manual payout.
    on(RefundFailed, 'record-refund-failure-for-disputes', (event, em) => disputes.recordRefundFailure(event, em)),
  ];
}

/**
 * Vendors have 48 hours to respond; the job moves silent ones to an admin every `everySeconds`
 * (0: never; admins can still run it with `escalateOverdueDisputes`). Safe on every instance at
 * once: each dispute is re-checked under its row lock.
 */
export function disputeEscalationJob(disputes: Pick<DisputeService, 'escalateOverdue'>, everySeconds: number, log: Logger): BackgroundJob {
  return {
    name: 'dispute escalation',
    everySeconds,
    run: async (em) => {
      const escalated = await disputes.escalateOverdue(em);
      if (escalated.length) log.info({ escalated: escalated.length }, 'disputes moved to an admin after 48 hours without a vendor response');
    },
  };
}

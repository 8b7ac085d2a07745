import type { BackgroundJob, Logger } from '@realserv/platform';
import type { PaymentService } from './payment.service.js';

/**
 * Runs the reconciliation with Razorpay every `everySeconds` (PAYMENT_RECONCILE_SECONDS, 300 by
 * default; 0 turns the timer off, admins can still run `reconcilePayments`). Webhooks can be
 * lost and API answers can time out; this is what eventually settles every PENDING refund and
 * every unpaid checkout. Safe on every instance at once: each change is re-checked under the
 * payment's row lock and refunds are re-sent only with their own idempotency key.
 */
export function paymentReconcileJob(payments: PaymentService, everySeconds: number, log: Logger): BackgroundJob {
  return {
    name: 'payment reconciliation',
    everySeconds,
    run: async (em) => {
      const report = await payments.reconcile(em);
      if (report.refundsSettled || report.paymentsCaptured || report.unmatchedPaymentsRefunded || report.failures) {
        log.info({ report }, 'payments reconciled with Razorpay');
      }
    },
  };
}

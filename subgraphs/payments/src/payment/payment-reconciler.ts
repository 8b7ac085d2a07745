import type { SubgraphRuntime } from '@realserv/platform';
import type { PaymentService } from './payment.service.js';

/**
 * Runs the reconciliation with Razorpay every `everySeconds` (PAYMENT_RECONCILE_SECONDS, 300 by
 * default; 0 turns the timer off, admins can still run `reconcilePayments`). Webhooks can be
 * lost and API answers can time out; this is what eventually settles every PENDING refund and
 * every unpaid checkout. Safe on every instance at once: each change is re-checked under the
 * payment's row lock and refunds are re-sent only with their own idempotency key.
 */
export function startPaymentReconciler(runtime: SubgraphRuntime, payments: PaymentService, everySeconds: number): void {
  if (everySeconds <= 0) return;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    payments
      .reconcile(runtime.orm.em.fork())
      .then((report) => {
        if (report.refundsSettled || report.paymentsCaptured || report.unmatchedPaymentsRefunded || report.failures) {
          runtime.log.info({ report }, 'payments reconciled with Razorpay');
        }
      })
      .catch((error: unknown) => runtime.log.error({ err: error }, 'payment reconciliation failed; will retry'))
      .finally(() => {
        running = false;
      });
  }, everySeconds * 1000);
  timer.unref();
}

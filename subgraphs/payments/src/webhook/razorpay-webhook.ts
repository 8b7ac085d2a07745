import express, { type Router } from 'express';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, recordEvent, type DomainEvent, type SubgraphRuntime } from '@realserv/platform';
import { RazorpayWebhookReceived } from '@realserv/contracts';
import { RazorpayError, verifyWebhookSignature, type RazorpayWebhookEnvelope } from '../razorpay/index.js';
import { isFinalRazorpayError, realservRefundIdOf } from '../payment/refund-rules.js';
import { PaymentWebhook } from '../payment/payment.entities.js';
import type { PaymentService } from '../payment/payment.service.js';

/**
 * POST /webhooks/razorpay. Razorpay disables a webhook that does not answer 2xx within 5 s, so
 * this only verifies, records and acknowledges: the signature over the raw body first (nothing
 * is parsed or looked up before that), then the event id deduplicates (replays answer 200 and
 * change nothing), and the work happens in a queued handler.
 */
export function razorpayWebhookRoute(router: Router, runtime: SubgraphRuntime, webhookSecret: string): void {
  router.post('/webhooks/razorpay', express.raw({ type: '*/*', limit: '256kb' }), async (req, res) => {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.from('');
    const signature = req.header('x-razorpay-signature') ?? '';
    const eventId = req.header('x-razorpay-event-id') ?? '';
    if (!verifyWebhookSignature(raw, signature, webhookSecret)) {
      runtime.log.warn({ eventId }, 'razorpay webhook with a bad signature refused');
      res.status(400).json({ error: 'invalid signature' });
      return;
    }
    if (!/^[A-Za-z0-9_-]{6,64}$/.test(eventId)) {
      res.status(400).json({ error: 'missing x-razorpay-event-id' });
      return;
    }
    let envelope: RazorpayWebhookEnvelope;
    try {
      envelope = JSON.parse(raw.toString('utf8')) as RazorpayWebhookEnvelope;
    } catch {
      res.status(400).json({ error: 'body is not JSON' });
      return;
    }
    try {
      await runtime.orm.em.fork().transactional(async (em) => {
        const webhook = em.create(PaymentWebhook, {
          eventId,
          eventType: String(envelope.event),
          payload: envelope as unknown as Record<string, unknown>,
          signatureVerified: true,
        });
        recordEvent(em, RazorpayWebhookReceived, { webhookId: webhook.id, eventId });
      });
      res.status(200).json({ status: 'accepted' });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        res.status(200).json({ status: 'duplicate' });
        return;
      }
      runtime.log.error({ err: error, eventId }, 'could not record razorpay webhook');
      res.status(500).json({ error: 'try again' });
    }
  });
}

/**
 * The queued half: applies one recorded webhook to the payment it concerns. A webhook that can
 * never be applied (a domain rule refuses it, e.g. its payment already paid another order) is
 * recorded as failed, with the reason, and the job completes: retrying it would fail the same
 * way (a poison message). Only transient errors (database, Razorpay unreachable) are retried.
 */
export function processWebhook(payments: PaymentService) {
  return async (event: DomainEvent<{ webhookId: string }>, em: EntityManager): Promise<void> => {
    const webhook = await em.findOne(PaymentWebhook, { id: event.payload.webhookId });
    if (!webhook || webhook.processedAt) return;
    const envelope = webhook.payload as unknown as RazorpayWebhookEnvelope;
    let outcome: string;
    try {
      outcome = await applyWebhook(payments, em, envelope);
    } catch (error) {
      if (error instanceof DomainError) {
        const reason = typeof error.details?.reason === 'string' ? `${error.details.reason}: ` : '';
        webhook.error = `${reason}${error.message}`;
      } else if (error instanceof RazorpayError && isFinalRazorpayError(error.statusCode)) {
        // Razorpay itself refuses what the webhook names (e.g. an id it does not know).
        webhook.error = `RAZORPAY_${error.code}: ${error.description}`;
      } else {
        throw error;
      }
      outcome = 'failed';
    }
    webhook.processedAt = new Date();
    webhook.outcome = outcome;
  };
}

async function applyWebhook(payments: PaymentService, em: EntityManager, envelope: RazorpayWebhookEnvelope): Promise<string> {
  const rzpPayment = envelope.payload?.payment?.entity;
  const rzpRefund = envelope.payload?.refund?.entity;
  switch (envelope.event) {
    case 'payment.captured':
    case 'order.paid': {
      const payment = rzpPayment?.order_id ? await payments.paymentForRazorpayOrder(em, rzpPayment.order_id) : null;
      if (!payment || !rzpPayment) return 'unknown order';
      if (rzpPayment.amount !== payment.amountPaise || rzpPayment.currency !== 'INR') {
        // Never captured for the order; the buyer's money goes back and a new checkout opens.
        const refund = await payments.refundUnmatchedPayment(em, payment.id, rzpPayment.id, `Paid ${rzpPayment.amount} paise for order ${payment.orderNumber}, which costs ${payment.amountPaise} paise`);
        return refund ? 'amount mismatch: refunded' : 'amount mismatch: not captured';
      }
      if (payment.capturedAt && payment.razorpayPaymentId !== rzpPayment.id) {
        const refund = await payments.refundUnmatchedPayment(em, payment.id, rzpPayment.id, `A second payment for order ${payment.orderNumber}, which was already paid`);
        return refund ? 'second payment: refunded' : 'second payment: ignored';
      }
      await payments.capture(em, payment.id, rzpPayment.id, rzpPayment.amount, 'WEBHOOK');
      return 'captured';
    }
    case 'payment.failed': {
      const payment = rzpPayment?.order_id ? await payments.paymentForRazorpayOrder(em, rzpPayment.order_id) : null;
      if (!payment || !rzpPayment) return 'ignored';
      await payments.markFailed(em, payment.id, rzpPayment.error_description ?? 'Payment failed', rzpPayment.id);
      return 'failed';
    }
    case 'refund.created':
    case 'refund.processed':
    case 'refund.failed': {
      if (!rzpRefund) return 'ignored';
      // refund.created carries the refund's state then (usually pending; instant refunds may be processed already).
      const status = envelope.event === 'refund.processed' ? 'processed' : envelope.event === 'refund.failed' ? 'failed' : rzpRefund.status;
      // Matched by Razorpay id, then by the id our own refunds carry in notes (the webhook may beat the API reply), else a dashboard refund.
      await payments.recordRefundOutcome(em, rzpRefund.id, rzpRefund.payment_id, rzpRefund.amount, status, { refundId: realservRefundIdOf(rzpRefund) });
      return envelope.event;
    }
    default:
      return 'ignored';
  }
}

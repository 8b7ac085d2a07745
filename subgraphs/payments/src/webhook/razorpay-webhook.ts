import express, { type Router } from 'express';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, type DomainEvent, type EventBus, type SubgraphRuntime } from '@realserv/platform';
import { verifyWebhookSignature, type RazorpayWebhookEnvelope } from '../razorpay/index.js';
import { Payment, PaymentWebhook } from '../payment/payment.entities.js';
import type { PaymentService } from '../payment/payment.service.js';

/**
 * POST /webhooks/razorpay. Razorpay disables a webhook that does not answer 2xx within 5 s, so
 * this only verifies, records and acknowledges: the signature over the raw body first (nothing
 * is parsed or looked up before that), then the event id deduplicates (replays answer 200 and
 * change nothing), and the work happens in a queued handler.
 */
export function razorpayWebhookRoute(router: Router, runtime: SubgraphRuntime, webhookSecret: string, events: EventBus | null): void {
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
        recordEvent(em, 'RazorpayWebhookReceived', { webhookId: webhook.id, eventId });
      });
      events?.kick();
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

/** The queued half: applies one recorded webhook to the payment it concerns. */
export function processWebhook(payments: PaymentService) {
  return async (event: DomainEvent<{ webhookId: string }>, em: EntityManager): Promise<void> => {
    const webhook = await em.findOne(PaymentWebhook, { id: event.payload.webhookId });
    if (!webhook || webhook.processedAt) return;
    const envelope = webhook.payload as unknown as RazorpayWebhookEnvelope;
    const rzpPayment = envelope.payload.payment?.entity;
    const rzpRefund = envelope.payload.refund?.entity;
    let outcome = 'ignored';
    switch (envelope.event) {
      case 'payment.captured':
      case 'order.paid': {
        const payment = rzpPayment?.order_id ? await em.findOne(Payment, { razorpayOrderId: rzpPayment.order_id }) : null;
        if (!payment || !rzpPayment) {
          outcome = 'unknown order';
          break;
        }
        if (rzpPayment.amount !== payment.amountPaise) {
          outcome = 'amount mismatch: not captured';
          break;
        }
        await payments.capture(em, payment.id, rzpPayment.id, rzpPayment.amount, 'WEBHOOK');
        outcome = 'captured';
        break;
      }
      case 'payment.failed': {
        const payment = rzpPayment?.order_id ? await em.findOne(Payment, { razorpayOrderId: rzpPayment.order_id }) : null;
        if (payment && rzpPayment) {
          await payments.markFailed(em, payment.id, rzpPayment.error_description ?? 'Payment failed', rzpPayment.id);
          outcome = 'failed';
        }
        break;
      }
      case 'refund.processed':
      case 'refund.failed': {
        if (rzpRefund) {
          await payments.recordRefundOutcome(em, rzpRefund.id, rzpRefund.payment_id, rzpRefund.amount, envelope.event === 'refund.processed' ? 'processed' : 'failed');
          outcome = envelope.event;
        }
        break;
      }
      default:
        break;
    }
    webhook.processedAt = new Date();
    webhook.outcome = outcome;
  };
}

import { z } from 'zod';
import { PeerClient, defineSubgraph } from '@realserv/platform';
import { RazorpayGateway } from './razorpay/index.js';
import { Order } from './references/order.js';
import { Payment, PaymentTransaction, PaymentWebhook, Refund } from './payment/payment.entities.js';
import { OrderPaymentResolver, PaymentResolver, RefundResolver } from './payment/payment.resolver.js';
import { PaymentService } from './payment/payment.service.js';
import { paymentSubscriptions } from './payment/payment.events.js';
import { paymentReconcileJob } from './payment/payment-reconciler.js';
import { razorpayWebhookRoute } from './webhook/razorpay-webhook.js';
import { migrations } from './migrations/index.js';
import { PeerCodProofUrls } from './payment/cod-proof.js';

const configSchema = z.object({
  RAZORPAY_KEY_ID: z.string().regex(/^rzp_(test|live)_[A-Za-z0-9]+$/, 'RAZORPAY_KEY_ID must look like rzp_test_… or rzp_live_…'),
  RAZORPAY_KEY_SECRET: z.string().min(16),
  RAZORPAY_WEBHOOK_SECRET: z.string().min(16),
  /** Only for the local Razorpay server (embedded default, tests); production talks to api.razorpay.com. */
  RAZORPAY_BASE_URL: z.string().url().optional(),
  PEER_ORDERS_URL: z.string().url(),
  PEER_ORDERS_KEY: z.string().min(32),
  PEER_INTEGRATIONS_URL: z.string().url(),
  PEER_INTEGRATIONS_KEY: z.string().min(32),
  /** How often PENDING refunds and unpaid checkouts are reconciled with Razorpay; 0 turns the timer off. */
  PAYMENT_RECONCILE_SECONDS: z.coerce.number().int().min(0).max(24 * 3600).default(300),
});

/** The payments subgraph: Razorpay online payments, cash on delivery, webhooks, refunds. */
export const paymentsSubgraph = defineSubgraph({
  name: 'payments',
  resolvers: [PaymentResolver, OrderPaymentResolver, RefundResolver],
  orphanedTypes: [Order],
  entities: [Payment, PaymentTransaction, PaymentWebhook, Refund],
  migrations,
  configSchema,
  referenceResolvers: {
    Order: (reference) => Object.assign(new Order(), { id: String(reference.id) }),
  },
  events: true,
  wire: (runtime) => {
    const { config, log } = runtime;
    const payments = new PaymentService({
      gateway: new RazorpayGateway({
        keyId: config.RAZORPAY_KEY_ID,
        keySecret: config.RAZORPAY_KEY_SECRET,
        ...(config.RAZORPAY_BASE_URL ? { baseUrl: config.RAZORPAY_BASE_URL } : {}),
      }),
      keyId: config.RAZORPAY_KEY_ID,
      keySecret: config.RAZORPAY_KEY_SECRET,
      orders: new PeerClient({ self: 'payments', peer: 'orders', url: config.PEER_ORDERS_URL, key: config.PEER_ORDERS_KEY }),
      log,
    });
    return {
      resolvers: [
        new PaymentResolver(
          payments,
          new PeerCodProofUrls(new PeerClient({ self: 'payments', peer: 'integrations', url: config.PEER_INTEGRATIONS_URL, key: config.PEER_INTEGRATIONS_KEY })),
        ),
      ],
      subscriptions: paymentSubscriptions(payments, log),
      routes: (router) => razorpayWebhookRoute(router, runtime, config.RAZORPAY_WEBHOOK_SECRET),
      jobs: [paymentReconcileJob(payments, config.PAYMENT_RECONCILE_SECONDS, log)],
    };
  },
});

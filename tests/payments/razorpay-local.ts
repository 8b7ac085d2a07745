/** Drives the local Razorpay server the way Razorpay Checkout and Razorpay's webhooks would. */
function url(path: string): string {
  const base = process.env.REALSERV_RAZORPAY_URL;
  if (!base) throw new Error('REALSERV_RAZORPAY_URL is not set: run through jest (global setup).');
  return new URL(path, base).toString();
}

async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(url(path), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await response.json()) as T;
  if (!response.ok) throw new Error(`local razorpay ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

export interface CheckoutResult {
  razorpay_order_id: string;
  razorpay_payment_id: string;
  razorpay_signature: string;
}

/** The buyer pays in Checkout; Razorpay then also sends payment.captured and order.paid webhooks. */
export function payInCheckout(razorpayOrderId: string, options: { amountPaise?: number; method?: string; webhooks?: boolean } = {}): Promise<CheckoutResult> {
  return post(`/_local/orders/${razorpayOrderId}/checkout`, options);
}

/** Razorpay (re)delivering one signed event to a URL, `times` times with the same event id. */
export function deliverWebhook(
  event: string,
  ids: { orderId?: string; paymentId?: string; refundId?: string },
  targetUrl: string,
  times = 1,
): Promise<{ eventId: string; statuses: number[] }> {
  return post('/_local/webhooks', { event, ...ids, targetUrl, times });
}

/** Waits until every automatic webhook delivery has finished. */
export function webhooksSettled(): Promise<unknown> {
  return post('/_local/webhooks/settle', {});
}

export function paymentsWebhookUrl(): string {
  const urls = JSON.parse(process.env.REALSERV_SUBGRAPH_URLS ?? '{}') as Record<string, string>;
  return new URL('/webhooks/razorpay', urls.payments).toString();
}

/** The next refund request(s) for a Razorpay payment fail: 503 (Razorpay unreachable) or 400 (Razorpay refuses it). */
export function refundTrouble(razorpayPaymentId: string, status: 400 | 503, times = 1): Promise<unknown> {
  return post(`/_local/payments/${razorpayPaymentId}/refund-trouble`, { status, times });
}

/** Any envelope, signed like a genuine Razorpay webhook (for entities that do not add up). */
export function deliverCustomWebhook(ownerId: string, envelope: Record<string, unknown>, targetUrl: string): Promise<{ eventId: string; statuses: number[] }> {
  return post('/_local/webhooks/custom', { ownerId, envelope, targetUrl });
}

/** An operator refunds from Razorpay's dashboard: Razorpay sends refund.created, then refund.processed, signed. */
export function dashboardRefund(razorpayPaymentId: string, amountPaise?: number): Promise<{ id: string; amount: number; payment_id: string }> {
  return post(`/_local/payments/${razorpayPaymentId}/dashboard-refund`, amountPaise ? { amountPaise } : {});
}

/** Until released, Razorpay answers refund requests for this payment only after it has sent their webhooks (the webhook overtakes the reply). */
export function holdRefundReplies(razorpayPaymentId: string): Promise<unknown> {
  return post(`/_local/payments/${razorpayPaymentId}/hold-refund-replies`, {});
}

export function releaseRefundReplies(razorpayPaymentId: string): Promise<unknown> {
  return post(`/_local/payments/${razorpayPaymentId}/release-refund-replies`, {});
}

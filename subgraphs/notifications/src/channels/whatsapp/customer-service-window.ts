/**
 * WhatsApp's customer-service window: for 24 hours after a user's last message to our number,
 * any message (a session text, interactive buttons) may be sent; outside it only an approved
 * template reaches them, and Meta fails anything else with 131047 (re-engagement message).
 */
export const CUSTOMER_SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** True while a session (non-template) message may be sent; a user who never wrote has no window. */
export function customerServiceWindowOpen(lastInboundAt: Date | null, now: Date): boolean {
  if (!lastInboundAt) return false;
  const elapsed = now.getTime() - lastInboundAt.getTime();
  // A message "from the future" (clock skew between Meta and us) counts as just received.
  return elapsed < CUSTOMER_SERVICE_WINDOW_MS;
}

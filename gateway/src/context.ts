import type { Caller, Logger } from '@realserv/platform';

export interface GatewayContext {
  caller: Caller | null;
  requestId: string;
  log: Logger;
  /** The client's address (rate limits for anonymous callers); honours TRUST_PROXY. */
  clientIp: string;
  /** Set when the gateway runs a subscription's per-event lookup for a subscriber. */
  subscriptionLookup?: boolean;
}

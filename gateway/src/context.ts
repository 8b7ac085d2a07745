import type { Caller, Logger } from '@realserv/platform';

export interface GatewayContext {
  caller: Caller | null;
  requestId: string;
  log: Logger;
  /** The client's address (rate limits for anonymous callers); honours TRUST_PROXY. */
  clientIp: string;
}

import type { Caller, Logger } from '@realserv/platform';

export interface GatewayContext {
  caller: Caller | null;
  requestId: string;
  log: Logger;
}

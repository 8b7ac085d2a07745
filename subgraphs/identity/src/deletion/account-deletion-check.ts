import { PeerUnavailableError, ServiceUnavailableError, type PeerClient } from '@realserv/platform';
import { AccountDeletionBlockersDocument } from '../ports/generated/orders.js';

/** What stops a buyer's account from being deleted now (order numbers, oldest first). */
export interface DeletionBlockers {
  openOrderNumbers: string[];
  openDisputeOrderNumbers: string[];
}

/** Asked once per buyer deletion, before anything is erased. */
export interface AccountDeletionCheck {
  blockersOf(buyerId: string, requestId: string): Promise<DeletionBlockers>;
}

/**
 * Asks orders (accountDeletionBlockersForService), which answers from its own tables: every
 * order and dispute counts, however old, whatever events were delivered. Fails closed: if orders
 * does not answer, or answers with an error, deletion is refused as SERVICE_UNAVAILABLE
 * (retryable) and nothing changes; an account is never erased on a guess.
 */
export class PeerAccountDeletionCheck implements AccountDeletionCheck {
  constructor(private readonly orders: PeerClient) {}

  async blockersOf(buyerId: string, requestId: string): Promise<DeletionBlockers> {
    try {
      return (await this.orders.request(AccountDeletionBlockersDocument, { buyerId }, requestId)).accountDeletionBlockersForService;
    } catch (error) {
      if (error instanceof ServiceUnavailableError) throw error;
      // Any other answer (a refused key, a bad id) is a fault here, not the buyer's: the same retryable refusal.
      throw new PeerUnavailableError('orders', `refused the deletion check: ${(error as Error).message}`);
    }
  }
}

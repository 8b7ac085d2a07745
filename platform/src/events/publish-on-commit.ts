import { ChangeSetType, type EntityManager, type EventSubscriber, type FlushEventArgs, type TransactionEventArgs } from '@mikro-orm/core';
import { OutboxEvent } from './event.entities.js';

/**
 * Publishing is the platform's job, not each service's: after a commit that wrote outbox rows
 * the relay runs at once. A flush outside a transaction is its own commit; inside one, the
 * entity manager is remembered and the relay runs when that transaction commits (a rollback
 * forgets it). The relay's periodic pass remains the backstop.
 */
export class PublishOnCommit implements EventSubscriber {
  private readonly pending = new WeakSet<EntityManager>();

  constructor(private readonly publish: () => void) {}

  afterFlush({ em, uow }: FlushEventArgs): void {
    // New rows only: the relay's own updates (publishedAt) must not set it off again.
    const wroteOutbox = uow.getChangeSets().some((changeSet) => changeSet.type === ChangeSetType.CREATE && changeSet.entity instanceof OutboxEvent);
    if (!wroteOutbox) return;
    if (em.isInTransaction()) this.pending.add(em);
    else this.publish();
  }

  afterTransactionCommit({ em }: TransactionEventArgs): void {
    if (!this.pending.has(em)) return;
    this.pending.delete(em);
    this.publish();
  }

  afterTransactionRollback({ em }: TransactionEventArgs): void {
    this.pending.delete(em);
  }
}

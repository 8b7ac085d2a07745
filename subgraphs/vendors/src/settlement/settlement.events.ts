import { on, type EventSubscription } from '@realserv/platform';
import { OrderCompleted, RefundProcessed } from '@realserv/contracts';
import type { SettlementService } from './settlement.service.js';

/** Settlements listen to orders (completed orders) and payments (processed refunds). */
export function settlementSubscriptions(settlements: SettlementService): EventSubscription[] {
  return [
    on(OrderCompleted, 'record-completed-order', (event, em) => settlements.recordCompletedOrder(event, em)),
    on(RefundProcessed, 'record-processed-refund', (event, em) => settlements.recordProcessedRefund(event, em)),
  ];
}

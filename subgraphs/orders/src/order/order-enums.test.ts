import { ORDER_STATUSES, PAYMENT_METHODS, ACTORS } from './order-lifecycle.js';
import { OrderActor, OrderStatusEnum, PaymentMethodEnum } from './order-enums.js';

describe('GraphQL/database enums mirror the lifecycle', () => {
  it('has exactly the lifecycle’s statuses, payment methods and actors', () => {
    expect(Object.values(OrderStatusEnum).sort()).toEqual([...ORDER_STATUSES].sort());
    expect(Object.values(PaymentMethodEnum).sort()).toEqual([...PAYMENT_METHODS].sort());
    expect(Object.values(OrderActor).sort()).toEqual([...ACTORS].sort());
  });
});

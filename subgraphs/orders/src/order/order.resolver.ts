import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Money, PageInput, Paginated, type RequestContext } from '@realserv/platform';
import { LaborCategory, Material, User, Vendor, ref } from '../references/references.js';
import { OrderItemKind } from './order-enums.js';
import { Order, OrderItem, OrderStatusHistory } from './order.entity.js';
import { ForceOrderStatusInput, MarkCashCollectedInput, OrderReasonInput, OrdersFilter, PlaceOrderInput } from './order.inputs.js';
import { historyByOrderId, itemsByOrderId } from './order.loaders.js';
import type { OrderPlacementService } from './order-placement.service.js';
import { findVisibleOrder, listAllOrders, listBuyerOrders, listVendorOrders } from './order-queries.js';
import type { OrderStatusService } from './order-status.service.js';

@ObjectType({ description: 'One page of orders, newest first.' })
export class OrderPage extends Paginated(Order) {}

@Resolver(() => Order)
export class OrderResolver {
  constructor(
    private readonly placement: OrderPlacementService,
    private readonly statuses: OrderStatusService,
  ) {}

  @Authorized('BUYER')
  @Mutation(() => Order, {
    description: 'Buyers only. Places an order: prices and stock come from the vendor’s inventory on the server, delivery is charged for the road distance from the vendor (deliveryDistanceMeters, distanceSource), stock is reserved atomically, and a retry with the same idempotencyKey returns the same order. ONLINE orders start PENDING_PAYMENT, COD orders PLACED. Errors: NOT_FOUND for an unknown vendor or address; CONFLICT with reason VENDOR_NOT_ACCEPTING_ORDERS, OUTSIDE_SERVICE_AREA, MATERIAL_UNAVAILABLE, INSUFFICIENT_STOCK, LABOUR_UNAVAILABLE, IDEMPOTENCY_KEY_REUSED or CHECKOUT_EXPIRED; BAD_USER_INPUT with reason BELOW_MINIMUM_ORDER, OUT_OF_SERVICE_AREA, UNKNOWN_ITEM or NO_GST_RATE.',
  })
  placeOrder(@Arg('input', { description: 'Vendor, address, lines, payment method and idempotency key.' }) input: PlaceOrderInput, @Ctx() ctx: RequestContext): Promise<Order> {
    return this.placement.place(ctx, input);
  }

  @Authorized()
  @Query(() => Order, { description: 'An order: its buyer, its vendor and admins may read it. Errors: NOT_FOUND for anyone else.' })
  order(@Arg('id', () => ID, { description: 'The order id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Order> {
    return findVisibleOrder(ctx, id);
  }

  @Authorized('BUYER')
  @Query(() => OrderPage, { description: 'Buyers only: the signed-in buyer’s orders, newest first.' })
  myOrders(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => OrdersFilter, { nullable: true, description: 'Status or order number.' }) filter?: OrdersFilter,
    @Arg('page', () => PageInput, { nullable: true, description: 'Offset and limit (default the first 20).' }) page?: PageInput,
  ) {
    return listBuyerOrders(ctx, filter, page);
  }

  @Authorized('VENDOR')
  @Query(() => OrderPage, { description: 'Vendors only: the signed-in vendor’s orders, newest first. Errors: FORBIDDEN before vendor onboarding.' })
  vendorOrders(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => OrdersFilter, { nullable: true, description: 'Status or order number.' }) filter?: OrdersFilter,
    @Arg('page', () => PageInput, { nullable: true, description: 'Offset and limit (default the first 20).' }) page?: PageInput,
  ) {
    return listVendorOrders(ctx, filter, page);
  }

  @Authorized('ADMIN')
  @Query(() => OrderPage, { description: 'Admins only: all orders, newest first, by status, vendor, buyer or order number.' })
  orders(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => OrdersFilter, { nullable: true, description: 'Status, vendor, buyer or order number.' }) filter?: OrdersFilter,
    @Arg('page', () => PageInput, { nullable: true, description: 'Offset and limit (default the first 20).' }) page?: PageInput,
  ) {
    return listAllOrders(ctx, filter, page);
  }

  @Authorized('VENDOR', 'ADMIN')
  @Mutation(() => Order, { description: 'The order’s vendor accepts a PAID (online) or PLACED (COD) order. Asking again is a no-op. Errors: NOT_FOUND for others’ orders; CONFLICT with reason NOT_A_TRANSITION or WRONG_PAYMENT_METHOD from other statuses; BAD_USER_INPUT (reason REASON_REQUIRED) for admins, who use forceOrderStatus with a reason.' })
  confirmOrder(@Arg('orderId', () => ID, { description: 'The order to confirm.' }) orderId: string, @Ctx() ctx: RequestContext): Promise<Order> {
    return this.statuses.confirm(ctx, orderId);
  }

  @Authorized('VENDOR', 'ADMIN')
  @Mutation(() => Order, { description: 'The order’s vendor or an admin declines a PAID or PLACED order, with a reason; stock is released and an online payment refunded. Errors: NOT_FOUND; BAD_USER_INPUT (reason REASON_REQUIRED) without a reason; CONFLICT (reason NOT_A_TRANSITION) from other statuses.' })
  rejectOrder(@Arg('input', { description: 'The order and the reason (required).' }) input: OrderReasonInput, @Ctx() ctx: RequestContext): Promise<Order> {
    return this.statuses.reject(ctx, input.orderId, input.reason);
  }

  @Authorized('BUYER', 'ADMIN')
  @Mutation(() => Order, { description: 'Buyers cancel their own order before the vendor confirms; admins any order before dispatch, with a reason. Stock is released and an online payment refunded. Errors: NOT_FOUND; FORBIDDEN (buyer after confirmation); BAD_USER_INPUT (reason REASON_REQUIRED) for admins without a reason; CONFLICT (reason NOT_A_TRANSITION) once dispatched or closed.' })
  cancelOrder(@Arg('input', { description: 'The order and the reason (required for admins).' }) input: OrderReasonInput, @Ctx() ctx: RequestContext): Promise<Order> {
    return this.statuses.cancel(ctx, input.orderId, input.reason);
  }

  @Authorized('VENDOR', 'ADMIN')
  @Mutation(() => Order, { description: 'The order’s vendor (or an admin) hands a CONFIRMED order to delivery: it becomes OUT_FOR_DELIVERY. Errors: NOT_FOUND; CONFLICT (reason NOT_A_TRANSITION) from other statuses; BAD_USER_INPUT (reason REASON_REQUIRED) for admins, who use forceOrderStatus.' })
  dispatchOrder(@Arg('orderId', () => ID, { description: 'The order to dispatch.' }) orderId: string, @Ctx() ctx: RequestContext): Promise<Order> {
    return this.statuses.dispatch(ctx, orderId);
  }

  @Authorized('VENDOR', 'ADMIN')
  @Mutation(() => Order, { description: 'Cash on delivery: the order’s vendor records the cash, which must equal the total, with a photo of the receipt (its own confirmed COD_PROOF upload), and the DELIVERED order becomes COMPLETED; the proof goes to the COD payment (Payment.codProof). Repeating it on a completed order is a no-op. Errors: NOT_FOUND; BAD_USER_INPUT for an online order or another amount, for a missing proof (reason PROOF_REQUIRED) or an unusable one (reasons UNKNOWN_MEDIA, MEDIA_NOT_CONFIRMED, WRONG_MEDIA_PURPOSE, NOT_YOUR_MEDIA), and (reason REASON_REQUIRED) for admins, since the input carries no reason; CONFLICT (reason NOT_A_TRANSITION) before delivery.' })
  markCashCollected(@Arg('input', { description: 'The order, the amount and the receipt photo.' }) input: MarkCashCollectedInput, @Ctx() ctx: RequestContext): Promise<Order> {
    return this.statuses.markCashCollected(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Order, { description: 'Admins only: move an order along any transition of the lifecycle, with a reason (not to DELIVERED, which follows the delivery: use forceCompleteDelivery). Errors: NOT_FOUND; BAD_USER_INPUT (reason REASON_REQUIRED) for an empty reason; CONFLICT with reason NOT_A_TRANSITION, WRONG_PAYMENT_METHOD, CASH_NOT_COLLECTED or DELIVERY_NOT_VERIFIED.' })
  forceOrderStatus(@Arg('input', { description: 'The order, the status and the reason.' }) input: ForceOrderStatusInput, @Ctx() ctx: RequestContext): Promise<Order> {
    return this.statuses.force(ctx, input.orderId, input.status, input.reason);
  }

  @Authorized('ADMIN')
  @Mutation(() => [Order], {
    description: 'Admins only: runs the unpaid-order expiry now (it also runs every minute): online orders still PENDING_PAYMENT after the payment window (30 minutes by default) are cancelled by the system and their stock released. orderIds limits the run to those orders. Returns the orders it cancelled.',
  })
  expireUnpaidOrders(@Ctx() ctx: RequestContext, @Arg('orderIds', () => [ID], { nullable: true, description: 'Only these orders; every unpaid order past its window when omitted.' }) orderIds?: string[]): Promise<Order[]> {
    return this.statuses.adminExpireUnpaidOrders(ctx, orderIds);
  }

  @FieldResolver(() => User, { description: 'The buyer who placed the order.' })
  buyer(@Root() order: Order): User {
    return ref(User, order.buyerId);
  }

  @FieldResolver(() => Vendor, { description: 'The vendor the order is from.' })
  vendor(@Root() order: Order): Vendor {
    return ref(Vendor, order.vendorId);
  }

  @FieldResolver(() => [OrderItem], { description: 'The order lines, in the order they were placed.' })
  items(@Root() order: Order, @Ctx() ctx: RequestContext): Promise<OrderItem[]> {
    return ctx.loaders.get(itemsByOrderId).load(order.id);
  }

  @FieldResolver(() => [OrderStatusHistory], { description: 'Every status change, oldest first.' })
  statusHistory(@Root() order: Order, @Ctx() ctx: RequestContext): Promise<OrderStatusHistory[]> {
    return ctx.loaders.get(historyByOrderId).load(order.id);
  }

  @FieldResolver(() => Money, { description: 'Sum of line subtotals, before tax and delivery.' })
  subtotal(@Root() order: Order): Money {
    return Money.of(order.subtotalPaise);
  }

  @FieldResolver(() => Money, { description: 'Delivery charge by road distance from the vendor, GST exclusive (0 when free).' })
  deliveryCharge(@Root() order: Order): Money {
    return Money.of(order.deliveryChargePaise);
  }

  @FieldResolver(() => Money, { description: 'GST on the lines and on delivery.' })
  tax(@Root() order: Order): Money {
    return Money.of(order.taxPaise);
  }

  @FieldResolver(() => Money, { description: 'What the buyer pays: subtotal + delivery charge + tax.' })
  total(@Root() order: Order): Money {
    return Money.of(order.totalPaise);
  }
}

@Resolver(() => OrderItem)
export class OrderItemResolver {
  @FieldResolver(() => Money, { description: 'Price per unit (or per worker-day) when ordered, GST exclusive.' })
  unitPrice(@Root() item: OrderItem): Money {
    return Money.of(item.unitPricePaise);
  }

  @FieldResolver(() => Money, { description: 'unitPrice × quantity, GST exclusive.' })
  lineSubtotal(@Root() item: OrderItem): Money {
    return Money.of(item.lineSubtotalPaise);
  }

  @FieldResolver(() => Money, { description: 'GST on the line at gstRateBasisPoints.' })
  lineTax(@Root() item: OrderItem): Money {
    return Money.of(item.lineTaxPaise);
  }

  @FieldResolver(() => Money, { description: 'lineSubtotal + lineTax.' })
  lineTotal(@Root() item: OrderItem): Money {
    return Money.of(item.lineTotalPaise);
  }

  @FieldResolver(() => Material, { nullable: true, description: 'The catalog material (MATERIAL lines).' })
  material(@Root() item: OrderItem): Material | null {
    return item.kind === OrderItemKind.MATERIAL ? ref(Material, item.refId) : null;
  }

  @FieldResolver(() => LaborCategory, { nullable: true, description: 'The trade (LABOUR lines).' })
  laborCategory(@Root() item: OrderItem): LaborCategory | null {
    return item.kind === OrderItemKind.LABOUR ? ref(LaborCategory, item.refId) : null;
  }
}

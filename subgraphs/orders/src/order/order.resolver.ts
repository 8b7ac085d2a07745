import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Money, PageInput, Paginated, type RequestContext } from '@realserv/platform';
import { LaborCategory, Material, User, Vendor, ref } from '../references/references.js';
import { OrderItemKind } from './order-enums.js';
import { Order, OrderItem, OrderStatusHistory } from './order.entity.js';
import { ForceOrderStatusInput, MarkCashCollectedInput, OrderReasonInput, OrdersFilter, PlaceOrderInput } from './order.inputs.js';
import { historyByOrderId, itemsByOrderId } from './order.loaders.js';
import type { OrderService } from './order.service.js';

@ObjectType()
export class OrderPage extends Paginated(Order) {}

@Resolver(() => Order)
export class OrderResolver {
  constructor(private readonly orderService: OrderService) {}

  @Authorized('BUYER')
  @Mutation(() => Order, {
    description:
      'Places an order: prices and stock come from the vendor’s inventory on the server, stock is reserved atomically, and a retry with the same idempotencyKey returns the same order. Errors: CONFLICT with reason INSUFFICIENT_STOCK, LABOUR_UNAVAILABLE or IDEMPOTENCY_KEY_REUSED; BAD_USER_INPUT with reason BELOW_MINIMUM_ORDER or OUT_OF_SERVICE_AREA.',
  })
  placeOrder(@Arg('input') input: PlaceOrderInput, @Ctx() ctx: RequestContext): Promise<Order> {
    return this.orderService.place(ctx, input);
  }

  @Authorized()
  @Query(() => Order, { description: 'An order: its buyer, its vendor and admins may read it.' })
  order(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Order> {
    return this.orderService.findVisible(ctx, id);
  }

  @Authorized('BUYER')
  @Query(() => OrderPage, { description: "The signed-in buyer's orders, newest first." })
  myOrders(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => OrdersFilter, { nullable: true }) filter?: OrdersFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return this.orderService.listForBuyer(ctx, filter, page);
  }

  @Authorized('VENDOR')
  @Query(() => OrderPage, { description: "The signed-in vendor's orders, newest first." })
  vendorOrders(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => OrdersFilter, { nullable: true }) filter?: OrdersFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return this.orderService.listForVendor(ctx, filter, page);
  }

  @Authorized('ADMIN')
  @Query(() => OrderPage, { description: 'Admin order search.' })
  orders(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => OrdersFilter, { nullable: true }) filter?: OrdersFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return this.orderService.listAll(ctx, filter, page);
  }

  @Authorized('VENDOR', 'ADMIN')
  @Mutation(() => Order, { description: 'The vendor accepts a paid (online) or placed (COD) order.' })
  confirmOrder(@Arg('orderId', () => ID) orderId: string, @Ctx() ctx: RequestContext): Promise<Order> {
    return this.orderService.confirm(ctx, orderId);
  }

  @Authorized('VENDOR', 'ADMIN')
  @Mutation(() => Order, { description: 'The vendor declines an order, with a reason; stock is released and payment refunded.' })
  rejectOrder(@Arg('input') input: OrderReasonInput, @Ctx() ctx: RequestContext): Promise<Order> {
    return this.orderService.reject(ctx, input.orderId, input.reason);
  }

  @Authorized('BUYER', 'ADMIN')
  @Mutation(() => Order, { description: 'Buyers cancel before the vendor confirms; admins before dispatch, with a reason.' })
  cancelOrder(@Arg('input') input: OrderReasonInput, @Ctx() ctx: RequestContext): Promise<Order> {
    return this.orderService.cancel(ctx, input.orderId, input.reason);
  }

  @Authorized('VENDOR', 'ADMIN')
  @Mutation(() => Order)
  dispatchOrder(@Arg('orderId', () => ID) orderId: string, @Ctx() ctx: RequestContext): Promise<Order> {
    return this.orderService.dispatch(ctx, orderId);
  }

  @Authorized('VENDOR', 'ADMIN')
  @Mutation(() => Order, { description: 'COD: records the cash (must equal the total) and completes the delivered order.' })
  markCashCollected(@Arg('input') input: MarkCashCollectedInput, @Ctx() ctx: RequestContext): Promise<Order> {
    return this.orderService.markCashCollected(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Order, { description: 'Admins move an order along any transition of the lifecycle, with a reason.' })
  forceOrderStatus(@Arg('input') input: ForceOrderStatusInput, @Ctx() ctx: RequestContext): Promise<Order> {
    return this.orderService.force(ctx, input.orderId, input.status, input.reason);
  }

  @Authorized('ADMIN')
  @Mutation(() => [Order], {
    description:
      'Runs the unpaid-order expiry now (it also runs every minute): online orders still PENDING_PAYMENT after the payment window (30 minutes by default) are cancelled by the system and their stock released. orderIds limits the run to those orders. Returns the orders it cancelled.',
  })
  expireUnpaidOrders(@Ctx() ctx: RequestContext, @Arg('orderIds', () => [ID], { nullable: true }) orderIds?: string[]): Promise<Order[]> {
    return this.orderService.adminExpireUnpaidOrders(ctx, orderIds);
  }

  @FieldResolver(() => User)
  buyer(@Root() order: Order): User {
    return ref(User, order.buyerId);
  }

  @FieldResolver(() => Vendor)
  vendor(@Root() order: Order): Vendor {
    return ref(Vendor, order.vendorId);
  }

  @FieldResolver(() => [OrderItem])
  items(@Root() order: Order, @Ctx() ctx: RequestContext): Promise<OrderItem[]> {
    return ctx.loaders.get(itemsByOrderId).load(order.id);
  }

  @FieldResolver(() => [OrderStatusHistory])
  statusHistory(@Root() order: Order, @Ctx() ctx: RequestContext): Promise<OrderStatusHistory[]> {
    return ctx.loaders.get(historyByOrderId).load(order.id);
  }

  @FieldResolver(() => Money, { description: 'Sum of line subtotals, before tax and delivery.' })
  subtotal(@Root() order: Order): Money {
    return Money.of(order.subtotalPaise);
  }

  @FieldResolver(() => Money)
  deliveryCharge(@Root() order: Order): Money {
    return Money.of(order.deliveryChargePaise);
  }

  @FieldResolver(() => Money, { description: 'GST on the lines and on delivery.' })
  tax(@Root() order: Order): Money {
    return Money.of(order.taxPaise);
  }

  @FieldResolver(() => Money)
  total(@Root() order: Order): Money {
    return Money.of(order.totalPaise);
  }
}

@Resolver(() => OrderItem)
export class OrderItemResolver {
  @FieldResolver(() => Money)
  unitPrice(@Root() item: OrderItem): Money {
    return Money.of(item.unitPricePaise);
  }

  @FieldResolver(() => Money)
  lineSubtotal(@Root() item: OrderItem): Money {
    return Money.of(item.lineSubtotalPaise);
  }

  @FieldResolver(() => Money)
  lineTax(@Root() item: OrderItem): Money {
    return Money.of(item.lineTaxPaise);
  }

  @FieldResolver(() => Money)
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

/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An order and an optional reason for a status change. */
export type OrderReasonInput = {
  /** The order. */
  orderId: string | number;
  /** 3–500 characters; required to reject, and for admins. Kept as the order’s closingReason and in its history. */
  reason?: string | null | undefined;
};

/** Where an order is in its life. Online: PENDING_PAYMENT → PAID → CONFIRMED → OUT_FOR_DELIVERY → DELIVERED → COMPLETED. Cash on delivery: PLACED → CONFIRMED → OUT_FOR_DELIVERY → DELIVERED → COMPLETED (once the cash is collected). COMPLETED, CANCELLED and REJECTED are final. */
export type OrderStatus =
  /** Cancelled before dispatch by the buyer, an admin or the system (unpaid in time); stock released and any payment refunded. Final. */
  | 'CANCELLED'
  /** Done: online orders right after delivery, cash-on-delivery orders once the cash is recorded. Final. */
  | 'COMPLETED'
  /** The vendor accepted the order and is preparing it. */
  | 'CONFIRMED'
  /** The delivery was completed (buyer’s OTP, or an admin’s forceCompleteDelivery). */
  | 'DELIVERED'
  /** The vendor dispatched the order; a delivery OTP completes it. */
  | 'OUT_FOR_DELIVERY'
  /** Online order paid; waiting for the vendor to confirm or reject it. */
  | 'PAID'
  /** Online order placed, stock reserved, waiting for the buyer’s payment (cancelled by the system when the payment window passes). */
  | 'PENDING_PAYMENT'
  /** Cash-on-delivery order placed and stock reserved; waiting for the vendor to confirm or reject it. */
  | 'PLACED'
  /** The vendor declined the order (with a reason); stock released and any payment refunded. Final. */
  | 'REJECTED';

/** Narrows an order list; all given conditions must match. */
export type OrdersFilter = {
  /** Only this buyer’s orders (admin search only; ignored elsewhere). */
  buyerId?: string | number | null | undefined;
  /** Order number or its prefix, 2–20 characters, e.g. RS-2611-0001. */
  orderNumber?: string | null | undefined;
  /** Only orders in this status. */
  status?: OrderStatus | null | undefined;
  /** Only this vendor’s orders (admin search only; ignored elsewhere). */
  vendorId?: string | number | null | undefined;
};

/** Offset pagination: skip `offset` items, return at most `limit` (1–100). */
export type PageInput = {
  /** How many items to return: 1 to 100 (default 20); more is refused with BAD_USER_INPUT. */
  limit?: number;
  /** How many matching items to skip; 0 or more (default 0). */
  offset?: number;
};

/** ONLINE through Razorpay, or cash on delivery. */
export type PaymentMethod =
  /** Cash on delivery: the vendor collects the total at the door and records it (markCashCollected). */
  | 'COD'
  /** Paid before the vendor confirms, through Razorpay Checkout (startOnlinePayment). */
  | 'ONLINE';

/** A period of whole India calendar days. */
export type SettlementPeriodInput = {
  /** Last day, YYYY-MM-DD, not before periodStart. */
  periodEnd: string;
  /** First day, YYYY-MM-DD (a real calendar date, 2020 to next year; a period is at most 31 days, an earnings range at most 366). */
  periodStart: string;
};

/** Whether a settlement’s payout was made. */
export type SettlementStatus =
  /** Computed; the payout is not recorded as paid yet. */
  | 'GENERATED'
  /** The payout was transferred (bankReference and paidAt set). */
  | 'PAID';

/** Whether a vendor may sell on RealServ. */
export type VendorStatus =
  /** KYC approved: may take orders (see acceptingOrders). */
  | 'ACTIVE'
  /** Onboarded; waiting for KYC approval before it may take orders. */
  | 'PENDING_KYC'
  /** Suspended by RealServ: may not take orders. */
  | 'SUSPENDED';

export type BotVendorQueryVariables = Exact<{ [key: string]: never; }>;


export type BotVendorQuery = { myVendor: { id: string, businessName: string, status: VendorStatus, suspensionReason: string | null, acceptingOrders: boolean } | null };

export type BotOrderFragment = { id: string, orderNumber: string, status: OrderStatus, paymentMethod: PaymentMethod, createdAt: string, total: { paise: number }, items: Array<{ name: string, quantity: number, unit: string }> };

export type BotRecentOrdersQueryVariables = Exact<{
  filter?: OrdersFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type BotRecentOrdersQuery = { vendorOrders: { items: Array<{ id: string, orderNumber: string, status: OrderStatus, paymentMethod: PaymentMethod, createdAt: string, total: { paise: number }, items: Array<{ name: string, quantity: number, unit: string }> }>, pageInfo: { totalCount: number } } };

export type BotConfirmOrderMutationVariables = Exact<{
  orderId: string | number;
}>;


export type BotConfirmOrderMutation = { confirmOrder: { id: string, orderNumber: string, status: OrderStatus, paymentMethod: PaymentMethod, createdAt: string, total: { paise: number }, items: Array<{ name: string, quantity: number, unit: string }> } };

export type BotRejectOrderMutationVariables = Exact<{
  input: OrderReasonInput;
}>;


export type BotRejectOrderMutation = { rejectOrder: { id: string, orderNumber: string, status: OrderStatus, paymentMethod: PaymentMethod, createdAt: string, total: { paise: number }, items: Array<{ name: string, quantity: number, unit: string }> } };

export type BotDispatchOrderMutationVariables = Exact<{
  orderId: string | number;
}>;


export type BotDispatchOrderMutation = { dispatchOrder: { id: string, orderNumber: string, status: OrderStatus, paymentMethod: PaymentMethod, createdAt: string, total: { paise: number }, items: Array<{ name: string, quantity: number, unit: string }> } };

export type BotSetAvailabilityMutationVariables = Exact<{
  acceptingOrders: boolean;
}>;


export type BotSetAvailabilityMutation = { setVendorAvailability: { id: string, acceptingOrders: boolean } };

export type BotEarningsQueryVariables = Exact<{
  thisWeek: SettlementPeriodInput;
  lastWeek: SettlementPeriodInput;
}>;


export type BotEarningsQuery = { thisWeek: { completedOrders: number, settled: boolean, netPayout: { paise: number } }, lastWeek: { completedOrders: number, settled: boolean, netPayout: { paise: number } }, mySettlements: { items: Array<{ periodStart: string, periodEnd: string, status: SettlementStatus, paidAt: string | null, netPayout: { paise: number } }> } };

export const BotOrderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BotOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<BotOrderFragment, unknown>;
export const BotVendorDocument = {"__meta__":{"hash":"sha256:429217dd2bd8e8fa13cfec8f2fd775573cdc1aa998ce3e76de5e35cadec32f92"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BotVendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myVendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingOrders"}}]}}]}}]} as unknown as DocumentNode<BotVendorQuery, BotVendorQueryVariables>;
export const BotRecentOrdersDocument = {"__meta__":{"hash":"sha256:563218d90be3773d541a9d4a202dbc434ad15e86ccd166fe362f3ba5ef0b76da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BotRecentOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrdersFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BotOrder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BotOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<BotRecentOrdersQuery, BotRecentOrdersQueryVariables>;
export const BotConfirmOrderDocument = {"__meta__":{"hash":"sha256:ed8b36004d8a8ae6ee1a4ec9d8a4fe2687be8ee3c28a79563e95537cbfe07c55"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BotConfirmOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BotOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BotOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<BotConfirmOrderMutation, BotConfirmOrderMutationVariables>;
export const BotRejectOrderDocument = {"__meta__":{"hash":"sha256:5c154ad2bcc6027a29357d8ae1fb45fe4f98edfde0325e77165cc67f752eabd5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BotRejectOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BotOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BotOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<BotRejectOrderMutation, BotRejectOrderMutationVariables>;
export const BotDispatchOrderDocument = {"__meta__":{"hash":"sha256:3ddb6bf2a31c2ae0753d7da92a1dfefccf60647e07429ac60086fe0fdac85adf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BotDispatchOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BotOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BotOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<BotDispatchOrderMutation, BotDispatchOrderMutationVariables>;
export const BotSetAvailabilityDocument = {"__meta__":{"hash":"sha256:f024200eaac83fb9d7b08f8a1f70cfeb77e8f2a35f55a53d845148c3a7dd409e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BotSetAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acceptingOrders"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setVendorAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"acceptingOrders"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acceptingOrders"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingOrders"}}]}}]}}]} as unknown as DocumentNode<BotSetAvailabilityMutation, BotSetAvailabilityMutationVariables>;
export const BotEarningsDocument = {"__meta__":{"hash":"sha256:0d0166270927b2be8933c0bf314797ba42b423fea47dece4d4985baf8e37a2b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BotEarnings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"thisWeek"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementPeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lastWeek"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"thisWeek"},"name":{"kind":"Name","value":"earningsSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"thisWeek"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedOrders"}},{"kind":"Field","name":{"kind":"Name","value":"netPayout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settled"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"lastWeek"},"name":{"kind":"Name","value":"earningsSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lastWeek"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedOrders"}},{"kind":"Field","name":{"kind":"Name","value":"netPayout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mySettlements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"netPayout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}}]}}]}}]}}]} as unknown as DocumentNode<BotEarningsQuery, BotEarningsQueryVariables>;
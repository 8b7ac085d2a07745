/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query BotVendor {\n  myVendor {\n    id\n    businessName\n    status\n    suspensionReason\n    acceptingOrders\n  }\n}\n\nfragment BotOrder on Order {\n  id\n  orderNumber\n  status\n  paymentMethod\n  createdAt\n  total {\n    paise\n  }\n  items {\n    name\n    quantity\n    unit\n  }\n}\n\nquery BotRecentOrders($filter: OrdersFilter, $page: PageInput) {\n  vendorOrders(filter: $filter, page: $page) {\n    items {\n      ...BotOrder\n    }\n    pageInfo {\n      totalCount\n    }\n  }\n}\n\nmutation BotConfirmOrder($orderId: ID!) {\n  confirmOrder(orderId: $orderId) {\n    ...BotOrder\n  }\n}\n\nmutation BotRejectOrder($input: OrderReasonInput!) {\n  rejectOrder(input: $input) {\n    ...BotOrder\n  }\n}\n\nmutation BotDispatchOrder($orderId: ID!) {\n  dispatchOrder(orderId: $orderId) {\n    ...BotOrder\n  }\n}\n\nmutation BotSetAvailability($acceptingOrders: Boolean!) {\n  setVendorAvailability(acceptingOrders: $acceptingOrders) {\n    id\n    acceptingOrders\n  }\n}\n\nquery BotEarnings($thisWeek: SettlementPeriodInput!, $lastWeek: SettlementPeriodInput!) {\n  thisWeek: earningsSummary(input: $thisWeek) {\n    completedOrders\n    netPayout {\n      paise\n    }\n    settled\n  }\n  lastWeek: earningsSummary(input: $lastWeek) {\n    completedOrders\n    netPayout {\n      paise\n    }\n    settled\n  }\n  mySettlements(page: {limit: 5}) {\n    items {\n      periodStart\n      periodEnd\n      status\n      netPayout {\n        paise\n      }\n      paidAt\n    }\n  }\n}": typeof types.BotVendorDocument,
};
const documents: Documents = {
    "query BotVendor {\n  myVendor {\n    id\n    businessName\n    status\n    suspensionReason\n    acceptingOrders\n  }\n}\n\nfragment BotOrder on Order {\n  id\n  orderNumber\n  status\n  paymentMethod\n  createdAt\n  total {\n    paise\n  }\n  items {\n    name\n    quantity\n    unit\n  }\n}\n\nquery BotRecentOrders($filter: OrdersFilter, $page: PageInput) {\n  vendorOrders(filter: $filter, page: $page) {\n    items {\n      ...BotOrder\n    }\n    pageInfo {\n      totalCount\n    }\n  }\n}\n\nmutation BotConfirmOrder($orderId: ID!) {\n  confirmOrder(orderId: $orderId) {\n    ...BotOrder\n  }\n}\n\nmutation BotRejectOrder($input: OrderReasonInput!) {\n  rejectOrder(input: $input) {\n    ...BotOrder\n  }\n}\n\nmutation BotDispatchOrder($orderId: ID!) {\n  dispatchOrder(orderId: $orderId) {\n    ...BotOrder\n  }\n}\n\nmutation BotSetAvailability($acceptingOrders: Boolean!) {\n  setVendorAvailability(acceptingOrders: $acceptingOrders) {\n    id\n    acceptingOrders\n  }\n}\n\nquery BotEarnings($thisWeek: SettlementPeriodInput!, $lastWeek: SettlementPeriodInput!) {\n  thisWeek: earningsSummary(input: $thisWeek) {\n    completedOrders\n    netPayout {\n      paise\n    }\n    settled\n  }\n  lastWeek: earningsSummary(input: $lastWeek) {\n    completedOrders\n    netPayout {\n      paise\n    }\n    settled\n  }\n  mySettlements(page: {limit: 5}) {\n    items {\n      periodStart\n      periodEnd\n      status\n      netPayout {\n        paise\n      }\n      paidAt\n    }\n  }\n}": types.BotVendorDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BotVendor {\n  myVendor {\n    id\n    businessName\n    status\n    suspensionReason\n    acceptingOrders\n  }\n}\n\nfragment BotOrder on Order {\n  id\n  orderNumber\n  status\n  paymentMethod\n  createdAt\n  total {\n    paise\n  }\n  items {\n    name\n    quantity\n    unit\n  }\n}\n\nquery BotRecentOrders($filter: OrdersFilter, $page: PageInput) {\n  vendorOrders(filter: $filter, page: $page) {\n    items {\n      ...BotOrder\n    }\n    pageInfo {\n      totalCount\n    }\n  }\n}\n\nmutation BotConfirmOrder($orderId: ID!) {\n  confirmOrder(orderId: $orderId) {\n    ...BotOrder\n  }\n}\n\nmutation BotRejectOrder($input: OrderReasonInput!) {\n  rejectOrder(input: $input) {\n    ...BotOrder\n  }\n}\n\nmutation BotDispatchOrder($orderId: ID!) {\n  dispatchOrder(orderId: $orderId) {\n    ...BotOrder\n  }\n}\n\nmutation BotSetAvailability($acceptingOrders: Boolean!) {\n  setVendorAvailability(acceptingOrders: $acceptingOrders) {\n    id\n    acceptingOrders\n  }\n}\n\nquery BotEarnings($thisWeek: SettlementPeriodInput!, $lastWeek: SettlementPeriodInput!) {\n  thisWeek: earningsSummary(input: $thisWeek) {\n    completedOrders\n    netPayout {\n      paise\n    }\n    settled\n  }\n  lastWeek: earningsSummary(input: $lastWeek) {\n    completedOrders\n    netPayout {\n      paise\n    }\n    settled\n  }\n  mySettlements(page: {limit: 5}) {\n    items {\n      periodStart\n      periodEnd\n      status\n      netPayout {\n        paise\n      }\n      paidAt\n    }\n  }\n}"): (typeof documents)["query BotVendor {\n  myVendor {\n    id\n    businessName\n    status\n    suspensionReason\n    acceptingOrders\n  }\n}\n\nfragment BotOrder on Order {\n  id\n  orderNumber\n  status\n  paymentMethod\n  createdAt\n  total {\n    paise\n  }\n  items {\n    name\n    quantity\n    unit\n  }\n}\n\nquery BotRecentOrders($filter: OrdersFilter, $page: PageInput) {\n  vendorOrders(filter: $filter, page: $page) {\n    items {\n      ...BotOrder\n    }\n    pageInfo {\n      totalCount\n    }\n  }\n}\n\nmutation BotConfirmOrder($orderId: ID!) {\n  confirmOrder(orderId: $orderId) {\n    ...BotOrder\n  }\n}\n\nmutation BotRejectOrder($input: OrderReasonInput!) {\n  rejectOrder(input: $input) {\n    ...BotOrder\n  }\n}\n\nmutation BotDispatchOrder($orderId: ID!) {\n  dispatchOrder(orderId: $orderId) {\n    ...BotOrder\n  }\n}\n\nmutation BotSetAvailability($acceptingOrders: Boolean!) {\n  setVendorAvailability(acceptingOrders: $acceptingOrders) {\n    id\n    acceptingOrders\n  }\n}\n\nquery BotEarnings($thisWeek: SettlementPeriodInput!, $lastWeek: SettlementPeriodInput!) {\n  thisWeek: earningsSummary(input: $thisWeek) {\n    completedOrders\n    netPayout {\n      paise\n    }\n    settled\n  }\n  lastWeek: earningsSummary(input: $lastWeek) {\n    completedOrders\n    netPayout {\n      paise\n    }\n    settled\n  }\n  mySettlements(page: {limit: 5}) {\n    items {\n      periodStart\n      periodEnd\n      status\n      netPayout {\n        paise\n      }\n      paidAt\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
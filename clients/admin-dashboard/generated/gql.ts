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
    "fragment Kpis on DashboardKpis {\n  date\n  ordersPlaced\n  gmvPaise\n  netGmvPaise\n  averageOrderValuePaise\n  codSharePercent\n  onlinePaymentSuccessRate\n  refundsPaise\n  activeVendors\n  openSupportTickets\n  updatedAt\n}\n\nquery DashboardKpis($date: String) {\n  dashboardKpis(date: $date) {\n    ...Kpis\n  }\n}\n\nquery SalesSeries($range: AnalyticsRange!) {\n  salesSeries(range: $range) {\n    periodStart\n    orders\n    gmvPaise\n    netGmvPaise\n    cancelledOrders\n    refundedPaise\n    codOrders\n    onlineOrders\n  }\n}\n\nquery SalesBreakdown($range: AnalyticsRange!, $by: SalesDimension!, $limit: Int!) {\n  salesBreakdown(range: $range, by: $by, limit: $limit) {\n    key\n    label\n    orders\n    gmvPaise\n    netGmvPaise\n  }\n}\n\nsubscription DashboardUpdated {\n  dashboardUpdated {\n    ...Kpis\n  }\n}": typeof types.KpisFragmentDoc,
};
const documents: Documents = {
    "fragment Kpis on DashboardKpis {\n  date\n  ordersPlaced\n  gmvPaise\n  netGmvPaise\n  averageOrderValuePaise\n  codSharePercent\n  onlinePaymentSuccessRate\n  refundsPaise\n  activeVendors\n  openSupportTickets\n  updatedAt\n}\n\nquery DashboardKpis($date: String) {\n  dashboardKpis(date: $date) {\n    ...Kpis\n  }\n}\n\nquery SalesSeries($range: AnalyticsRange!) {\n  salesSeries(range: $range) {\n    periodStart\n    orders\n    gmvPaise\n    netGmvPaise\n    cancelledOrders\n    refundedPaise\n    codOrders\n    onlineOrders\n  }\n}\n\nquery SalesBreakdown($range: AnalyticsRange!, $by: SalesDimension!, $limit: Int!) {\n  salesBreakdown(range: $range, by: $by, limit: $limit) {\n    key\n    label\n    orders\n    gmvPaise\n    netGmvPaise\n  }\n}\n\nsubscription DashboardUpdated {\n  dashboardUpdated {\n    ...Kpis\n  }\n}": types.KpisFragmentDoc,
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
export function graphql(source: "fragment Kpis on DashboardKpis {\n  date\n  ordersPlaced\n  gmvPaise\n  netGmvPaise\n  averageOrderValuePaise\n  codSharePercent\n  onlinePaymentSuccessRate\n  refundsPaise\n  activeVendors\n  openSupportTickets\n  updatedAt\n}\n\nquery DashboardKpis($date: String) {\n  dashboardKpis(date: $date) {\n    ...Kpis\n  }\n}\n\nquery SalesSeries($range: AnalyticsRange!) {\n  salesSeries(range: $range) {\n    periodStart\n    orders\n    gmvPaise\n    netGmvPaise\n    cancelledOrders\n    refundedPaise\n    codOrders\n    onlineOrders\n  }\n}\n\nquery SalesBreakdown($range: AnalyticsRange!, $by: SalesDimension!, $limit: Int!) {\n  salesBreakdown(range: $range, by: $by, limit: $limit) {\n    key\n    label\n    orders\n    gmvPaise\n    netGmvPaise\n  }\n}\n\nsubscription DashboardUpdated {\n  dashboardUpdated {\n    ...Kpis\n  }\n}"): (typeof documents)["fragment Kpis on DashboardKpis {\n  date\n  ordersPlaced\n  gmvPaise\n  netGmvPaise\n  averageOrderValuePaise\n  codSharePercent\n  onlinePaymentSuccessRate\n  refundsPaise\n  activeVendors\n  openSupportTickets\n  updatedAt\n}\n\nquery DashboardKpis($date: String) {\n  dashboardKpis(date: $date) {\n    ...Kpis\n  }\n}\n\nquery SalesSeries($range: AnalyticsRange!) {\n  salesSeries(range: $range) {\n    periodStart\n    orders\n    gmvPaise\n    netGmvPaise\n    cancelledOrders\n    refundedPaise\n    codOrders\n    onlineOrders\n  }\n}\n\nquery SalesBreakdown($range: AnalyticsRange!, $by: SalesDimension!, $limit: Int!) {\n  salesBreakdown(range: $range, by: $by, limit: $limit) {\n    key\n    label\n    orders\n    gmvPaise\n    netGmvPaise\n  }\n}\n\nsubscription DashboardUpdated {\n  dashboardUpdated {\n    ...Kpis\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
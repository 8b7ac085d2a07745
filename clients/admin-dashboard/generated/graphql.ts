/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How a range is grouped, in India time. */
export type AnalyticsGranularity =
  /** India calendar days (Asia/Kolkata). */
  | 'DAY'
  /** Calendar months; periodStart is the 1st. */
  | 'MONTH'
  /** ISO weeks, Monday to Sunday; periodStart is the Monday. */
  | 'WEEK';

/** A range of India calendar days, both ends included, and how to group it. */
export type AnalyticsRange = {
  /** First day, YYYY-MM-DD (India). */
  from: string;
  /** Days, weeks or months. */
  granularity: AnalyticsGranularity;
  /** Last day, YYYY-MM-DD (India), not before from; at most 400 days by DAY, 1,830 by WEEK or MONTH. */
  to: string;
};

/** What sales are broken down by. */
export type SalesDimension =
  /** The catalog category of each line’s material, or the trade of a labour line (line totals). */
  | 'CATEGORY'
  /** The delivery city (key: the lower-cased name). */
  | 'CITY'
  /** The catalog material of each line (line totals; labour lines are not counted). */
  | 'MATERIAL'
  /** The vendor (key: vendor id). */
  | 'VENDOR';

export type KpisFragment = { date: string, ordersPlaced: number, gmvPaise: number, netGmvPaise: number, averageOrderValuePaise: number, codSharePercent: number, onlinePaymentSuccessRate: number | null, refundsPaise: number, activeVendors: number, openSupportTickets: number, updatedAt: string };

export type DashboardKpisQueryVariables = Exact<{
  date?: string | null | undefined;
}>;


export type DashboardKpisQuery = { dashboardKpis: { date: string, ordersPlaced: number, gmvPaise: number, netGmvPaise: number, averageOrderValuePaise: number, codSharePercent: number, onlinePaymentSuccessRate: number | null, refundsPaise: number, activeVendors: number, openSupportTickets: number, updatedAt: string } };

export type SalesSeriesQueryVariables = Exact<{
  range: AnalyticsRange;
}>;


export type SalesSeriesQuery = { salesSeries: Array<{ periodStart: string, orders: number, gmvPaise: number, netGmvPaise: number, cancelledOrders: number, refundedPaise: number, codOrders: number, onlineOrders: number }> };

export type SalesBreakdownQueryVariables = Exact<{
  range: AnalyticsRange;
  by: SalesDimension;
  limit: number;
}>;


export type SalesBreakdownQuery = { salesBreakdown: Array<{ key: string, label: string, orders: number, gmvPaise: number, netGmvPaise: number }> };

export type DashboardUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardUpdatedSubscription = { dashboardUpdated: { date: string, ordersPlaced: number, gmvPaise: number, netGmvPaise: number, averageOrderValuePaise: number, codSharePercent: number, onlinePaymentSuccessRate: number | null, refundsPaise: number, activeVendors: number, openSupportTickets: number, updatedAt: string } };

export const KpisFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Kpis"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardKpis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ordersPlaced"}},{"kind":"Field","name":{"kind":"Name","value":"gmvPaise"}},{"kind":"Field","name":{"kind":"Name","value":"netGmvPaise"}},{"kind":"Field","name":{"kind":"Name","value":"averageOrderValuePaise"}},{"kind":"Field","name":{"kind":"Name","value":"codSharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"onlinePaymentSuccessRate"}},{"kind":"Field","name":{"kind":"Name","value":"refundsPaise"}},{"kind":"Field","name":{"kind":"Name","value":"activeVendors"}},{"kind":"Field","name":{"kind":"Name","value":"openSupportTickets"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<KpisFragment, unknown>;
export const DashboardKpisDocument = {"__meta__":{"hash":"sha256:34c16e91ca6cc887b9bbe63f3f3e96a680d299f8a3788434944db03a51410f5b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardKpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboardKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Kpis"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Kpis"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardKpis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ordersPlaced"}},{"kind":"Field","name":{"kind":"Name","value":"gmvPaise"}},{"kind":"Field","name":{"kind":"Name","value":"netGmvPaise"}},{"kind":"Field","name":{"kind":"Name","value":"averageOrderValuePaise"}},{"kind":"Field","name":{"kind":"Name","value":"codSharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"onlinePaymentSuccessRate"}},{"kind":"Field","name":{"kind":"Name","value":"refundsPaise"}},{"kind":"Field","name":{"kind":"Name","value":"activeVendors"}},{"kind":"Field","name":{"kind":"Name","value":"openSupportTickets"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<DashboardKpisQuery, DashboardKpisQueryVariables>;
export const SalesSeriesDocument = {"__meta__":{"hash":"sha256:68daec8fd42fa92accfba74c45de2d0cc238c302cf68f73ee0b7bed53ec22589"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalesSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsRange"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"gmvPaise"}},{"kind":"Field","name":{"kind":"Name","value":"netGmvPaise"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledOrders"}},{"kind":"Field","name":{"kind":"Name","value":"refundedPaise"}},{"kind":"Field","name":{"kind":"Name","value":"codOrders"}},{"kind":"Field","name":{"kind":"Name","value":"onlineOrders"}}]}}]}}]} as unknown as DocumentNode<SalesSeriesQuery, SalesSeriesQueryVariables>;
export const SalesBreakdownDocument = {"__meta__":{"hash":"sha256:6dcc157de514b22c510ff32f74f936909cc4853edd079138500a56bfeea8786b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalesBreakdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsRange"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SalesDimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"gmvPaise"}},{"kind":"Field","name":{"kind":"Name","value":"netGmvPaise"}}]}}]}}]} as unknown as DocumentNode<SalesBreakdownQuery, SalesBreakdownQueryVariables>;
export const DashboardUpdatedDocument = {"__meta__":{"hash":"sha256:6ec1129af0547559f62f7817f48f4cfe67bf84c51e18ab71b0f6786806e0a8e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboardUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Kpis"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Kpis"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardKpis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ordersPlaced"}},{"kind":"Field","name":{"kind":"Name","value":"gmvPaise"}},{"kind":"Field","name":{"kind":"Name","value":"netGmvPaise"}},{"kind":"Field","name":{"kind":"Name","value":"averageOrderValuePaise"}},{"kind":"Field","name":{"kind":"Name","value":"codSharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"onlinePaymentSuccessRate"}},{"kind":"Field","name":{"kind":"Name","value":"refundsPaise"}},{"kind":"Field","name":{"kind":"Name","value":"activeVendors"}},{"kind":"Field","name":{"kind":"Name","value":"openSupportTickets"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<DashboardUpdatedSubscription, DashboardUpdatedSubscriptionVariables>;
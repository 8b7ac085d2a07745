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
    "fragment InventoryRow on VendorInventory {\n  id\n  stockQuantity\n  minOrderQuantity\n  leadTimeDays\n  isAvailable\n  sellsAtBasePrice\n  price {\n    paise\n    formatted\n  }\n  material {\n    id\n    name\n    slug\n    unit\n    unitDescription\n    basePrice {\n      paise\n      formatted\n    }\n  }\n  updatedAt\n}\n\nfragment LabourOfferRow on VendorLaborAvailability {\n  id\n  workersAvailable\n  isAvailable\n  dailyRate {\n    paise\n    formatted\n  }\n  laborCategory {\n    id\n    name\n    dailyRate {\n      paise\n    }\n  }\n}\n\nquery MyInventory {\n  myInventory {\n    ...InventoryRow\n  }\n}\n\nmutation UpdateMyInventory($input: UpdateInventoryInput!) {\n  updateMyInventory(input: $input) {\n    ...InventoryRow\n  }\n}\n\nquery MyLabourOffers {\n  myLaborOffers {\n    ...LabourOfferRow\n  }\n}\n\nmutation UpdateMyLabourOffers($input: UpdateLaborOffersInput!) {\n  updateMyLaborOffers(input: $input) {\n    ...LabourOfferRow\n  }\n}\n\nquery FindMaterialsToStock($search: String, $page: PageInput) {\n  materials(filter: {search: $search}, page: $page) {\n    items {\n      id\n      name\n      brand\n      unit\n      unitDescription\n      basePrice {\n        paise\n        formatted\n      }\n    }\n    pageInfo {\n      totalCount\n      hasNextPage\n    }\n  }\n}": typeof types.InventoryRowFragmentDoc,
};
const documents: Documents = {
    "fragment InventoryRow on VendorInventory {\n  id\n  stockQuantity\n  minOrderQuantity\n  leadTimeDays\n  isAvailable\n  sellsAtBasePrice\n  price {\n    paise\n    formatted\n  }\n  material {\n    id\n    name\n    slug\n    unit\n    unitDescription\n    basePrice {\n      paise\n      formatted\n    }\n  }\n  updatedAt\n}\n\nfragment LabourOfferRow on VendorLaborAvailability {\n  id\n  workersAvailable\n  isAvailable\n  dailyRate {\n    paise\n    formatted\n  }\n  laborCategory {\n    id\n    name\n    dailyRate {\n      paise\n    }\n  }\n}\n\nquery MyInventory {\n  myInventory {\n    ...InventoryRow\n  }\n}\n\nmutation UpdateMyInventory($input: UpdateInventoryInput!) {\n  updateMyInventory(input: $input) {\n    ...InventoryRow\n  }\n}\n\nquery MyLabourOffers {\n  myLaborOffers {\n    ...LabourOfferRow\n  }\n}\n\nmutation UpdateMyLabourOffers($input: UpdateLaborOffersInput!) {\n  updateMyLaborOffers(input: $input) {\n    ...LabourOfferRow\n  }\n}\n\nquery FindMaterialsToStock($search: String, $page: PageInput) {\n  materials(filter: {search: $search}, page: $page) {\n    items {\n      id\n      name\n      brand\n      unit\n      unitDescription\n      basePrice {\n        paise\n        formatted\n      }\n    }\n    pageInfo {\n      totalCount\n      hasNextPage\n    }\n  }\n}": types.InventoryRowFragmentDoc,
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
export function graphql(source: "fragment InventoryRow on VendorInventory {\n  id\n  stockQuantity\n  minOrderQuantity\n  leadTimeDays\n  isAvailable\n  sellsAtBasePrice\n  price {\n    paise\n    formatted\n  }\n  material {\n    id\n    name\n    slug\n    unit\n    unitDescription\n    basePrice {\n      paise\n      formatted\n    }\n  }\n  updatedAt\n}\n\nfragment LabourOfferRow on VendorLaborAvailability {\n  id\n  workersAvailable\n  isAvailable\n  dailyRate {\n    paise\n    formatted\n  }\n  laborCategory {\n    id\n    name\n    dailyRate {\n      paise\n    }\n  }\n}\n\nquery MyInventory {\n  myInventory {\n    ...InventoryRow\n  }\n}\n\nmutation UpdateMyInventory($input: UpdateInventoryInput!) {\n  updateMyInventory(input: $input) {\n    ...InventoryRow\n  }\n}\n\nquery MyLabourOffers {\n  myLaborOffers {\n    ...LabourOfferRow\n  }\n}\n\nmutation UpdateMyLabourOffers($input: UpdateLaborOffersInput!) {\n  updateMyLaborOffers(input: $input) {\n    ...LabourOfferRow\n  }\n}\n\nquery FindMaterialsToStock($search: String, $page: PageInput) {\n  materials(filter: {search: $search}, page: $page) {\n    items {\n      id\n      name\n      brand\n      unit\n      unitDescription\n      basePrice {\n        paise\n        formatted\n      }\n    }\n    pageInfo {\n      totalCount\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["fragment InventoryRow on VendorInventory {\n  id\n  stockQuantity\n  minOrderQuantity\n  leadTimeDays\n  isAvailable\n  sellsAtBasePrice\n  price {\n    paise\n    formatted\n  }\n  material {\n    id\n    name\n    slug\n    unit\n    unitDescription\n    basePrice {\n      paise\n      formatted\n    }\n  }\n  updatedAt\n}\n\nfragment LabourOfferRow on VendorLaborAvailability {\n  id\n  workersAvailable\n  isAvailable\n  dailyRate {\n    paise\n    formatted\n  }\n  laborCategory {\n    id\n    name\n    dailyRate {\n      paise\n    }\n  }\n}\n\nquery MyInventory {\n  myInventory {\n    ...InventoryRow\n  }\n}\n\nmutation UpdateMyInventory($input: UpdateInventoryInput!) {\n  updateMyInventory(input: $input) {\n    ...InventoryRow\n  }\n}\n\nquery MyLabourOffers {\n  myLaborOffers {\n    ...LabourOfferRow\n  }\n}\n\nmutation UpdateMyLabourOffers($input: UpdateLaborOffersInput!) {\n  updateMyLaborOffers(input: $input) {\n    ...LabourOfferRow\n  }\n}\n\nquery FindMaterialsToStock($search: String, $page: PageInput) {\n  materials(filter: {search: $search}, page: $page) {\n    items {\n      id\n      name\n      brand\n      unit\n      unitDescription\n      basePrice {\n        paise\n        formatted\n      }\n    }\n    pageInfo {\n      totalCount\n      hasNextPage\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
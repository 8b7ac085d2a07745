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
    "fragment UserSummary on User {\n  id\n  fullName\n  email\n  phone\n  type\n  status\n  preferredLanguage\n}\n\nfragment AddressFields on DeliveryAddress {\n  id\n  label\n  contactName\n  contactPhone\n  line1\n  line2\n  landmark\n  city\n  state\n  pincode\n  latitude\n  longitude\n  isDefault\n}\n\nquery Me {\n  me {\n    ...UserSummary\n    buyerProfile {\n      id\n      companyName\n      gstin\n    }\n  }\n}\n\nmutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    ...UserSummary\n  }\n}\n\nmutation UpdateMe($input: UpdateMeInput!) {\n  updateMe(input: $input) {\n    ...UserSummary\n  }\n}\n\nmutation UpdateBuyerProfile($input: UpdateBuyerProfileInput!) {\n  updateBuyerProfile(input: $input) {\n    id\n    companyName\n    gstin\n  }\n}\n\nquery MyAddresses {\n  myAddresses {\n    ...AddressFields\n  }\n}\n\nmutation AddAddress($input: AddAddressInput!) {\n  addAddress(input: $input) {\n    ...AddressFields\n  }\n}\n\nmutation UpdateAddress($id: ID!, $input: UpdateAddressInput!) {\n  updateAddress(id: $id, input: $input) {\n    ...AddressFields\n  }\n}\n\nmutation SetDefaultAddress($id: ID!) {\n  setDefaultAddress(id: $id) {\n    id\n    isDefault\n  }\n}\n\nmutation DeleteAddress($id: ID!) {\n  deleteAddress(id: $id)\n}\n\nmutation DeleteMyAccount {\n  deleteMyAccount {\n    id\n    status\n  }\n}": typeof types.UserSummaryFragmentDoc,
};
const documents: Documents = {
    "fragment UserSummary on User {\n  id\n  fullName\n  email\n  phone\n  type\n  status\n  preferredLanguage\n}\n\nfragment AddressFields on DeliveryAddress {\n  id\n  label\n  contactName\n  contactPhone\n  line1\n  line2\n  landmark\n  city\n  state\n  pincode\n  latitude\n  longitude\n  isDefault\n}\n\nquery Me {\n  me {\n    ...UserSummary\n    buyerProfile {\n      id\n      companyName\n      gstin\n    }\n  }\n}\n\nmutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    ...UserSummary\n  }\n}\n\nmutation UpdateMe($input: UpdateMeInput!) {\n  updateMe(input: $input) {\n    ...UserSummary\n  }\n}\n\nmutation UpdateBuyerProfile($input: UpdateBuyerProfileInput!) {\n  updateBuyerProfile(input: $input) {\n    id\n    companyName\n    gstin\n  }\n}\n\nquery MyAddresses {\n  myAddresses {\n    ...AddressFields\n  }\n}\n\nmutation AddAddress($input: AddAddressInput!) {\n  addAddress(input: $input) {\n    ...AddressFields\n  }\n}\n\nmutation UpdateAddress($id: ID!, $input: UpdateAddressInput!) {\n  updateAddress(id: $id, input: $input) {\n    ...AddressFields\n  }\n}\n\nmutation SetDefaultAddress($id: ID!) {\n  setDefaultAddress(id: $id) {\n    id\n    isDefault\n  }\n}\n\nmutation DeleteAddress($id: ID!) {\n  deleteAddress(id: $id)\n}\n\nmutation DeleteMyAccount {\n  deleteMyAccount {\n    id\n    status\n  }\n}": types.UserSummaryFragmentDoc,
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
export function graphql(source: "fragment UserSummary on User {\n  id\n  fullName\n  email\n  phone\n  type\n  status\n  preferredLanguage\n}\n\nfragment AddressFields on DeliveryAddress {\n  id\n  label\n  contactName\n  contactPhone\n  line1\n  line2\n  landmark\n  city\n  state\n  pincode\n  latitude\n  longitude\n  isDefault\n}\n\nquery Me {\n  me {\n    ...UserSummary\n    buyerProfile {\n      id\n      companyName\n      gstin\n    }\n  }\n}\n\nmutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    ...UserSummary\n  }\n}\n\nmutation UpdateMe($input: UpdateMeInput!) {\n  updateMe(input: $input) {\n    ...UserSummary\n  }\n}\n\nmutation UpdateBuyerProfile($input: UpdateBuyerProfileInput!) {\n  updateBuyerProfile(input: $input) {\n    id\n    companyName\n    gstin\n  }\n}\n\nquery MyAddresses {\n  myAddresses {\n    ...AddressFields\n  }\n}\n\nmutation AddAddress($input: AddAddressInput!) {\n  addAddress(input: $input) {\n    ...AddressFields\n  }\n}\n\nmutation UpdateAddress($id: ID!, $input: UpdateAddressInput!) {\n  updateAddress(id: $id, input: $input) {\n    ...AddressFields\n  }\n}\n\nmutation SetDefaultAddress($id: ID!) {\n  setDefaultAddress(id: $id) {\n    id\n    isDefault\n  }\n}\n\nmutation DeleteAddress($id: ID!) {\n  deleteAddress(id: $id)\n}\n\nmutation DeleteMyAccount {\n  deleteMyAccount {\n    id\n    status\n  }\n}"): (typeof documents)["fragment UserSummary on User {\n  id\n  fullName\n  email\n  phone\n  type\n  status\n  preferredLanguage\n}\n\nfragment AddressFields on DeliveryAddress {\n  id\n  label\n  contactName\n  contactPhone\n  line1\n  line2\n  landmark\n  city\n  state\n  pincode\n  latitude\n  longitude\n  isDefault\n}\n\nquery Me {\n  me {\n    ...UserSummary\n    buyerProfile {\n      id\n      companyName\n      gstin\n    }\n  }\n}\n\nmutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    ...UserSummary\n  }\n}\n\nmutation UpdateMe($input: UpdateMeInput!) {\n  updateMe(input: $input) {\n    ...UserSummary\n  }\n}\n\nmutation UpdateBuyerProfile($input: UpdateBuyerProfileInput!) {\n  updateBuyerProfile(input: $input) {\n    id\n    companyName\n    gstin\n  }\n}\n\nquery MyAddresses {\n  myAddresses {\n    ...AddressFields\n  }\n}\n\nmutation AddAddress($input: AddAddressInput!) {\n  addAddress(input: $input) {\n    ...AddressFields\n  }\n}\n\nmutation UpdateAddress($id: ID!, $input: UpdateAddressInput!) {\n  updateAddress(id: $id, input: $input) {\n    ...AddressFields\n  }\n}\n\nmutation SetDefaultAddress($id: ID!) {\n  setDefaultAddress(id: $id) {\n    id\n    isDefault\n  }\n}\n\nmutation DeleteAddress($id: ID!) {\n  deleteAddress(id: $id)\n}\n\nmutation DeleteMyAccount {\n  deleteMyAccount {\n    id\n    status\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
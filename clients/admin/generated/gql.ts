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
    "mutation CreateCategory($input: CreateCategoryInput!) {\n  createCategory(input: $input) {\n    id\n    slug\n  }\n}\n\nmutation UpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n  updateCategory(id: $id, input: $input) {\n    id\n    name\n    isActive\n  }\n}\n\nmutation ArchiveCategory($id: ID!) {\n  archiveCategory(id: $id) {\n    id\n    isActive\n  }\n}\n\nmutation CreateMaterial($input: CreateMaterialInput!) {\n  createMaterial(input: $input) {\n    id\n    slug\n  }\n}\n\nmutation UpdateMaterial($id: ID!, $input: UpdateMaterialInput!) {\n  updateMaterial(id: $id, input: $input) {\n    id\n    isActive\n  }\n}\n\nmutation ArchiveMaterial($id: ID!) {\n  archiveMaterial(id: $id) {\n    id\n    isActive\n  }\n}\n\nmutation CreateLaborCategory($input: CreateLaborCategoryInput!) {\n  createLaborCategory(input: $input) {\n    id\n    slug\n  }\n}\n\nmutation AddGstRate($input: AddGstRateInput!) {\n  addGstRate(input: $input) {\n    hsnCode\n    rateBasisPoints\n    effectiveFrom\n  }\n}": typeof types.CreateCategoryDocument,
    "query AdminUsers($filter: UsersFilter, $page: PageInput) {\n  users(filter: $filter, page: $page) {\n    items {\n      id\n      fullName\n      email\n      phone\n      type\n      status\n      createdAt\n    }\n    pageInfo {\n      totalCount\n      offset\n      limit\n      hasNextPage\n    }\n  }\n}\n\nmutation CreateAdminUser($input: CreateAdminUserInput!) {\n  createAdminUser(input: $input) {\n    id\n    email\n    type\n  }\n}\n\nmutation SetUserStatus($input: SetUserStatusInput!) {\n  setUserStatus(input: $input) {\n    id\n    status\n  }\n}": typeof types.AdminUsersDocument,
};
const documents: Documents = {
    "mutation CreateCategory($input: CreateCategoryInput!) {\n  createCategory(input: $input) {\n    id\n    slug\n  }\n}\n\nmutation UpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n  updateCategory(id: $id, input: $input) {\n    id\n    name\n    isActive\n  }\n}\n\nmutation ArchiveCategory($id: ID!) {\n  archiveCategory(id: $id) {\n    id\n    isActive\n  }\n}\n\nmutation CreateMaterial($input: CreateMaterialInput!) {\n  createMaterial(input: $input) {\n    id\n    slug\n  }\n}\n\nmutation UpdateMaterial($id: ID!, $input: UpdateMaterialInput!) {\n  updateMaterial(id: $id, input: $input) {\n    id\n    isActive\n  }\n}\n\nmutation ArchiveMaterial($id: ID!) {\n  archiveMaterial(id: $id) {\n    id\n    isActive\n  }\n}\n\nmutation CreateLaborCategory($input: CreateLaborCategoryInput!) {\n  createLaborCategory(input: $input) {\n    id\n    slug\n  }\n}\n\nmutation AddGstRate($input: AddGstRateInput!) {\n  addGstRate(input: $input) {\n    hsnCode\n    rateBasisPoints\n    effectiveFrom\n  }\n}": types.CreateCategoryDocument,
    "query AdminUsers($filter: UsersFilter, $page: PageInput) {\n  users(filter: $filter, page: $page) {\n    items {\n      id\n      fullName\n      email\n      phone\n      type\n      status\n      createdAt\n    }\n    pageInfo {\n      totalCount\n      offset\n      limit\n      hasNextPage\n    }\n  }\n}\n\nmutation CreateAdminUser($input: CreateAdminUserInput!) {\n  createAdminUser(input: $input) {\n    id\n    email\n    type\n  }\n}\n\nmutation SetUserStatus($input: SetUserStatusInput!) {\n  setUserStatus(input: $input) {\n    id\n    status\n  }\n}": types.AdminUsersDocument,
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
export function graphql(source: "mutation CreateCategory($input: CreateCategoryInput!) {\n  createCategory(input: $input) {\n    id\n    slug\n  }\n}\n\nmutation UpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n  updateCategory(id: $id, input: $input) {\n    id\n    name\n    isActive\n  }\n}\n\nmutation ArchiveCategory($id: ID!) {\n  archiveCategory(id: $id) {\n    id\n    isActive\n  }\n}\n\nmutation CreateMaterial($input: CreateMaterialInput!) {\n  createMaterial(input: $input) {\n    id\n    slug\n  }\n}\n\nmutation UpdateMaterial($id: ID!, $input: UpdateMaterialInput!) {\n  updateMaterial(id: $id, input: $input) {\n    id\n    isActive\n  }\n}\n\nmutation ArchiveMaterial($id: ID!) {\n  archiveMaterial(id: $id) {\n    id\n    isActive\n  }\n}\n\nmutation CreateLaborCategory($input: CreateLaborCategoryInput!) {\n  createLaborCategory(input: $input) {\n    id\n    slug\n  }\n}\n\nmutation AddGstRate($input: AddGstRateInput!) {\n  addGstRate(input: $input) {\n    hsnCode\n    rateBasisPoints\n    effectiveFrom\n  }\n}"): (typeof documents)["mutation CreateCategory($input: CreateCategoryInput!) {\n  createCategory(input: $input) {\n    id\n    slug\n  }\n}\n\nmutation UpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n  updateCategory(id: $id, input: $input) {\n    id\n    name\n    isActive\n  }\n}\n\nmutation ArchiveCategory($id: ID!) {\n  archiveCategory(id: $id) {\n    id\n    isActive\n  }\n}\n\nmutation CreateMaterial($input: CreateMaterialInput!) {\n  createMaterial(input: $input) {\n    id\n    slug\n  }\n}\n\nmutation UpdateMaterial($id: ID!, $input: UpdateMaterialInput!) {\n  updateMaterial(id: $id, input: $input) {\n    id\n    isActive\n  }\n}\n\nmutation ArchiveMaterial($id: ID!) {\n  archiveMaterial(id: $id) {\n    id\n    isActive\n  }\n}\n\nmutation CreateLaborCategory($input: CreateLaborCategoryInput!) {\n  createLaborCategory(input: $input) {\n    id\n    slug\n  }\n}\n\nmutation AddGstRate($input: AddGstRateInput!) {\n  addGstRate(input: $input) {\n    hsnCode\n    rateBasisPoints\n    effectiveFrom\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminUsers($filter: UsersFilter, $page: PageInput) {\n  users(filter: $filter, page: $page) {\n    items {\n      id\n      fullName\n      email\n      phone\n      type\n      status\n      createdAt\n    }\n    pageInfo {\n      totalCount\n      offset\n      limit\n      hasNextPage\n    }\n  }\n}\n\nmutation CreateAdminUser($input: CreateAdminUserInput!) {\n  createAdminUser(input: $input) {\n    id\n    email\n    type\n  }\n}\n\nmutation SetUserStatus($input: SetUserStatusInput!) {\n  setUserStatus(input: $input) {\n    id\n    status\n  }\n}"): (typeof documents)["query AdminUsers($filter: UsersFilter, $page: PageInput) {\n  users(filter: $filter, page: $page) {\n    items {\n      id\n      fullName\n      email\n      phone\n      type\n      status\n      createdAt\n    }\n    pageInfo {\n      totalCount\n      offset\n      limit\n      hasNextPage\n    }\n  }\n}\n\nmutation CreateAdminUser($input: CreateAdminUserInput!) {\n  createAdminUser(input: $input) {\n    id\n    email\n    type\n  }\n}\n\nmutation SetUserStatus($input: SetUserStatusInput!) {\n  setUserStatus(input: $input) {\n    id\n    status\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
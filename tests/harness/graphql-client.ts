import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

export interface GraphQLErrorShape {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorShape[];
}

export function gatewayUrl(): string {
  const url = process.env.REALSERV_GATEWAY_URL;
  if (!url) throw new Error('REALSERV_GATEWAY_URL is not set: run e2e tests through jest (global setup).');
  return url;
}

/** One GraphQL request over HTTP, exactly as a client app sends it. */
export async function graphql<T = Record<string, unknown>, V = Record<string, unknown>>(
  document: string | DocumentNode | TypedDocumentNode<T, V>,
  variables?: V,
  options: { token?: string; url?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(options.url ?? gatewayUrl(), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: GraphQLErrorShape[] };
  return { status: response.status, ...body };
}

/** The `extensions.code` of each error, for assertions. */
export function errorCodes(response: GraphQLResponse<unknown>): string[] {
  return (response.errors ?? []).map((e) => String(e.extensions?.code));
}

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error(`Expected success, got: ${JSON.stringify(response.errors ?? response)}`);
  }
  return response.data;
}

import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient, type Client } from 'graphql-ws';

/**
 * A small GraphQL client for the gateway. Operations go by trusted-document id (codegen's
 * `__meta__.hash`, listed in generated/persisted-documents.json, which the gateway loads), so
 * they run where the gateway requires trusted documents. Each call carries a fresh ID token
 * (Firebase refreshes it before it expires).
 */
export class ApiError extends Error {
  constructor(
    message: string,
    public readonly code: string,
  ) {
    super(message);
  }
}

export type TokenSource = (forceRefresh?: boolean) => Promise<string>;

function documentIdOf(document: TypedDocumentNode<unknown, unknown>): string {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new Error('This document has no trusted-document id: run `npm run codegen`.');
  return hash;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

function firstError(errors: NonNullable<GraphQLResponse<unknown>['errors']>): ApiError {
  const [error] = errors;
  return new ApiError(error?.message ?? 'The request failed.', error?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
}

export class GatewayClient {
  private readonly httpUrl: string;
  private readonly wsUrl: string;

  constructor(
    graphqlPath: string,
    private readonly token: TokenSource,
  ) {
    const url = new URL(graphqlPath, window.location.href);
    this.httpUrl = url.toString();
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    this.wsUrl = url.toString();
  }

  async query<R, V>(document: TypedDocumentNode<R, V>, variables: V, signal?: AbortSignal): Promise<R> {
    const response = await fetch(this.httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', authorization: `Bearer ${await this.token()}` },
      body: JSON.stringify({ documentId: documentIdOf(document as TypedDocumentNode<unknown, unknown>), variables }),
      ...(signal ? { signal } : {}),
    });
    let body: GraphQLResponse<R>;
    try {
      body = (await response.json()) as GraphQLResponse<R>;
    } catch {
      throw new ApiError(`The gateway answered HTTP ${response.status}.`, 'BAD_RESPONSE');
    }
    if (body.errors?.length) throw firstError(body.errors);
    if (!body.data) throw new ApiError(`The gateway answered HTTP ${response.status} without data.`, 'BAD_RESPONSE');
    return body.data;
  }

  /**
   * A graphql-ws connection that reconnects (with backoff) for as long as the page is open. The
   * gateway closes a socket with 4403 when its token expires; the next connection sends a fresh
   * one. `onState` reports whether updates are flowing.
   */
  live(onState: (state: LiveState) => void): Client {
    let refreshNext = false;
    let token = '';
    return createClient({
      // The token is fetched before the socket opens, so connection_init goes out at once (the
      // gateway closes sockets that stay silent: WS_CONNECTION_INIT_TIMEOUT_MS).
      url: async () => {
        token = await this.token(refreshNext);
        refreshNext = false;
        return this.wsUrl;
      },
      lazy: true,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      connectionParams: () => ({ authorization: `Bearer ${token}` }),
      on: {
        connecting: () => onState('connecting'),
        connected: (_socket, _payload, wasRetry) => onState(wasRetry ? 'reconnected' : 'connected'),
        closed: (event) => {
          if ((event as CloseEvent | undefined)?.code === 4403) refreshNext = true;
          onState('disconnected');
        },
      },
    });
  }
}

export type LiveState = 'connecting' | 'connected' | 'reconnected' | 'disconnected';

/** Subscribes by trusted-document id; returns the unsubscribe function. */
export function subscribe<R, V>(
  client: Client,
  document: TypedDocumentNode<R, V>,
  variables: V,
  handlers: { next: (data: R) => void; error: (error: ApiError) => void },
): () => void {
  return client.subscribe<R>(
    // graphql-ws needs a `query`; the gateway takes the text from the id when it is empty.
    { query: '', documentId: documentIdOf(document as TypedDocumentNode<unknown, unknown>), variables: variables as Record<string, unknown> } as never,
    {
      next: (result) => {
        if (result.errors?.length) handlers.error(firstError(result.errors as NonNullable<GraphQLResponse<unknown>['errors']>));
        else if (result.data) handlers.next(result.data as R);
      },
      error: (error) => {
        const errors = Array.isArray(error) ? (error as NonNullable<GraphQLResponse<unknown>['errors']>) : null;
        handlers.error(errors?.length ? firstError(errors) : new ApiError('Live updates stopped.', 'LIVE_ERROR'));
      },
      complete: () => undefined,
    },
  );
}

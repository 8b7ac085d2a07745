import { randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { CALLER_HEADER, REQUEST_ID_HEADER, serviceCaller, signCallerEnvelope } from './caller.js';
import { countPeerCall, countPeerStatements } from './request-cost.js';
import { postAndRead, type ReadResponse } from './http/post-and-read.js';
import { ConflictError, ForbiddenError, NotFoundError, ServiceUnavailableError, ValidationError } from './errors.js';

/** A peer subgraph failed or did not answer: retryable for the client, detailed in the logs. */
export class PeerUnavailableError extends ServiceUnavailableError {
  constructor(
    readonly peer: string,
    detail: string,
  ) {
    super(`${peer} ${detail}`);
  }
}

/** Each operation's text, printed once per document. */
const queryText = new WeakMap<DocumentNode, string>();

/**
 * GraphQL calls from one subgraph to another (e.g. orders → catalog to reserve stock), signed
 * with the key the pair shares, as SERVICE. Errors the peer reports with a code come back as
 * the same domain errors, details included, so the caller can pass them on.
 *
 * Operations are typed documents generated from the caller's `ports/<peer>.peer.graphql`
 * against the peer's SDL (codegen.yml), so the variables and the result are checked at compile
 * time and codegen fails when the peer changes a field the caller selects.
 */
export class PeerClient {
  constructor(
    private readonly options: { self: string; peer: string; url: string; key: string; timeoutMs?: number },
  ) {}

  async request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: NoInfer<TVariables>,
    requestId: string = randomUUID(),
  ): Promise<TResult> {
    let query = queryText.get(document);
    if (query === undefined) queryText.set(document, (query = print(document)));
    const header = signCallerEnvelope(
      { caller: serviceCaller(this.options.self), requestId, aud: this.options.peer, iat: Math.floor(Date.now() / 1000), iss: this.options.self },
      this.options.key,
    );
    countPeerCall();
    let response: ReadResponse;
    try {
      response = await postAndRead(
        this.options.url,
        JSON.stringify({ query, variables }),
        { 'content-type': 'application/json', [CALLER_HEADER]: header, [REQUEST_ID_HEADER]: requestId },
        this.options.timeoutMs ?? 10_000,
      );
    } catch (error) {
      throw new PeerUnavailableError(this.options.peer, `did not answer: ${(error as Error).message}`);
    }
    countPeerStatements(Number(response.headers.get('x-sql-statements') ?? 0) + Number(response.headers.get('x-peer-sql-statements') ?? 0));
    let body: { data?: TResult; errors?: Array<{ message: string; extensions?: { code?: string; [k: string]: unknown } }> } = {};
    try {
      body = JSON.parse(response.text) as typeof body;
    } catch {
      // Not JSON (a proxy's error page): the status decides below.
    }
    const error = body.errors?.[0];
    if (error) {
      const { code, ...details } = error.extensions ?? {};
      delete (details as Record<string, unknown>).stacktrace;
      switch (code) {
        case 'BAD_USER_INPUT':
          throw new ValidationError(error.message, details);
        case 'CONFLICT':
          throw new ConflictError(error.message, details);
        case 'NOT_FOUND':
          throw Object.assign(new NotFoundError('Resource'), { message: error.message });
        case 'FORBIDDEN':
          throw new ForbiddenError(error.message);
        default:
          throw new PeerUnavailableError(this.options.peer, `failed (${String(code)}): ${error.message}`);
      }
    }
    if (!response.ok || !body.data) throw new PeerUnavailableError(this.options.peer, `answered HTTP ${response.status}`);
    return body.data;
  }
}

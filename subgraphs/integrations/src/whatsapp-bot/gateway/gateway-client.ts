/**
 * The bot's GraphQL client of the gateway: typed documents generated from
 * clients/whatsapp-bot/*.graphql (`npm run codegen`), sent with the linked vendor user's ID token,
 * so every call has exactly that user's rights. Never a service key, never another subgraph's data.
 */
import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ServiceUnavailableError } from '@realserv/platform';
import type { VendorSessions } from './vendor-session.js';
import { GatewayError } from './gateway-error.js';

export { GatewayError } from './gateway-error.js';

export interface GatewayClientOptions {
  /** The gateway's /graphql URL, read when first needed (the gateway starts after the subgraphs). */
  url: () => string;
  sessions: VendorSessions;
}

export class GatewayClient {
  private readonly texts = new WeakMap<DocumentNode, string>();

  constructor(private readonly options: GatewayClientOptions) {}

  /**
   * Runs one operation as the user; GraphQL errors throw GatewayError with the first error's code.
   * It sends the trusted-document id (so a gateway in `require` mode runs it), and the text only
   * when the gateway does not know the id (trusted documents off, or an older manifest).
   */
  async run<T, V>(firebaseUid: string, document: TypedDocumentNode<T, V>, variables: V): Promise<T> {
    const id = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
    let body = id ? await this.post<T>(firebaseUid, { documentId: id, variables }) : null;
    const refusedId = body?.errors?.[0]?.extensions?.code;
    if (!body || refusedId === 'PERSISTED_QUERY_NOT_FOUND' || (refusedId === 'BAD_REQUEST' && !body.data)) {
      body = await this.post<T>(firebaseUid, { query: this.textOf(document), variables });
    }
    const first = body.errors?.[0];
    if (first) {
      const code = first.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
      if (code === 'UNAUTHENTICATED') this.options.sessions.forget(firebaseUid);
      throw new GatewayError(code, first.message, first.extensions?.reason ?? null);
    }
    if (!body.data) throw new ServiceUnavailableError('gateway answered without data');
    return body.data;
  }

  private textOf(document: DocumentNode): string {
    let text = this.texts.get(document);
    if (!text) {
      text = print(document);
      this.texts.set(document, text);
    }
    return text;
  }

  private async post<T>(firebaseUid: string, payload: Record<string, unknown>): Promise<GatewayAnswer<T>> {
    const token = await this.options.sessions.idToken(firebaseUid);
    let response: Response;
    try {
      response = await fetch(this.options.url(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'apollographql-client-name': 'whatsapp-bot' },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(15_000),
      });
    } catch (error) {
      throw new ServiceUnavailableError(`gateway unreachable: ${(error as Error).message}`);
    }
    const body = (await response.json().catch(() => null)) as GatewayAnswer<T> | null;
    if (!body) throw new ServiceUnavailableError(`gateway answered HTTP ${response.status} without JSON`);
    return body;
  }
}

interface GatewayAnswer<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; reason?: string } }>;
}

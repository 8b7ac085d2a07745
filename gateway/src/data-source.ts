import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { CALLER_HEADER, REQUEST_ID_HEADER, postAndRead, signCallerEnvelope, type ReadResponse } from '@realserv/platform';
import type { GatewayContext } from './context.js';

type ReceivedResponse = Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0];
type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/** An answer postAndRead has read whole, as the Fetch API response RemoteGraphQLDataSource reads. */
class ReadFetcherResponse implements FetcherResponse {
  readonly redirected = false;
  bodyUsed = false;

  constructor(private readonly read: ReadResponse) {}

  get url() {
    return this.read.url;
  }
  get status() {
    return this.read.status;
  }
  get ok() {
    return this.read.ok;
  }
  get statusText() {
    return this.read.statusText;
  }
  get headers() {
    return this.read.headers;
  }
  async text(): Promise<string> {
    this.bodyUsed = true;
    return this.read.text;
  }
  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = new TextEncoder().encode(await this.text());
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }
  clone(): FetcherResponse {
    return new ReadFetcherResponse(this.read);
  }
}

/**
 * The subgraph fetches, with undici's `request` (postAndRead) instead of Node's `fetch`: the same
 * keep-alive pool, without the WHATWG wrappers that made up about a tenth of the gateway's CPU in
 * #12's mix. RemoteGraphQLDataSource always POSTs its JSON body.
 */
export const subgraphFetcher: Fetcher = async (url, init) => {
  if (init?.method && init.method !== 'POST') throw new Error(`subgraph fetches are POSTs, not ${init.method}`);
  const body = typeof init?.body === 'string' ? init.body : (init?.body?.toString('utf8') ?? '');
  return new ReadFetcherResponse(await postAndRead(url, body, init?.headers ?? {}));
};

/**
 * Sends each subgraph request with only what the subgraph may trust: the caller, signed with
 * that subgraph's own key, and the request id. Client headers are never forwarded.
 */
export class SignedCallerDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraphName: string,
    url: string,
    private readonly callerKey: string,
    /** Told of every answer (the response cache moves on after catalog writes). */
    private readonly onAnswer?: (subgraph: string, query: string | undefined) => void,
  ) {
    // Not the default make-fetch-happen agent (it builds a stack trace per request to tell http
    // from https), nor Node's fetch (its WHATWG wrappers): undici's request (subgraphFetcher).
    super({ url, fetcher: subgraphFetcher });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    // During the gateway's own start-up there is no client context.
    const caller = 'caller' in context ? (context.caller ?? null) : null;
    const requestId = 'requestId' in context && context.requestId ? context.requestId : 'gateway';
    headers.set(
      CALLER_HEADER,
      signCallerEnvelope(
        { caller, requestId, aud: this.subgraphName, iat: Math.floor(Date.now() / 1000) },
        this.callerKey,
      ),
    );
    headers.set(REQUEST_ID_HEADER, requestId);
  }

  override didReceiveResponse({ request, response }: ReceivedResponse): ReceivedResponse['response'] {
    this.onAnswer?.(this.subgraphName, request.query);
    return response;
  }
}

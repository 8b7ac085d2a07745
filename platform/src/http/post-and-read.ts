import { STATUS_CODES } from 'node:http';
import { request } from 'undici';

/** An HTTP answer read whole: status, headers and body text. */
export interface ReadResponse {
  url: string;
  status: number;
  statusText: string;
  ok: boolean;
  headers: Headers;
  text: string;
}

/**
 * POSTs `body` and reads the whole answer, with undici's `request` over the global dispatcher
 * (useKeepAliveForFetch's Agent, so the same pooled keep-alive connections as `fetch`).
 *
 * For the calls between our own services: the gateway's subgraph fetches and PeerClient. Node's
 * `fetch` is undici too, but wraps each call in WHATWG Request, Response and body streams: on
 * this machine it took 260–340 µs of the caller's CPU per call against 63–77 µs for `request`
 * (a 1 KB JSON answer over keep-alive, docs/performance.md), and the gateway makes a subgraph call
 * for every answer it does not take from its cache.
 *
 * `timeoutMs` bounds the wait for the answer's headers and then for each part of its body
 * (undici's headersTimeout and bodyTimeout); without it the dispatcher's defaults hold. Network
 * errors and timeouts reject, as `fetch` does; any HTTP status resolves.
 */
export async function postAndRead(url: string, body: string, headers: Record<string, string>, timeoutMs?: number): Promise<ReadResponse> {
  const response = await request(url, {
    method: 'POST',
    headers,
    body,
    ...(timeoutMs === undefined ? {} : { headersTimeout: timeoutMs, bodyTimeout: timeoutMs }),
  });
  // Read whole, always: an unread body would keep its connection out of the pool.
  const text = await response.body.text();
  const received = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) received.append(name, one);
  }
  const status = response.statusCode;
  return { url, status, statusText: STATUS_CODES[status] ?? '', ok: status >= 200 && status < 300, headers: received, text };
}

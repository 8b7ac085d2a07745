import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { RequestHandler } from 'express';
import type { Logger } from '@realserv/platform';

/**
 * Trusted documents (persisted queries as an allow-list). GraphQL Code Generator writes one
 * manifest per first-party client (`clients/<app>/generated/persisted-documents.json`:
 * `"sha256:<hex>": "<document>"`); apps send the id instead of the text:
 *
 * - `{ "documentId": "sha256:<hex>", "variables": … }` (the GraphQL-over-HTTP proposal; also as
 *   a GET parameter), or
 * - Apollo's `{ "extensions": { "persistedQuery": { "version": 1, "sha256Hash": "<hex>" } } }`.
 *
 * Modes: `off` ignores ids; `allow` resolves ids and still runs any text (Sandbox, tools);
 * `require` runs only documents in a manifest, sent by id or as their exact text.
 * Apollo's APQ is a cache any client can fill, not an allow-list, so it stays off.
 */
export type TrustedDocumentsMode = 'off' | 'allow' | 'require';

export class TrustedDocuments {
  private documents = new Map<string, string>();

  constructor(
    private readonly paths: string[],
    private readonly log: Logger,
  ) {
    this.reload();
  }

  get size(): number {
    return this.documents.size;
  }

  /** Reads every manifest again; a broken manifest keeps the previous set and throws. */
  reload(): number {
    const next = new Map<string, string>();
    for (const path of this.paths) {
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      for (const [id, document] of Object.entries(manifest)) {
        if (typeof document !== 'string') throw new Error(`${path}: ${id} is not a document string`);
        const hex = hashOf(document);
        if (normaliseId(id) !== hex) throw new Error(`${path}: ${id} is not the SHA-256 of its document`);
        next.set(hex, document);
      }
    }
    this.documents = next;
    this.log.info({ documents: next.size, manifests: this.paths.length }, 'trusted documents loaded');
    return next.size;
  }

  lookup(id: string): string | undefined {
    const hex = normaliseId(id);
    return hex ? this.documents.get(hex) : undefined;
  }

  isKnownText(query: string): boolean {
    return this.documents.get(hashOf(query)) === query;
  }
}

const hashOf = (document: string) => createHash('sha256').update(document).digest('hex');

/** `sha256:<hex>` or a bare 64-hex hash (Apollo's persistedQuery extension) → lower-case hex. */
function normaliseId(id: string): string | undefined {
  const match = /^(?:sha256:)?([0-9a-f]{64})$/i.exec(id.trim());
  return match?.[1]?.toLowerCase();
}

function graphqlError(res: Parameters<RequestHandler>[1], status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * Express middleware before Apollo: swaps a document id for its text, or refuses the request
 * (`PERSISTED_QUERY_NOT_FOUND` for an unknown id, `PERSISTED_QUERY_REQUIRED` for unknown text
 * in `require` mode). Runs after `express.json`, so POST bodies are parsed objects.
 */
export function trustedDocumentsMiddleware(store: TrustedDocuments, mode: TrustedDocumentsMode): RequestHandler {
  return (req, res, next) => {
    if (mode === 'off') return next();
    const isGet = req.method === 'GET';
    const source: Record<string, unknown> | undefined = isGet
      ? Object.fromEntries(new URL(req.originalUrl, 'http://gateway').searchParams)
      : typeof req.body === 'object' && req.body !== null && !Array.isArray(req.body)
        ? (req.body as Record<string, unknown>)
        : undefined;
    // Not a GraphQL request Apollo would run (a landing-page GET, a batch): Apollo decides.
    if (!source || (isGet && !('query' in source) && !('documentId' in source) && !('extensions' in source))) return next();

    const decision = admitDocument(store, mode, source);
    if (decision.kind === 'refuse') {
      graphqlError(res, 400, decision.code, decision.message);
      return;
    }
    if (decision.kind === 'replace') setQuery(req, source, isGet, decision.document);
    next();
  };
}

export type Admission =
  | { kind: 'pass' }
  | { kind: 'replace'; document: string }
  | { kind: 'refuse'; code: 'PERSISTED_QUERY_NOT_FOUND' | 'PERSISTED_QUERY_REQUIRED' | 'BAD_REQUEST'; message: string };

/** The rule for one request (HTTP body, GET parameters or a graphql-ws subscribe payload). */
export function admitDocument(store: TrustedDocuments, mode: TrustedDocumentsMode, source: Record<string, unknown>): Admission {
  if (mode === 'off') return { kind: 'pass' };
  const id = requestedId(source);
  if (id !== undefined) {
    const document = store.lookup(id);
    if (!document) return { kind: 'refuse', code: 'PERSISTED_QUERY_NOT_FOUND', message: 'Unknown document id: this client build is not known to the server.' };
    // graphql-ws clients must send some `query`; an empty one goes with an id.
    if (typeof source.query === 'string' && source.query !== '' && source.query !== document) {
      return { kind: 'refuse', code: 'BAD_REQUEST', message: 'The query text does not match the document id.' };
    }
    return { kind: 'replace', document };
  }
  if (mode === 'require' && typeof source.query === 'string' && !store.isKnownText(source.query)) {
    return { kind: 'refuse', code: 'PERSISTED_QUERY_REQUIRED', message: 'Only trusted documents are accepted here: send the documentId of a known operation.' };
  }
  return { kind: 'pass' };
}

function requestedId(source: Record<string, unknown>): string | undefined {
  if (typeof source.documentId === 'string') return source.documentId;
  const fromExtensions = (source.extensions as { documentId?: unknown } | undefined)?.documentId;
  if (typeof fromExtensions === 'string') return fromExtensions;
  let extensions = source.extensions;
  if (typeof extensions === 'string') {
    try {
      extensions = JSON.parse(extensions) as unknown;
    } catch {
      return undefined;
    }
  }
  const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
}

function setQuery(req: Parameters<RequestHandler>[0], source: Record<string, unknown>, isGet: boolean, document: string) {
  if (!isGet) {
    const body = req.body as Record<string, unknown>;
    body.query = document;
    delete body.documentId;
    // Apollo would try APQ (and refuse: it is disabled) if the extension stayed.
    if (body.extensions && typeof body.extensions === 'object') {
      const { persistedQuery: _drop, ...rest } = body.extensions as Record<string, unknown>;
      body.extensions = rest;
    }
    return;
  }
  const url = new URL(req.originalUrl, 'http://gateway');
  url.searchParams.set('query', document);
  url.searchParams.delete('documentId');
  if (typeof source.extensions === 'string') url.searchParams.delete('extensions');
  req.url = `${req.url.split('?')[0]}?${url.searchParams.toString()}`;
}

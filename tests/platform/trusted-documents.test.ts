import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CategoryTreeDocument } from '@realserv/clients/buyer-app';
import { VendorOrderFeedDocument } from '@realserv/clients/vendor-web';
import { newBuyer, newRegisteredUser, seededAdmin } from '../harness/actors.js';
import { eventually } from '../harness/eventually.js';
import { gatewayUrl } from '../harness/graphql-client.js';
import { liveClient, subscribe } from '../harness/live-client.js';
import { PLACE_ORDER, addAddress, cement, placeInput, vendorStocking } from '../orders/order-helpers.js';
import { GatewayProcess } from '../harness/extra-gateway.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const manifestOf = (app: string) => join(repoRoot, 'clients', app, 'generated', 'persisted-documents.json');
const idOf = (document: unknown) => (document as { __meta__: { hash: string } }).__meta__.hash;
const documentText = (app: string, id: string) => (JSON.parse(readFileSync(manifestOf(app), 'utf8')) as Record<string, string>)[id]!;

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}
async function post(url: string, body: unknown, token?: string): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}
const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

describe('trusted documents, default mode outside production (ids resolved, any text runs)', () => {
  const categoryTree = idOf(CategoryTreeDocument);

  it('the buyer app sends a document id from its manifest instead of the text', async () => {
    const answer = await post(gatewayUrl(), { documentId: categoryTree, variables: { kind: 'MATERIAL' } });
    expect(answer.status).toBe(200);
    expect(Array.isArray(answer.body.data?.categories)).toBe(true);
  });

  it('the same id works as a GET (cacheable) and as Apollo’s persistedQuery extension', async () => {
    const url = new URL(gatewayUrl());
    url.searchParams.set('documentId', categoryTree);
    url.searchParams.set('variables', JSON.stringify({ kind: 'MATERIAL' }));
    const get = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(((await get.json()) as Answer['body']).data?.categories).toBeDefined();

    const apollo = await post(gatewayUrl(), {
      variables: { kind: 'MATERIAL' },
      extensions: { persistedQuery: { version: 1, sha256Hash: categoryTree.replace('sha256:', '') } },
    });
    expect(apollo.status).toBe(200);
    expect(apollo.body.data?.categories).toBeDefined();
  });

  it('an unknown id is PERSISTED_QUERY_NOT_FOUND, and text that does not match its id is refused', async () => {
    const unknown = await post(gatewayUrl(), { documentId: `sha256:${'0'.repeat(64)}` });
    expect(unknown.status).toBe(400);
    expect(codeOf(unknown)).toBe('PERSISTED_QUERY_NOT_FOUND');
    const mismatch = await post(gatewayUrl(), { documentId: categoryTree, query: '{ __typename }' });
    expect(mismatch.status).toBe(400);
  });

  it('Sandbox-style free text still runs outside production', async () => {
    const answer = await post(gatewayUrl(), { query: '{ __typename }' });
    expect(answer.body.data).toEqual({ __typename: 'Query' });
  });
});

describe('trusted documents required (the production default), with reload by signal and by an admin', () => {
  let gateway: GatewayProcess | undefined;
  let url = '';
  let manifest = '';

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trusted-docs-'));
    const manifests = ['buyer-app', 'vendor-web', 'admin'].map((app) => {
      const copy = join(dir, `${app}.json`);
      copyFileSync(manifestOf(app), copy);
      return copy;
    });
    manifest = manifests[0]!;
    gateway = await GatewayProcess.start({ TRUSTED_DOCUMENTS: 'require', TRUSTED_DOCUMENTS_MANIFESTS: manifests.join(',') });
    url = gateway.graphqlUrl;
  }, 90_000);

  afterAll(async () => gateway?.stop());

  it('refuses text that is not a known document, with PERSISTED_QUERY_REQUIRED', async () => {
    const answer = await post(url, { query: '{ __typename }' });
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe('PERSISTED_QUERY_REQUIRED');
    expect(answer.body.data).toBeUndefined();
  });

  it('runs known documents of each client, by id or as their exact text', async () => {
    const byId = await post(url, { documentId: idOf(CategoryTreeDocument), variables: { kind: 'MATERIAL' } });
    expect(byId.body.data?.categories).toBeDefined();
    const byText = await post(url, { query: documentText('buyer-app', idOf(CategoryTreeDocument)), variables: { kind: 'MATERIAL' } });
    expect(byText.body.data?.categories).toBeDefined();
    // A vendor-web document is known too (the subscription document is in its manifest).
    expect(documentText('vendor-web', idOf(VendorOrderFeedDocument))).toMatch(/subscription VendorOrderFeed/);
  });

  it('subscriptions follow the same rule: free text is refused, a trusted document id runs and pushes updates', async () => {
    const material = await cement();
    const vendor = await vendorStocking(material, 20, 40_000);
    const client = liveClient(vendor.token, url);
    try {
      const refused = subscribe<unknown>(client, 'subscription { vendorOrderFeed { id } }');
      await refused.closed;
      expect(JSON.stringify(refused.errors)).toContain('PERSISTED_QUERY_REQUIRED');

      const updates: Array<{ vendorOrderFeed: { id: string } }> = [];
      const errors: unknown[] = [];
      const stop = client.subscribe<{ vendorOrderFeed: { id: string } }>(
        { query: '', extensions: { documentId: idOf(VendorOrderFeedDocument) } },
        { next: (r) => (r.data ? updates.push(r.data) : errors.push(r.errors)), error: (e) => errors.push(e), complete: () => undefined },
      );
      try {
        const buyer = await newBuyer();
        const addressId = await addAddress(buyer);
        // Signing the buyer up takes longer than the subscription's set-up; the vendor's confirmation
        // is a second change the feed pushes, in case the first raced the set-up.
        const placed = await buyer.ok<{ placeOrder: { id: string } }>(PLACE_ORDER, placeInput(vendor.vendorId, addressId, material.id, 1));
        await vendor.ok('mutation C($id: ID!) { confirmOrder(orderId: $id) { id } }', { id: placed.placeOrder.id });
        await eventually(async () => (errors.length ? Promise.reject(new Error(JSON.stringify(errors))) : updates.some((u) => u.vendorOrderFeed.id === placed.placeOrder.id)), {
          timeoutMs: 15_000,
          what: 'the trusted subscription to push the new order',
        });
      } finally {
        stop();
      }
    } finally {
      await client.dispose();
    }
  });

  it('a new manifest is accepted after SIGHUP, without a restart', async () => {
    const extra = 'query TrustedExtra { __typename }';
    const id = `sha256:${createHash('sha256').update(extra).digest('hex')}`;
    expect(codeOf(await post(url, { documentId: id }))).toBe('PERSISTED_QUERY_NOT_FOUND');
    const current = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, string>;
    writeFileSync(manifest, JSON.stringify({ ...current, [id]: extra }));
    gateway!.child.kill('SIGHUP');
    await eventually(async () => ((await post(url, { documentId: id })).body.data?.__typename === 'Query' ? true : null), {
      timeoutMs: 10_000,
      what: 'the reloaded manifest',
    });
  });

  it('admins reload by HTTP; others are refused; a broken manifest keeps the previous set', async () => {
    const reload = (token?: string) =>
      fetch(new URL('/admin/trusted-documents/reload', url), { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect((await reload()).status).toBe(401);
    const buyer = await newRegisteredUser('BUYER');
    expect((await reload(buyer.token)).status).toBe(403);
    const admin = await seededAdmin();
    const ok = await reload(admin.token);
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { data: { mode: string; documents: number } };
    expect(body.data.mode).toBe('require');
    expect(body.data.documents).toBeGreaterThan(10);

    const before = readFileSync(manifest, 'utf8');
    writeFileSync(manifest, JSON.stringify({ [`sha256:${'1'.repeat(64)}`]: 'query Forged { __typename }' }));
    try {
      expect((await reload(admin.token)).status).toBe(400);
      const still = await post(url, { documentId: idOf(CategoryTreeDocument), variables: { kind: 'MATERIAL' } });
      expect(still.body.data?.categories).toBeDefined();
    } finally {
      writeFileSync(manifest, before);
    }
  });
});

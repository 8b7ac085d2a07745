// The product plan's load: virtual users, each waiting for its answer and then thinking, picking
// the buyer app's operations by a fixed mix. Ramp, hold, per-operation and overall percentiles,
// and CPU seconds per process of the stack during the hold. Not an autocannon scenario: run.mjs
// calls `custom(context)`. The requests are the buyer app's trusted documents (sent by id, as the
// app does) over one undici Agent with a keep-alive connection per user.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Agent, request } from 'undici';
import pg from 'pg';
import { buyerWithAddress, gql, inParallel, onboardedVendor, placeOrderInput, updateInventory } from './actors.mjs';
import { cpuBetween, sampleCpu, tcpOpens } from './process-cpu.mjs';
import { LATENCY_COLUMNS, pct, sleep } from './stats.mjs';

const RAMP_SECONDS = Number(process.env.BENCH_RAMP_SECONDS ?? 30);
const HOLD_SECONDS = Number(process.env.BENCH_HOLD_SECONDS ?? 60);
const [THINK_MIN_MS, THINK_MAX_MS] = (() => {
  const [min, max = min] = (process.env.BENCH_THINK_MS ?? '1000-3000').split('-').map(Number);
  return [min, max];
})();
/** Caps the users like every other scenario's connections (the smoke test's small stack). */
const MAX_USERS = Number(process.env.BENCH_MAX_CONNECTIONS ?? Infinity);
const BUYERS = Number(process.env.BENCH_MIX_BUYERS ?? 100);
const VENDORS = Number(process.env.BENCH_MIX_VENDORS ?? 3);
const SETUP_CONCURRENCY = 20;
/** No run can exhaust it: every vendor stocks every material with this much. */
const STOCK = 10_000_000;
/** A request that has no answer by then counts as an error (a stuck stack must not hang the run). */
const REQUEST_TIMEOUT_MS = 30_000;
const SEARCH_TERMS = ['tmt 12mm', 'ultratech 53', 'ultratek', 'm sand', 'vitrified 600', 'pvc pipe', 'emulsion 20', 'cement', 'steel', 'brick'];

/** The buyer app's persisted documents by operation name (what the app sends as `documentId`). */
const BUYER_DOCUMENTS = (() => {
  const manifest = JSON.parse(readFileSync(new URL('../../clients/buyer-app/generated/persisted-documents.json', import.meta.url), 'utf8'));
  const byName = new Map();
  for (const [id, text] of Object.entries(manifest)) {
    const name = /(?:query|mutation|subscription)\s+(\w+)/.exec(text)?.[1];
    if (name) byName.set(name, id);
  }
  return (name) => {
    const id = byName.get(name);
    if (!id) throw new Error(`the buyer app has no ${name} document (clients/buyer-app/*.graphql)`);
    return id;
  };
})();

/**
 * The operations of the mix: each is one screen of the buyer app, one or more of its documents
 * sent together; `variables(context, buyer)` gives each document's variables, `onData` sees the answers.
 */
const OPERATIONS = {
  'catalog page': {
    documents: ['BrowseMaterials'],
    variables: (c) => [{ filter: { categoryId: pick(c.categoryIds) }, page: { limit: 20 } }],
  },
  search: {
    documents: ['BrowseMaterials'],
    variables: () => [{ filter: { search: pick(SEARCH_TERMS) }, page: { limit: 20 } }],
  },
  'material detail': {
    documents: ['MaterialDetail'],
    variables: (c) => [{ slug: pick(c.materials).slug }],
  },
  'my orders': { signedIn: true, documents: ['MyOrders'], variables: () => [{ page: { limit: 20 } }] },
  'order detail': { signedIn: true, documents: ['OrderDetail'], variables: (c, buyer) => [{ id: pick(buyer.orderIds) }] },
  /** The profile screen asks for both at once. */
  'me + addresses': { signedIn: true, documents: ['Me', 'MyAddresses'], variables: () => [{}, {}] },
  placeOrder: {
    signedIn: true,
    documents: ['PlaceOrder'],
    variables: (c, buyer) => {
      const vendor = pick(c.vendors);
      return [placeOrderInput(vendor.vendorId, buyer.addressId, pick(c.materials).id, 1 + Math.floor(Math.random() * 5), 'COD', randomUUID())];
    },
    // The order detail screen can open it from now on.
    onData: (buyer, [data]) => buyer.orderIds.push(data.placeOrder.id),
  },
};

/** The issue's mix (#12): shares of all operations, in percent. */
const SEED_MIX = { 'catalog page': 35, search: 20, 'material detail': 15, 'my orders': 10, 'order detail': 5, 'me + addresses': 10, placeOrder: 5 };
/** Browsing only: the catalog screens in the same proportions. */
const BROWSE_MIX = { 'catalog page': 35, search: 20, 'material detail': 15 };

/**
 * A mix from BENCH_MIX, `name=share,name=share` (e.g. `placeOrder=5` for orders alone, or the seed mix
 * without one operation), to see what one kind of operation costs the stack; undefined when unset.
 * Refuses an unknown operation or a share that is not a positive integer.
 */
export function mixFromEnv(value, operations = Object.keys(OPERATIONS)) {
  if (value === undefined || value.trim() === '') return undefined;
  const mix = {};
  for (const part of value.split(',')) {
    const [name, share, extra] = part.split('=').map((s) => s.trim());
    if (!operations.includes(name)) throw new Error(`BENCH_MIX: unknown operation "${name}" (one of: ${operations.join(', ')})`);
    if (extra !== undefined || !/^[1-9][0-9]*$/.test(share ?? '')) throw new Error(`BENCH_MIX: "${part}" needs a positive whole share, as in ${name}=5`);
    if (name in mix) throw new Error(`BENCH_MIX: "${name}" is given twice`);
    mix[name] = Number(share);
  }
  return mix;
}

const pick = (list) => list[Math.floor(Math.random() * list.length)];
const thinkTime = () => THINK_MIN_MS + Math.random() * (THINK_MAX_MS - THINK_MIN_MS);

const round = (v, digits = 1) => (Number.isFinite(v) ? Math.round(v * 10 ** digits) / 10 ** digits : null);

/** Every material of the catalog (slug and id), 100 a page. */
async function allMaterials(gatewayUrl) {
  const materials = [];
  for (let offset = 0; ; offset += 100) {
    const { materials: page } = await gql(gatewayUrl, 'query M($page: PageInput) { materials(page: $page) { items { id slug basePrice { paise } } pageInfo { hasNextPage } } }', {
      page: { offset, limit: 100 },
    });
    materials.push(...page.items);
    if (!page.pageInfo.hasNextPage) return materials;
  }
}

/** Sends one operation's documents together; resolves to its data, throws on any failure. */
async function send(context, operation, buyer) {
  const headers = { 'content-type': 'application/json' };
  if (buyer) headers.authorization = `Bearer ${buyer.token}`;
  const variables = operation.variables(context, buyer);
  const results = await Promise.all(
    operation.documents.map(async (name, i) => {
      const response = await request(context.gatewayUrl, {
        method: 'POST',
        headers,
        body: JSON.stringify({ documentId: BUYER_DOCUMENTS(name), variables: variables[i] }),
        dispatcher: context.agent,
      });
      const text = await response.body.text();
      let json;
      try {
        json = JSON.parse(text);
      } catch {
        throw new Error(`${name}: HTTP ${response.statusCode} ${text.slice(0, 200)}`);
      }
      if (response.statusCode !== 200 || json.errors?.length || !json.data) throw new Error(`${name}: HTTP ${response.statusCode} ${JSON.stringify(json.errors ?? json).slice(0, 300)}`);
      return json.data;
    }),
  );
  operation.onData?.(buyer, results);
}

/**
 * Draws operation names by their weights from a shuffled deck of the mix (one card per common share,
 * 5 %: 20 cards for the seed mix), reshuffled when it runs out: every 20 operations of a user are exactly the
 * mix, in random order, so even a short run has every operation and runs compare like for like.
 */
function dealer(mix) {
  const step = Object.values(mix).reduce(gcd);
  const cards = Object.entries(mix).flatMap(([name, weight]) => Array(weight / step).fill(name));
  let deck = [];
  return () => {
    if (!deck.length) {
      deck = [...cards];
      for (let i = deck.length - 1; i > 0; i--) {
        const j = Math.floor(Math.random() * (i + 1));
        [deck[i], deck[j]] = [deck[j], deck[i]];
      }
    }
    return deck.pop();
  };
}
const gcd = (a, b) => (b ? gcd(b, a % b) : a);

/**
 * One virtual user: starts at its point of the ramp, then until the hold ends picks an operation,
 * waits for its answer, and thinks. Every sample is kept with its start time.
 */
async function virtualUser(context, index, users, samples) {
  const { mix, t0, holdEnd } = context;
  const choose = dealer(mix);
  // Users share the buyers: user i is buyer i mod BUYERS.
  const buyer = context.buyers.length ? context.buyers[index % context.buyers.length] : undefined;
  await sleep((index / users) * RAMP_SECONDS * 1000);
  while (performance.now() < holdEnd) {
    const name = choose();
    const operation = OPERATIONS[name];
    const started = performance.now();
    let error;
    try {
      // Signed-in users send their token on every screen, as the app does.
      await send(context, operation, buyer);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    samples.push({ name, at: started - t0, ms: performance.now() - started, error });
    await sleep(thinkTime());
  }
}

function statsOf(operation, samples, holdSeconds) {
  const latencies = samples.map((s) => s.ms).sort((a, b) => a - b);
  const errors = samples.filter((s) => s.error).length;
  return {
    operation,
    requests: samples.length,
    rps: round(samples.length / holdSeconds),
    p50: round(pct(latencies, 50)),
    p95: round(pct(latencies, 95)),
    p99: round(pct(latencies, 99)),
    max: round(latencies[latencies.length - 1]),
    errors,
    errorPercent: samples.length ? round((100 * errors) / samples.length, 2) : 0,
  };
}

/**
 * A mix scenario. `users`: virtual users (capped by BENCH_MAX_CONNECTIONS); `mix`: operation
 * name → share. Signed-in operations in the mix bring BENCH_MIX_BUYERS buyers (each with an
 * address and one order); every mix brings BENCH_MIX_VENDORS onboarded vendors stocking every
 * material, so catalog pages show their offers and placeOrder never runs out of stock.
 */
export function mixScenario({ name, description, users: defaultUsers, mix }) {
  const signedIn = Object.keys(mix).some((op) => OPERATIONS[op].signedIn);
  return {
    name,
    description,
    columns: [
      ['operation', (r) => r.operation],
      ['ops', (r) => r.requests],
      ['req/s', (r) => r.rps],
      ...LATENCY_COLUMNS,
      ['errors', (r) => `${r.errors} (${r.errorPercent} %)`],
    ],
    prepare: async (env) => {
      const users = Math.min(defaultUsers, MAX_USERS);
      const [materials, { categories }] = await Promise.all([allMaterials(env.gatewayUrl), gql(env.gatewayUrl, '{ categories(kind: MATERIAL) { id } }')]);
      const vendors = await inParallel(VENDORS, SETUP_CONCURRENCY, async () => {
        const vendor = await onboardedVendor(env);
        for (let i = 0; i < materials.length; i += 200) {
          const items = materials
            .slice(i, i + 200)
            .map((m) => ({ materialId: m.id, pricePaise: m.basePrice.paise, stockQuantity: STOCK, minOrderQuantity: 1, leadTimeDays: 1 }));
          await updateInventory(env, vendor, items);
        }
        return vendor;
      });
      // Each buyer has one order already, so "order detail" has something to open from the start.
      const buyers = signedIn
        ? await inParallel(Math.min(BUYERS, users), SETUP_CONCURRENCY, async (i) => {
            const buyer = await buyerWithAddress(env, i);
            const { placeOrder } = await gql(
              env.gatewayUrl,
              'mutation P($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }',
              placeOrderInput(vendors[i % vendors.length].vendorId, buyer.addressId, pick(materials).id, 1, 'COD'),
              buyer.token,
            );
            buyer.orderIds = [placeOrder.id];
            return buyer;
          })
        : [];
      const statements = await statementCounter(env);
      return { gatewayUrl: env.gatewayUrl, metricsUrl: env.metricsUrl, users, mix, materials, categoryIds: categories.map((c) => c.id), vendors, buyers, statements };
    },
    custom: async (context) => {
      const { users } = context;
      // One keep-alive connection per user: a user has one request in flight at a time (two on the profile screen).
      context.agent = new Agent({ connections: users * 2, keepAliveTimeout: 30_000, headersTimeout: REQUEST_TIMEOUT_MS, bodyTimeout: REQUEST_TIMEOUT_MS });
      const samples = [];
      context.t0 = performance.now();
      const holdStart = context.t0 + RAMP_SECONDS * 1000;
      context.holdEnd = holdStart + HOLD_SECONDS * 1000;
      let cpuAtStart;
      // The gateway's counters at both ends of the hold: response-cache outcomes (docs/caching.md) and slow /graphql requests.
      let cacheAtStart = null;
      let cacheAtEnd = null;
      let tcpAtStart = null;
      let tcpAtEnd = null;
      const holdTimer = setTimeout(() => {
        cpuAtStart = sampleCpu();
        tcpAtStart = tcpOpens();
        void context.statements?.reset();
        void gatewayCounts(context.metricsUrl).then((counts) => (cacheAtStart = counts));
      }, RAMP_SECONDS * 1000);
      let cpuAtEnd;
      const endTimer = setTimeout(() => {
        cpuAtEnd = sampleCpu();
        tcpAtEnd = tcpOpens();
        void gatewayCounts(context.metricsUrl).then((counts) => (cacheAtEnd = counts));
        statementsAtEnd = context.statements?.read();
      }, (RAMP_SECONDS + HOLD_SECONDS) * 1000);
      let statementsAtEnd;
      try {
        await Promise.all(Array.from({ length: users }, (_, i) => virtualUser(context, i, users, samples)));
      } finally {
        clearTimeout(holdTimer);
        clearTimeout(endTimer);
        await context.agent.close();
      }
      const statements = (await statementsAtEnd?.catch(() => null)) ?? null;
      await context.statements?.close();
      cpuAtEnd ??= sampleCpu();
      cpuAtStart ??= cpuAtEnd;
      cacheAtEnd ??= await gatewayCounts(context.metricsUrl);
      const cache = cacheAtStart && cacheAtEnd ? Object.fromEntries(['hit', 'miss', 'uncacheable', 'bypass'].map((o) => [o, cacheAtEnd[o] - cacheAtStart[o]])) : null;
      const cacheHitRate = cache && cache.hit + cache.miss ? round((100 * cache.hit) / (cache.hit + cache.miss)) : null;
      // Where a slow request waited: the gateway's histogram (its own clock) against the load generator's.
      const slowAtGateway = cacheAtStart && cacheAtEnd ? cacheAtEnd.graphqlRequests - cacheAtEnd.graphqlUnder5s - (cacheAtStart.graphqlRequests - cacheAtStart.graphqlUnder5s) : null;

      // The hold: operations started in it (the last ones may finish just after it).
      const holdFrom = RAMP_SECONDS * 1000;
      const hold = samples.filter((s) => s.at >= holdFrom && s.at < holdFrom + HOLD_SECONDS * 1000);
      const rows = [statsOf('all operations', hold, HOLD_SECONDS)];
      for (const op of Object.keys(context.mix)) rows.push(statsOf(op, hold.filter((s) => s.name === op), HOLD_SECONDS));

      const cpu = cpuBetween(cpuAtStart, cpuAtEnd).map((p) => ({
        process: p.name,
        pids: p.pids,
        cpuSeconds: round(p.seconds, 2),
        corePercent: round((100 * p.seconds) / HOLD_SECONDS),
        msPerOperation: hold.length ? round((1000 * p.seconds) / hold.length, 2) : null,
      }));
      const totalCpu = cpu.reduce((sum, p) => sum + p.cpuSeconds, 0);
      const httpRequests = hold.reduce((sum, s) => sum + OPERATIONS[s.name].documents.length, 0);
      const failures = samples.filter((s) => s.error);
      const tcpConnections = tcpAtStart !== null && tcpAtEnd !== null ? tcpAtEnd - tcpAtStart : null;
      const report = [
        `${users} users (${context.buyers.length ? `${context.buyers.length} signed-in buyers shared` : 'anonymous'}), ramp ${RAMP_SECONDS} s, hold ${HOLD_SECONDS} s, think ${THINK_MIN_MS}-${THINK_MAX_MS} ms; ` +
          `${context.vendors.length} vendors stocking ${context.materials.length} materials. Rows: operations started in the hold (${httpRequests} HTTP requests${context.mix['me + addresses'] ? ': "me + addresses" is two, sent together' : ''}).`,
        `operations in the whole run (ramp included): ${samples.length}, failed: ${failures.length}${failures.length ? `; first failure: ${failures[0].name}: ${failures[0].error}` : ''}`,
        '',
        'CPU during the hold (/proc utime + stime, ended children included):',
        '| process | CPU s | % of a core | CPU ms per operation |',
        '|---|---:|---:|---:|',
        ...cpu.map((p) => `| ${p.process}${p.pids > 1 ? ` (${p.pids} processes)` : ''} | ${p.cpuSeconds} | ${p.corePercent} | ${p.msPerOperation ?? '–'} |`),
        `| total | ${round(totalCpu, 2)} | ${round((100 * totalCpu) / HOLD_SECONDS)} | ${hold.length ? round((1000 * totalCpu) / hold.length, 2) : '–'} |`,
        '',
        cache
          ? `gateway response cache in the hold: ${cache.hit} hits, ${cache.miss} misses stored (hit rate ${cacheHitRate} % of cacheable answers), ${cache.uncacheable} uncacheable (private), ${cache.bypass} bypassed`
          : 'gateway response cache: no counts (metrics not reachable, or a gateway without gateway_response_cache_queries_total)',
        `requests over 5 s in the hold: ${samples.filter((x) => x.at >= RAMP_SECONDS * 1000 && x.at < (RAMP_SECONDS + HOLD_SECONDS) * 1000 && (x.error || x.ms > 5000)).length} operations by the load generator's clock (timeouts included), ${slowAtGateway ?? '–'} HTTP requests by the gateway's (from its first middleware to the end of its response)`,
        tcpConnections !== null
          ? `TCP connections opened on the machine in the hold: ${tcpConnections} (${hold.length ? round(tcpConnections / hold.length, 3) : '–'} per operation; every client, subgraph, peer and database connection)`
          : 'TCP connections opened: not counted (no /proc/net/snmp)',
        ...(statements ? statementReport(statements, hold.length) : []),
      ];
      return {
        rows,
        report,
        settings: { users, buyers: context.buyers.length, vendors: context.vendors.length, rampSeconds: RAMP_SECONDS, holdSeconds: HOLD_SECONDS, thinkMs: [THINK_MIN_MS, THINK_MAX_MS], mix: context.mix },
        httpRequests,
        cpu,
        responseCache: cache ? { ...cache, hitRatePercent: cacheHitRate } : null,
        tcpConnections,
        slowAtGateway,
        statements,
      };
    },
  };
}

/**
 * PostgreSQL's own statement counts during the hold (pg_stat_statements, which the devstack's
 * PostgreSQL preloads), so a result says which statements PostgreSQL's CPU went to. Null against a
 * running stack without database URLs or without the extension.
 */
async function statementCounter(env) {
  const url = env.databaseUrls?.orders;
  if (!url) return null;
  const admin = new pg.Client({ connectionString: new URL('/postgres', url).toString() });
  try {
    await admin.connect();
    await admin.query('create extension if not exists pg_stat_statements');
  } catch {
    await admin.end().catch(() => undefined);
    return null;
  }
  return {
    reset: () => admin.query('select pg_stat_statements_reset()').catch(() => undefined),
    read: async () => {
      const { rows } = await admin.query(
        `select d.datname as database, s.query, sum(s.calls)::bigint as calls, sum(s.total_exec_time) as ms, sum(s.total_plan_time) as plan_ms, sum(s.plans)::bigint as plans, sum(s.rows)::bigint as rows,
                sum(s.shared_blks_hit + s.shared_blks_read)::bigint as blocks, sum(s.wal_bytes)::bigint as wal_bytes
           from pg_stat_statements s join pg_database d on d.oid = s.dbid
          where s.query not ilike '%pg_stat_statements%'
          group by 1, 2`,
      );
      return rows.map((r) => ({
        database: r.database,
        query: r.query.replace(/\s+/g, ' '),
        calls: Number(r.calls),
        ms: round(Number(r.ms), 1),
        // Planning (pg_stat_statements.track_planning, on in the devstack's PostgreSQL; 0 where it is off).
        planMs: round(Number(r.plan_ms), 1),
        // How many of the calls were planned (a prepared statement's cached plan is not counted).
        plans: Number(r.plans),
        rows: Number(r.rows),
        // Shared buffers the statement touched (hit or read): a scan wading through dead row versions shows here.
        blocks: Number(r.blocks),
        walBytes: Number(r.wal_bytes),
      }));
    },
    close: () => admin.end().catch(() => undefined),
  };
}

/** Statements per operation by database, and the statements that took PostgreSQL the most time. */
function statementReport(statements, operations) {
  const byDatabase = new Map();
  for (const s of statements) {
    const t = byDatabase.get(s.database) ?? { calls: 0, ms: 0, planMs: 0 };
    t.calls += s.calls;
    t.ms += s.ms;
    t.planMs += s.planMs;
    byDatabase.set(s.database, t);
  }
  const per = (n) => (operations ? round(n / operations, 2) : '–');
  const top = [...statements].sort((a, b) => b.ms - a.ms).slice(0, 15);
  return [
    '',
    'PostgreSQL statements during the hold (pg_stat_statements; execution and planning time, not parse or network):',
    '| database | statements | per operation | execution ms | ms per operation | planning ms | planning ms per operation |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...[...byDatabase]
      .sort((a, b) => b[1].ms - a[1].ms)
      .map(([db, t]) => `| ${db} | ${t.calls} | ${per(t.calls)} | ${round(t.ms)} | ${per(t.ms)} | ${round(t.planMs)} | ${per(t.planMs)} |`),
    '',
    'Top statements by execution time (execution includes waiting for locks; blocks: shared buffers touched per call):',
    '| database | calls | ms | ms per call | rows | blocks per call | statement |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...top.map(
      (s) =>
        `| ${s.database} | ${s.calls} | ${s.ms} | ${round(s.ms / s.calls, 2)} | ${s.rows} | ${round(s.blocks / s.calls, 1)} | ${s.query.slice(0, 160).replace(/\|/g, '\\|')} |`,
    ),
  ];
}

/** From the gateway's /metrics: `gateway_response_cache_queries_total` by outcome and /graphql requests in all and under 5 s; null when it cannot be read. */
async function gatewayCounts(metricsUrl) {
  if (!metricsUrl) return null;
  try {
    const text = await (await fetch(metricsUrl, { signal: AbortSignal.timeout(5000) })).text();
    const counts = { hit: 0, miss: 0, uncacheable: 0, bypass: 0, graphqlRequests: 0, graphqlUnder5s: 0 };
    for (const [, outcome, value] of text.matchAll(/^gateway_response_cache_queries_total\{[^}]*outcome="(\w+)"[^}]*\} (\S+)$/gm)) counts[outcome] = Number(value);
    // The gateway's own clock for POST /graphql, from its first middleware to the response's end.
    for (const [, labels, value] of text.matchAll(/^http_request_duration_seconds_(?:count|bucket)\{([^}]*)\} (\S+)$/gm)) {
      if (!labels.includes('route="/graphql"')) continue;
      if (labels.includes('le="5"')) counts.graphqlUnder5s += Number(value);
      else if (!labels.includes('le=')) counts.graphqlRequests += Number(value);
    }
    return counts;
  } catch {
    return null;
  }
}

const customMix = mixFromEnv(process.env.BENCH_MIX);

export const seedMix = mixScenario({
  name: 'seed-mix',
  description: customMix
    ? `BENCH_MIX in place of the product plan's mix: ${Object.entries(customMix).map(([op, share]) => `${op} ${share}`).join(', ')} (shares)`
    : "the product plan's mix (#12): catalog page 35 %, search 20 %, material detail 15 %, my orders 10 %, order detail 5 %, me + addresses 10 %, placeOrder COD 5 %",
  users: Number(process.env.BENCH_USERS ?? 500),
  mix: customMix ?? SEED_MIX,
});

/** The plan's "100 users browsing": anonymous catalog screens only. */
export const browse100 = mixScenario({
  name: 'browse-100',
  description: "the plan's 100 users browsing: catalog page, search and material detail (35:20:15), anonymous, with think time",
  users: 100,
  mix: BROWSE_MIX,
});

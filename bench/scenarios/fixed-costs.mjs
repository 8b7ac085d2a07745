// The fixed cost of a request through the supergraph, from the gateway alone to one catalog page
// (issue #12's fixed-cost table): each request measured with autocannon at the scenario's levels.
// Signed-in rows use a Firebase Auth emulator token, as every bench stack does: firebase-admin
// then checks revocation with the emulator on every verification it makes (production verifies
// the signature locally with cached certificates).
import { catalogBrowse, rootCategoryIds } from './catalog.mjs';
import { graphqlOk, newRegisteredUser } from './actors.mjs';
import { NOT_SUBGRAPHS, stackCpuSampler } from './process-cpu.mjs';

function request(label, query, { token, variables } = {}) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  return { label, options: { headers, body: JSON.stringify({ query, ...(variables ? { variables } : {}) }), verifyBody: graphqlOk } };
}

export const fixedCosts = {
  name: 'fixed-costs',
  description: 'fixed cost per request: gateway alone (anonymous, signed in), one small subgraph fetch, me, one catalog page',
  connections: [50],
  columns: (defaults) => [
    ['request', (r) => r.request],
    ...defaults,
    // CPU ms per request (a fresh stack only): the gateway, all subgraphs, PostgreSQL.
    ['gateway CPU ms', (r) => r.cpuMsPerRequest?.gateway ?? '–'],
    ['subgraphs CPU ms', (r) => (r.cpuMsPerRequest ? round(Object.entries(r.cpuMsPerRequest).filter(([n]) => !NOT_SUBGRAPHS.has(n)).reduce((sum, [, ms]) => sum + ms, 0)) : '–')],
    ['postgres CPU ms', (r) => r.cpuMsPerRequest?.postgresql ?? '–'],
  ],
  prepare: async (env) => {
    const [buyer, categoryIds] = await Promise.all([newRegisteredUser(env, 'BUYER', 'Bench Fixed Costs'), rootCategoryIds(env.gatewayUrl)]);
    const sampleCpu = stackCpuSampler();
    return { token: buyer.token, categoryIds, sampleCpu };
  },
  custom: async ({ token, categoryIds, sampleCpu }, { levels, measure }) => {
    const requests = [
      request('{ __typename } anonymous', '{ __typename }'),
      request('{ __typename } signed in (emulator token)', '{ __typename }', { token }),
      request('categories(kind: MATERIAL) { id name }', '{ categories(kind: MATERIAL) { id name } }'),
      request('me { id fullName } (emulator token)', '{ me { id fullName } }', { token }),
      // The catalog-browse scenario's request: each category's first page in turn.
      { label: 'catalog page (20 materials, category, offers)', options: { ...catalogBrowse.request({ categoryIds }), verifyBody: graphqlOk } },
    ];
    const rows = [];
    for (const { label, options } of requests) {
      for (const connections of levels) rows.push({ request: label, ...(await measure(options, connections, sampleCpu ?? undefined)) });
    }
    return { rows };
  },
};

const round = (ms) => Math.round(ms * 100) / 100;

import { fileURLToPath } from 'node:url';

/** Repository root (devstack/dist/services.js → ../..). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface SubgraphEntry {
  /** Subgraph name: also its database name and its name in the supergraph. */
  name: string;
  /** Compiled entry point, relative to the repository root. */
  main: string;
  /** Port it listens on under `npm start`. */
  port: number;
  /** Peer subgraphs it calls directly as SERVICE (each pair gets its own key). */
  calls?: string[];
}

/** Every subgraph of the supergraph. Adding a subgraph starts with a line here. */
export const SUBGRAPHS: SubgraphEntry[] = [
  { name: 'identity', main: 'subgraphs/identity/dist/main.js', port: 4001 },
  { name: 'catalog', main: 'subgraphs/catalog/dist/main.js', port: 4002 },
  { name: 'orders', main: 'subgraphs/orders/dist/main.js', port: 4003, calls: ['catalog', 'identity', 'vendors'] },
  { name: 'payments', main: 'subgraphs/payments/dist/main.js', port: 4004, calls: ['orders'] },
  { name: 'vendors', main: 'subgraphs/vendors/dist/main.js', port: 4005, calls: ['integrations'] },
  { name: 'integrations', main: 'subgraphs/integrations/dist/main.js', port: 4006 },
];

export const GATEWAY_MAIN = 'gateway/dist/main.js';
export const FIREBASE_PROJECT_ID = 'demo-realserv';

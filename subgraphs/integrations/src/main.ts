import { runSubgraph } from '@realserv/platform';
import { integrationsSubgraph } from './schema.js';

await runSubgraph(integrationsSubgraph);

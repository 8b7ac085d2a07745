import { runSubgraph } from '@realserv/platform';
import { paymentsSubgraph } from './schema.js';

await runSubgraph(paymentsSubgraph);

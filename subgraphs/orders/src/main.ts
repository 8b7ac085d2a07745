import { runSubgraph } from '@realserv/platform';
import { ordersSubgraph } from './schema.js';

await runSubgraph(ordersSubgraph);

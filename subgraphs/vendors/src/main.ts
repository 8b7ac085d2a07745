import { runSubgraph } from '@realserv/platform';
import { vendorsSubgraph } from './schema.js';

await runSubgraph(vendorsSubgraph);

import { runSubgraph } from '@realserv/platform';
import { analyticsSubgraph } from './schema.js';

await runSubgraph(analyticsSubgraph);

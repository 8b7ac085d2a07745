import { runSubgraph } from '@realserv/platform';
import { catalogSubgraph } from './schema.js';

await runSubgraph(catalogSubgraph);

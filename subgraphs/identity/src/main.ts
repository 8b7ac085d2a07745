import { runSubgraph } from '@realserv/platform';
import { identitySubgraph } from './schema.js';

await runSubgraph(identitySubgraph);

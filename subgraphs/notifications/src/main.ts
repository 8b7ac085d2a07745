import { runSubgraph } from '@realserv/platform';
import { notificationsSubgraph } from './schema.js';

await runSubgraph(notificationsSubgraph);

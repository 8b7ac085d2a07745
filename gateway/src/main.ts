import { createLogger, onShutdown } from '@realserv/platform';
import { loadGatewayConfig } from './config.js';
import { readSupergraph } from './supergraph.js';
import { startGateway } from './server.js';

const supergraphPath = process.env.SUPERGRAPH_PATH;
const { sdl, subgraphNames } = readSupergraph(
  supergraphPath ?? new URL('../../schema/supergraph.graphql', import.meta.url).pathname,
);
let config;
try {
  config = loadGatewayConfig(subgraphNames);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
const log = createLogger('gateway', config.LOG_LEVEL);
const running = await startGateway(config, sdl, log);
onShutdown(log, running.stop);

/**
 * The local Google Maps-compatible server as a process of its own, for docker-compose's `maps`
 * service (the integrations image, entry point `dist/location/maps/local/main.js`); `npm start`
 * and the tests run it inside their runner instead. Never part of a production deployment; the
 * integrations service never imports this file.
 */
import { z } from 'zod';
import { startLocalMapsServer } from './local-maps-server.js';

const settingsSchema = z.object({
  /** 0.0.0.0 in a container (integrations calls it); its port is published on the host's loopback only. */
  MAPS_HOST: z.string().default('0.0.0.0'),
  MAPS_PORT: z.coerce.number().int().min(1).max(65535).default(4113),
  /** The key integrations sends (its GOOGLE_MAPS_API_KEY); any other is REQUEST_DENIED. */
  GOOGLE_MAPS_API_KEY: z.string().min(16),
});

const parsed = settingsSchema.safeParse(process.env);
if (!parsed.success) {
  console.error(`local maps: invalid settings:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  process.exit(1);
}
const settings = parsed.data;
const server = await startLocalMapsServer({ host: settings.MAPS_HOST, port: settings.MAPS_PORT, apiKey: settings.GOOGLE_MAPS_API_KEY });
console.log(JSON.stringify({ msg: 'local maps listening', port: settings.MAPS_PORT }));

const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());

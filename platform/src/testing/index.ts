/** Helpers for tests beside the code (`@realserv/platform/testing`): pure, no ESM-only dependencies. */
export { seededRandom } from './seeded-random.js';

import type { SubgraphRuntime } from '@realserv/platform';
import type { ReservationService } from './reservation.service.js';

const SWEEP_EVERY_MS = 60_000;

/**
 * Once a minute, releases holds whose order never arrived (RESERVED for `ttlMinutes`). Safe on
 * every instance at once: each release is re-checked under the reservation's row lock.
 */
export function startReservationSweeper(runtime: SubgraphRuntime, reservations: ReservationService, ttlMinutes: number): void {
  let sweeping = false;
  const timer = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    reservations
      .releaseAbandonedReservations(runtime.orm.em.fork(), ttlMinutes)
      .then((released) => {
        if (released) runtime.log.info({ released, ttlMinutes }, 'released abandoned stock reservations');
      })
      .catch((error: unknown) => runtime.log.error({ err: error }, 'stock reservation sweep failed; will retry'))
      .finally(() => {
        sweeping = false;
      });
  }, SWEEP_EVERY_MS);
  // Never keeps the process alive on its own (shutdown closes the server and the database).
  timer.unref();
}

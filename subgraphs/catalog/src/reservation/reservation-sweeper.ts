import type { BackgroundJob, Logger } from '@realserv/platform';
import type { ReservationService } from './reservation.service.js';

/**
 * Once a minute, releases holds whose order never arrived (RESERVED for `ttlMinutes`). Safe on
 * every instance at once: each release is re-checked under the reservation's row lock.
 */
export function reservationSweepJob(reservations: ReservationService, ttlMinutes: number, log: Logger): BackgroundJob {
  return {
    name: 'stock reservation sweep',
    everySeconds: 60,
    run: async (em) => {
      const released = await reservations.releaseAbandonedReservations(em, ttlMinutes);
      if (released) log.info({ released, ttlMinutes }, 'released abandoned stock reservations');
    },
  };
}

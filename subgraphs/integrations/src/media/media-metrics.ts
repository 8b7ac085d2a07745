import { Counter } from 'prom-client';
import { metricsRegistry } from '@realserv/platform';

/** Media counters on /metrics. */
export const mediaMetrics = {
  deleted: new Counter({ name: 'media_deleted_total', help: 'Files deleted by their owner or an admin (deleteMedia)', registers: [metricsRegistry] }),
  released: new Counter({ name: 'media_references_released_total', help: 'References released by their holder (releaseMediaForService), e.g. a catalog image replaced', registers: [metricsRegistry] }),
  swept: new Counter({ name: 'media_unconfirmed_swept_total', help: 'Uploads never confirmed within a day, removed by the sweeper (objects and rows)', registers: [metricsRegistry] }),
};

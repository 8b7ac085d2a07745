import { Counter } from 'prom-client';
import { metricsRegistry } from '@realserv/platform';

/** Location's Prometheus metrics (served at /metrics with the rest of the process's). */
export const locationMetrics = {
  cache: new Counter({ name: 'location_cache_lookups_total', help: 'Location cache lookups by API and result (hit, miss)', labelNames: ['api', 'result'], registers: [metricsRegistry] }),
  providerCalls: new Counter({ name: 'location_provider_calls_total', help: 'Maps provider calls by API and Google status (OK, ZERO_RESULTS, OVER_QUERY_LIMIT, TIMEOUT, …)', labelNames: ['api', 'status'], registers: [metricsRegistry] }),
  fallbacks: new Counter({ name: 'location_fallbacks_total', help: 'Answers from the offline fallback (pincode centroid, haversine × road factor) by API', labelNames: ['api'], registers: [metricsRegistry] }),
};

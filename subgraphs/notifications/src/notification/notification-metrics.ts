import { Counter, Histogram } from 'prom-client';
import { metricsRegistry } from '@realserv/platform';

/**
 * Per-channel delivery metrics on the process's /metrics (platform's registry; process-wide like
 * platform's own HTTP and GraphQL metrics, since prom-client registers a name once per process).
 */
export const notificationMetrics = {
  queued: new Counter({ name: 'notifications_queued_total', help: 'Notifications created for sending, by channel', labelNames: ['channel'], registers: [metricsRegistry] }),
  sent: new Counter({ name: 'notifications_sent_total', help: 'Notifications accepted by the provider (in-app: added to the feed), by channel', labelNames: ['channel'], registers: [metricsRegistry] }),
  failed: new Counter({
    name: 'notifications_failed_total',
    help: 'Notifications that ended FAILED, by channel and whether the failure was permanent',
    labelNames: ['channel', 'permanent'],
    registers: [metricsRegistry],
  }),
  retried: new Counter({ name: 'notifications_retried_total', help: 'Send attempts that failed transiently and were rescheduled, by channel', labelNames: ['channel'], registers: [metricsRegistry] }),
  /** From the domain event's commit to the provider accepting the message. */
  eventToAccept: new Histogram({
    name: 'notification_event_to_accept_seconds',
    help: 'From the domain event commit to the provider accepting the message, by channel',
    labelNames: ['channel'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
    registers: [metricsRegistry],
  }),
};

import { z } from 'zod';
import { defineEvent } from '@realserv/platform/events';

/** Events the analytics subgraph records. */

export const DashboardKpisChanged = defineEvent({
  name: 'DashboardKpisChanged',
  version: 1,
  producer: 'analytics',
  description:
    'Analytics counted an order, payment, cancellation or refund into a day\'s headline figures (recorded with the read-model change, so a listener reading them sees it).',
  schema: z.object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('The India day (YYYY-MM-DD) whose figures changed.'),
    cause: z.string().min(1).describe('The domain event that changed them, e.g. OrderPlaced.'),
  }),
  live: { feed: 'dashboard', keys: ['date'] },
});

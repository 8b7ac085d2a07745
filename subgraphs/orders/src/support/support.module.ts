import { z } from 'zod';
import type { Logger, PeerClient, ScheduledJob } from '@realserv/platform';
import type { MediaDownloads } from '../ports/media-downloads.js';
import { PeerSupportMedia } from '../ports/support-media.js';
import { PeerSupportAssignees } from '../ports/support-assignees.js';
import { DEFAULT_SLA_TARGETS, parseMinutesByPriority, type MinutesByPriority } from './ticket-sla.js';
import { SupportTicket, TicketMessage, TicketNumberCounter } from './support-ticket.entity.js';
import { SupportTicketResolver, TicketAttachmentResolver, TicketMessageResolver } from './support-ticket.resolver.js';
import { SupportLiveResolver } from './support-live.resolver.js';
import { TicketSlaServiceResolver } from './ticket-sla-service.resolver.js';
import { SupportTicketService } from './support-ticket.service.js';
import { supportAutoCloseJob } from './support-auto-close.js';

/** Support tickets inside the orders subgraph (docs/support.md says why): what schema.ts wires in. */
export const SUPPORT_ENTITIES = [SupportTicket, TicketMessage, TicketNumberCounter];
export const SUPPORT_RESOLVERS = [SupportTicketResolver, TicketMessageResolver, TicketAttachmentResolver, SupportLiveResolver, TicketSlaServiceResolver] as const;

const minutesByPriority = (defaults: MinutesByPriority) =>
  z
    .string()
    .default('')
    .transform((text, ctx) => {
      try {
        return parseMinutesByPriority(text, defaults);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    });

export const supportConfig = {
  /** SLA first-response targets, minutes per priority, e.g. `URGENT=60,HIGH=240` (others keep 60/240/1440/2880). */
  SUPPORT_FIRST_RESPONSE_MINUTES: minutesByPriority(DEFAULT_SLA_TARGETS.firstResponseMinutes),
  /** SLA resolution targets, minutes per priority (defaults 8 h, 24 h, 72 h, 7 days). */
  SUPPORT_RESOLUTION_MINUTES: minutesByPriority(DEFAULT_SLA_TARGETS.resolutionMinutes),
};

/** The support resolvers and the scheduled auto-close, wired with the subgraph's config and peers. */
export function wireSupport(config: unknown, peers: { integrations: PeerClient; identity: PeerClient }, downloads: MediaDownloads, log: Logger): { resolvers: object[]; schedules: ScheduledJob[] } {
  const settings = config as { SUPPORT_FIRST_RESPONSE_MINUTES: MinutesByPriority; SUPPORT_RESOLUTION_MINUTES: MinutesByPriority };
  const now = () => new Date();
  const media = new PeerSupportMedia(peers.integrations);
  const service = new SupportTicketService({
    media,
    assignees: new PeerSupportAssignees(peers.identity),
    sla: { firstResponseMinutes: settings.SUPPORT_FIRST_RESPONSE_MINUTES, resolutionMinutes: settings.SUPPORT_RESOLUTION_MINUTES },
    now,
  });
  return { resolvers: [new SupportTicketResolver(service, now), new TicketAttachmentResolver(downloads)], schedules: [supportAutoCloseJob(service, log)] };
}

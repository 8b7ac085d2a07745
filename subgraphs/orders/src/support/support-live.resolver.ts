import { Arg, Authorized, ID, Resolver, Root, Subscription } from 'type-graphql';
import { SupportTicket } from './support-ticket.entity.js';

/** Declared here so they compose; the gateway serves them (gateway/src/live/topics.ts), each update being `supportTicket(id)` run as the subscriber. */
const servedByGateway = (): AsyncIterable<never> => {
  throw new Error('Subscriptions are served by the gateway over graphql-ws.');
};

@Resolver(() => SupportTicket)
export class SupportLiveResolver {
  @Authorized()
  @Subscription(() => SupportTicket, {
    subscribe: servedByGateway,
    description: 'Every public reply, status or triage change of one ticket: its opener, the vendor of its order and admins may subscribe. Internal notes wake admins’ subscriptions only, and buyers and vendors never receive them in any update.',
  })
  ticketUpdated(@Root() ticket: SupportTicket, @Arg('ticketId', () => ID, { description: 'The ticket to follow.' }) _ticketId: string): SupportTicket {
    return ticket;
  }

  @Authorized('ADMIN')
  @Subscription(() => SupportTicket, { subscribe: servedByGateway, description: 'Admins only: every ticket opened or changed (messages, internal notes, status, assignment, priority).' })
  supportQueueUpdated(@Root() ticket: SupportTicket): SupportTicket {
    return ticket;
  }
}

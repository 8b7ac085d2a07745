import { Arg, Authorized, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { NotFoundError, assertId, type RequestContext } from '@realserv/platform';
import { SupportTicket } from './support-ticket.entity.js';

@ObjectType({ description: 'Peer subgraphs: a ticket’s SLA due times and when they were met.' })
export class TicketSlaRecord {
  @Field(() => ID, { description: 'The ticket.' }) ticketId!: string;
  @Field(() => Date, { description: 'First response due (re-timed when the priority changed).' }) firstResponseDueAt!: Date;
  @Field(() => Date, { description: 'Resolution due.' }) resolutionDueAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When support first replied publicly.' }) firstResponseAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it was last resolved.' }) resolvedAt!: Date | null;
}

/** Analytics counts SLA breaches when a ticket is resolved: no event carries the due times, which follow orders' settings. */
@Resolver()
export class TicketSlaServiceResolver {
  @Authorized('SERVICE')
  @Directive('@inaccessible')
  @Query(() => TicketSlaRecord, { description: 'Peer subgraphs (analytics): a ticket’s due times and when they were met. Errors: NOT_FOUND.' })
  async ticketSlaForService(@Arg('id', () => ID, { description: 'The ticket.' }) id: string, @Ctx() ctx: RequestContext): Promise<TicketSlaRecord> {
    const ticket = await ctx.em.findOne(SupportTicket, { id: assertId(id) });
    if (!ticket) throw new NotFoundError('SupportTicket', id);
    return Object.assign(new TicketSlaRecord(), {
      ticketId: ticket.id,
      firstResponseDueAt: ticket.firstResponseDueAt,
      resolutionDueAt: ticket.resolutionDueAt,
      firstResponseAt: ticket.firstResponseAt,
      resolvedAt: ticket.resolvedAt,
    });
  }
}

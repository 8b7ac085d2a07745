import { Arg, Authorized, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { assertId, type RequestContext } from '@realserv/platform';
import { accountDeletionBlockers } from './account-deletion-blockers.js';

@ObjectType({ description: 'Peer subgraphs (identity): what stops a buyer’s account from being deleted now.' })
export class AccountDeletionBlockers {
  @Field(() => [String], { description: 'Numbers of the buyer’s orders not yet COMPLETED, CANCELLED or REJECTED (the oldest 20).' })
  openOrderNumbers!: string[];

  @Field(() => [String], { description: 'Order numbers of the buyer’s disputes an admin has not resolved yet (the oldest 20).' })
  openDisputeOrderNumbers!: string[];
}

/**
 * identity asks this once when a buyer's account is about to be deleted: answered from orders'
 * own tables, so every order counts, whenever it was placed and whatever events were delivered.
 */
@Resolver()
export class AccountDeletionCheckResolver {
  @Authorized('SERVICE')
  @Directive('@inaccessible')
  @Query(() => AccountDeletionBlockers, { description: 'Peer subgraphs (identity): the buyer’s open orders and undecided disputes, which refuse account deletion.' })
  async accountDeletionBlockersForService(
    @Arg('buyerId', () => ID, { description: 'The buyer’s user id.' }) buyerId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountDeletionBlockers> {
    return Object.assign(new AccountDeletionBlockers(), await accountDeletionBlockers(ctx.em, assertId(buyerId, 'buyerId')));
  }
}

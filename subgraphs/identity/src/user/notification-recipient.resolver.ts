import { Arg, Authorized, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { ValidationError, assertId, type RequestContext } from '@realserv/platform';
import { PreferredLanguage, User, UserStatus, UserType } from './user.entity.js';

/** What the notifications subgraph needs to reach a user; SERVICE only, never API. */
@ObjectType({ description: 'How to reach a user with a notification (peer subgraphs only).' })
@Directive('@inaccessible')
export class NotificationRecipient {
  @Field(() => ID) id!: string;
  @Field() fullName!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => PreferredLanguage) preferredLanguage!: PreferredLanguage;
  @Field(() => UserStatus) status!: UserStatus;
  /** Orders checks that a support ticket's assignee is an admin. */
  @Field(() => UserType) type!: UserType;
}

/** For the notifications subgraph only: recipients' contact details and language, in one batch. */
@Resolver(() => NotificationRecipient)
export class NotificationRecipientResolver {
  @Authorized('SERVICE')
  @Directive('@inaccessible')
  @Query(() => [NotificationRecipient], { description: 'Users by id (unknown ids are left out), with what a notification needs.' })
  async notificationRecipients(
    @Arg('ids', () => [ID]) ids: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<NotificationRecipient[]> {
    if (ids.length > 100) throw new ValidationError('At most 100 ids at a time.');
    const wanted = [...new Set(ids.map((id) => assertId(id)))];
    const users = await ctx.em.find(User, { id: { $in: wanted } });
    return users.map((u) => ({ id: u.id, fullName: u.fullName, email: u.email, phone: u.phone, preferredLanguage: u.preferredLanguage, status: u.status, type: u.type }));
  }

  @Authorized('SERVICE')
  @Directive('@inaccessible')
  @Query(() => [NotificationRecipient], { description: 'The active admins (at most 100, oldest first): who hears of operational problems such as repeated failed deliveries.' })
  async adminNotificationRecipients(@Ctx() ctx: RequestContext): Promise<NotificationRecipient[]> {
    const users = await ctx.em.find(User, { type: UserType.ADMIN, status: UserStatus.ACTIVE }, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: 100 });
    return users.map((u) => ({ id: u.id, fullName: u.fullName, email: u.email, phone: u.phone, preferredLanguage: u.preferredLanguage, status: u.status, type: u.type }));
  }
}

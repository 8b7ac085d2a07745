import { Arg, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { PageInput, Paginated, requireUserId, type RequestContext } from '@realserv/platform';
import { Notification } from './notification.entity.js';
import type { Feed, NotificationFeedService } from './notification-feed.service.js';

@ObjectType({ description: 'One page of the signed-in user’s in-app notifications, newest first, with the unread count.' })
export class NotificationFeed extends Paginated(Notification, 'NotificationFeed') {
  @Field(() => Int, { description: 'Unread in-app notifications in the whole feed (not just this page).' })
  unreadCount!: number;
}

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly feed: NotificationFeedService) {}

  @Authorized()
  @Query(() => NotificationFeed, { description: 'The signed-in user’s in-app notifications, newest first. Errors: FORBIDDEN until they register.' })
  myNotifications(
    @Ctx() ctx: RequestContext,
    @Arg('page', () => PageInput, { nullable: true, description: 'Offset and limit (default the first 20).' }) page?: PageInput,
    @Arg('unreadOnly', { defaultValue: false, description: 'Only notifications not marked read yet.' }) unreadOnly?: boolean,
  ): Promise<Feed> {
    return this.feed.feedOf(ctx.em, requireUserId(ctx), page, unreadOnly ?? false);
  }
}

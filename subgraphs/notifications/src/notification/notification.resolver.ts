import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { PageInput, Paginated, isAdmin, requireUserId, type RequestContext } from '@realserv/platform';
import { Notification, NotificationCategoryEnum, NotificationChannelEnum, NotificationStatus } from './notification.entity.js';
import { maskDestination } from './delivery-rules.js';
import type { NotificationCategory, NotificationChannel } from './notification-kinds.js';
import { MAX_MARK_READ_IDS, type Feed, type NotificationFeedService } from './notification-feed.service.js';

@ObjectType({ description: 'One page of the signed-in user’s in-app notifications, newest first, with the unread count.' })
export class NotificationFeed extends Paginated(Notification, 'NotificationFeed') {
  @Field(() => Int, { description: 'Unread in-app notifications in the whole feed (not just this page).' })
  unreadCount!: number;
}

@ObjectType({ description: 'One page of notifications (admins), newest first.' })
export class NotificationPage extends Paginated(Notification, 'NotificationPage') {}

@InputType({ description: 'Which of the signed-in user’s in-app notifications to mark read: some ids, or all.' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: `Notification ids (1–${MAX_MARK_READ_IDS}); ids that are not the caller’s are ignored.` })
  ids?: string[];

  @Field({ nullable: true, description: 'True: every unread notification. Give either this or ids.' })
  all?: boolean;
}

@ObjectType({ description: 'What markNotificationsRead left.' })
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: 'Unread in-app notifications left.' })
  unreadCount!: number;
}

@InputType({ description: 'Narrow the admin list of notifications; all fields optional.' })
export class NotificationsFilter {
  @Field(() => ID, { nullable: true, description: 'Only this recipient’s (RealServ user id).' }) userId?: string;
  @Field(() => ID, { nullable: true, description: 'Only those of this domain event.' }) eventId?: string;
  @Field({ nullable: true, description: 'Only this kind, e.g. DELIVERY_OTP.' }) @IsOptional() @Length(3, 40) kind?: string;
  @Field(() => NotificationChannelEnum, { nullable: true, description: 'Only this channel.' }) channel?: NotificationChannel;
  @Field(() => NotificationStatus, { nullable: true, description: 'Only this status.' }) status?: NotificationStatus;
  @Field(() => NotificationCategoryEnum, { nullable: true, description: 'Only this category.' }) category?: NotificationCategory;
}

/** Subscription fields are served by the gateway over graphql-ws (see orders' order-live.resolver.ts). */
const servedByGateway = (): AsyncIterable<never> => {
  throw new Error('Subscriptions are served by the gateway over graphql-ws.');
};

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

  @Authorized()
  @Query(() => Notification, { description: 'One notification: its recipient and admins may read it. Errors: NOT_FOUND for anyone else.' })
  notification(@Arg('id', () => ID, { description: 'The notification id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Notification> {
    return this.feed.findVisible(ctx, id);
  }

  @Authorized()
  @Mutation(() => MarkNotificationsReadPayload, {
    description: 'Marks the signed-in user’s in-app notifications read (some ids, or all); repeating it changes nothing. Errors: BAD_USER_INPUT unless exactly one of ids (1–100) and all: true is given; FORBIDDEN until they register.',
  })
  async markNotificationsRead(@Arg('input', () => MarkNotificationsReadInput, { description: 'Which notifications.' }) input: MarkNotificationsReadInput, @Ctx() ctx: RequestContext): Promise<MarkNotificationsReadPayload> {
    return { unreadCount: await this.feed.markRead(ctx, input.ids ?? null, input.all === true) };
  }

  @Authorized('ADMIN')
  @Query(() => NotificationPage, { description: 'Admins only: every notification on every channel, newest first, filtered by recipient, event, kind, channel, status or category.' })
  notifications(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => NotificationsFilter, { nullable: true, description: 'Narrow the list.' }) filter?: NotificationsFilter,
    @Arg('page', () => PageInput, { nullable: true, description: 'Offset and limit (default the first 20).' }) page?: PageInput,
  ) {
    return this.feed.list(ctx.em, filter, page);
  }

  @Authorized('ADMIN')
  @Mutation(() => Notification, {
    description: 'Admins only: sends an email, SMS, WhatsApp or push notification again (queued anew; a delivery OTP goes out with the code live now). Errors: NOT_FOUND; CONFLICT with reason IN_APP or ALREADY_QUEUED.',
  })
  resendNotification(@Arg('id', () => ID, { description: 'The notification to send again.' }) id: string, @Ctx() ctx: RequestContext): Promise<Notification> {
    return this.feed.resend(ctx.em, id);
  }

  @Authorized()
  @Subscription(() => Notification, { subscribe: servedByGateway, description: 'Each new notification in the signed-in user’s in-app feed, as it arrives.' })
  notificationReceived(@Root() notification: Notification): Notification {
    return notification;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The order it is about, when it is about one.' })
  orderId(@Root() n: Notification): string | null {
    return n.data.orderId ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the recipient marked it read (in-app) or the provider reported it read.' })
  read(@Root() n: Notification): boolean {
    return n.readAt !== null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Admins only (null for others): the recipient’s user id.' })
  recipientId(@Root() n: Notification, @Ctx() ctx: RequestContext): string | null {
    return isAdmin(ctx) ? n.userId : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Admins only (null for others): the domain event that caused it, e.g. OrderPlaced.' })
  eventName(@Root() n: Notification, @Ctx() ctx: RequestContext): string | null {
    return isAdmin(ctx) ? n.eventName : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Admins only (null for others): where it went, masked (+91******10, a***@example.com).' })
  destination(@Root() n: Notification, @Ctx() ctx: RequestContext): string | null {
    return isAdmin(ctx) ? maskDestination(n.destination) : null;
  }
}

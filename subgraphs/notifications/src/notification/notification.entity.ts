import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NOTIFICATION_CATEGORIES, NOTIFICATION_CHANNELS, type NotificationCategory, type NotificationChannel } from './notification-kinds.js';

/** GraphQL/PostgreSQL enums built from the shared lists (notification-kinds.ts stays the one source). */
const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const NotificationChannelEnum = enumOf(NOTIFICATION_CHANNELS);
registerEnumType(NotificationChannelEnum, {
  name: 'NotificationChannel',
  description: 'How a notification reaches its recipient.',
  valuesConfig: {
    EMAIL: { description: 'Email (AWS SES in production).' },
    SMS: { description: 'SMS (Twilio, DLT-registered templates).' },
    WHATSAPP: { description: 'WhatsApp (Meta Cloud API template or session message).' },
    PUSH: { description: 'Push to the recipient’s registered devices (Firebase Cloud Messaging).' },
    IN_APP: { description: 'The in-app feed (myNotifications, notificationReceived).' },
  },
});

export const NotificationCategoryEnum = enumOf(NOTIFICATION_CATEGORIES);
registerEnumType(NotificationCategoryEnum, {
  name: 'NotificationCategory',
  description: 'What a notification is about; preferences are per channel and category.',
  valuesConfig: {
    ORDER_UPDATES: { description: 'An order was placed, confirmed, rejected, dispatched, delivered, completed or cancelled.' },
    PAYMENTS: { description: 'Payments received or failed, refunds.' },
    DELIVERY_OTP: { description: 'The delivery OTP (security: cannot be switched off entirely).' },
    SETTLEMENTS: { description: 'Vendor settlements generated and paid.' },
    ACCOUNT: { description: 'Account and KYC decisions (security: cannot be switched off entirely).' },
    PROMOTIONS: { description: 'Offers and news (off unless the user turns them on).' },
  },
});

export enum NotificationStatus {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  DELIVERED = 'DELIVERED',
  READ = 'READ',
  FAILED = 'FAILED',
}
registerEnumType(NotificationStatus, {
  name: 'NotificationStatus',
  description: 'Where a notification stands: QUEUED → SENT → DELIVERED → READ, or FAILED.',
  valuesConfig: {
    QUEUED: { description: 'Created; waiting to be sent (or to be retried after a transient provider error).' },
    SENT: { description: 'The provider accepted it (in-app: it is in the feed).' },
    DELIVERED: { description: 'The provider reported it delivered to the device or inbox.' },
    READ: { description: 'Read: reported by the provider (WhatsApp) or marked read in the app.' },
    FAILED: { description: 'Not delivered: a permanent provider error, or the retries ran out; see failureReason.' },
  },
});

/**
 * One message to one recipient on one channel for one domain event. The unique key (event, kind,
 * recipient, channel) is what makes a redelivered event send nothing twice: `kind` separates the
 * two messages one event may owe the same person (e.g. a vendor owner who is also the buyer).
 * Content is stored as rendered with secrets masked (the delivery OTP never lands here in clear).
 */
@Entity({ tableName: 'notifications' })
@Unique({ name: 'notifications_once_per_event', properties: ['eventId', 'kind', 'userId', 'channel'] })
@Index({ name: 'notifications_feed_idx', properties: ['userId', 'channel', 'createdAt'] })
@Index({ name: 'notifications_queued_idx', properties: ['status', 'jobQueuedAt', 'nextAttemptAt'] })
@Index({ name: 'notifications_admin_idx', properties: ['createdAt'] })
// The sender's per-recipient rate limit: the recipient's recent sends, and its deferred messages.
// Only what the limit counts (provider messages once sent): the in-app half of a busy vendor's
// rows and every unsent version stay out, so "the 20th latest send" reads 20 entries, not the minute.
@Index({ name: 'notifications_recipient_sent_idx', properties: ['userId', 'sentAt'], where: "channel <> 'IN_APP' and sent_at is not null" })
@Index({ name: 'notifications_recipient_queue_idx', properties: ['userId', 'status', 'nextAttemptAt'] })
@ObjectType({ description: 'A message RealServ sent (or is sending) to a user about something that happened.' })
export class Notification {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The notification id.' })
  id: string = randomUUID();

  /** The recipient's RealServ user id (a vendor's messages go to its owner). */
  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'text' })
  @Field({ description: 'What happened, e.g. ORDER_PLACED_BUYER, DELIVERY_OTP, SETTLEMENT_PAID.' })
  kind!: string;

  @Enum({ items: () => NotificationCategoryEnum, nativeEnumName: 'notification_category' })
  @Field(() => NotificationCategoryEnum, { description: 'What it is about (preferences are per category).' })
  category!: NotificationCategory;

  @Enum({ items: () => NotificationChannelEnum, nativeEnumName: 'notification_channel' })
  @Field(() => NotificationChannelEnum, { description: 'How it reaches the recipient.' })
  channel!: NotificationChannel;

  /** The domain event's contract name and id (the idempotency key of the trigger). */
  @Property({ type: 'text' })
  eventName!: string;

  @Property({ type: 'uuid' })
  eventId!: string;

  /** When the domain event was committed: the start of the event → provider-accept latency. */
  @Property({ type: 'timestamptz' })
  eventAt!: Date;

  /** Template variables without secrets (those are fetched at send time); re-rendered to send. */
  @Property({ type: 'jsonb' })
  variables!: Record<string, string>;

  /** Where the message goes (email address, E.164 phone); null for IN_APP and PUSH (devices). */
  @Property({ type: 'text', nullable: true })
  destination: string | null = null;

  /** Ids the apps open it with (orderId, settlementId, vendorId). */
  @Property({ type: 'jsonb' })
  data: Record<string, string> & Opt = {};

  @Property({ type: 'text', nullable: true })
  templateId: string | null = null;

  @Property({ type: 'integer', nullable: true })
  templateVersion: number | null = null;

  @Property({ type: 'text' })
  language: ('en' | 'hi') & Opt = 'en';

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Title (email subject, push and in-app title), secrets masked.' })
  subject: string | null = null;

  @Property({ type: 'text' })
  @Field({ description: 'The text as sent, secrets (the delivery OTP) masked.' })
  body!: string;

  @Enum({ items: () => NotificationStatus, nativeEnumName: 'notification_status' })
  @Field(() => NotificationStatus, { description: 'Where it stands.' })
  status: NotificationStatus & Opt = NotificationStatus.QUEUED;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The provider’s reason when FAILED (e.g. 21211, 131026, HTTP_503).' })
  failureReason: string | null = null;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Send attempts made so far.' })
  attempts: number & Opt = 0;

  @Property({ type: 'text', nullable: true })
  @Index({ name: 'notifications_provider_message_idx' })
  @Field(() => String, { nullable: true, description: 'The provider’s message id once accepted.' })
  providerMessageId: string | null = null;

  /** When the next send attempt is due (rate limits and retries push it back). */
  @Property({ type: 'timestamptz' })
  nextAttemptAt: Date & Opt = new Date();

  /**
   * When a send job was queued for the current attempt; null: none yet (the pump queues one after
   * commit, and the sweeper clears it again when a job went missing, e.g. in a crash).
   */
  @Property({ type: 'timestamptz', nullable: true })
  jobQueuedAt: Date | null = null;

  /** The WhatsApp notification this SMS replaces after it failed (delivery OTP fallback). */
  @Property({ type: 'uuid', nullable: true })
  fallbackOf: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When it was created.' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the provider accepted it (in-app: when it entered the feed).' })
  sentAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the provider reported it delivered.' })
  deliveredAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was read (in-app: marked read by the recipient).' })
  readAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  failedAt: Date | null = null;

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

/** Provider status reports already applied (webhooks are redelivered): one row per report. */
@Entity({ tableName: 'provider_status_reports' })
export class ProviderStatusReport {
  @PrimaryKey({ type: 'text' })
  eventKey!: string;

  @Property({ type: 'timestamptz' })
  receivedAt: Date & Opt = new Date();
}

/**
 * Status reports for a provider message id no notification has (yet): kept until the sender
 * commits that id (the provider reported faster than our commit) or they expire
 * (provider-status.ts).
 */
@Entity({ tableName: 'pending_provider_status_reports' })
@Index({ name: 'pending_provider_status_reports_message_idx', properties: ['channel', 'providerMessageId'] })
export class PendingProviderStatusReport {
  @PrimaryKey({ type: 'text' })
  eventKey!: string;

  @Enum({ items: () => NotificationChannelEnum, nativeEnumName: 'notification_channel' })
  channel!: NotificationChannel;

  @Property({ type: 'text' })
  providerMessageId!: string;

  @Property({ type: 'text' })
  status!: string;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'timestamptz' })
  reportedAt!: Date;

  @Property({ type: 'timestamptz' })
  @Index({ name: 'pending_provider_status_reports_received_idx' })
  receivedAt: Date & Opt = new Date();
}

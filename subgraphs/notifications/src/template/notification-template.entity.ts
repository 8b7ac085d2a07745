import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NOTIFICATION_KINDS, type NotificationChannel, type NotificationKind } from '../notification/notification-kinds.js';
import { NotificationChannelEnum } from '../notification/notification.entity.js';
import type { TemplateContent, TemplateLanguage as Language } from './template-rules.js';

export const NotificationKindEnum = Object.fromEntries(Object.keys(NOTIFICATION_KINDS).map((k) => [k, k])) as { [K in NotificationKind]: K };
/** What each kind tells whom; the variables a template may use follow from NOTIFICATION_KINDS. */
const KIND_DESCRIPTIONS: Record<NotificationKind, string> = {
  ORDER_PLACED_BUYER: 'To the buyer: their order was placed.',
  ORDER_PLACED_VENDOR: 'To the vendor: a new order arrived.',
  ORDER_CONFIRMED: 'To the buyer: the vendor confirmed the order.',
  ORDER_REJECTED: 'To the buyer: the vendor rejected the order.',
  ORDER_DISPATCHED: 'To the buyer: the order is out for delivery.',
  ORDER_DELIVERED: 'To the buyer: the order was delivered.',
  ORDER_COMPLETED: 'To the buyer: the order is complete (delivered and paid).',
  ORDER_CANCELLED_BUYER: 'To the buyer: the order was cancelled.',
  ORDER_CANCELLED_VENDOR: 'To the vendor: an order was cancelled.',
  PAYMENT_RECEIPT: 'To the buyer: receipt of their payment.',
  PAYMENT_RECEIVED_VENDOR: 'To the vendor: the buyer paid.',
  PAYMENT_FAILED: 'To the buyer: their payment failed.',
  REFUND_PROCESSED: 'To the buyer: a refund was paid out.',
  DELIVERY_OTP: 'To the buyer: the delivery OTP (secret: masked wherever stored or logged).',
  KYC_APPROVED: 'To the vendor: KYC approved.',
  KYC_REJECTED: 'To the vendor: KYC rejected, with the reason.',
  SETTLEMENT_GENERATED: 'To the vendor: a settlement was prepared.',
  SETTLEMENT_PAID: 'To the vendor: a settlement was paid to their bank.',
  TICKET_REPLY_BUYER: 'To the buyer who opened a support ticket: a public reply from support or the vendor.',
  TICKET_REPLY_VENDOR: 'To the vendor on a support ticket: a public reply from support or the buyer.',
  TICKET_STATUS_BUYER: 'To the buyer who opened a support ticket: it was resolved, reopened or closed.',
  TICKET_STATUS_VENDOR: 'To the vendor on a support ticket: it was resolved, reopened or closed.',
  DISPUTE_OPENED_BUYER: 'To the buyer: their dispute was received.',
  DISPUTE_OPENED_VENDOR: 'To the vendor: a buyer disputed an order; respond within 48 hours.',
  DISPUTE_RESPONDED: 'To the buyer: the vendor accepted or contested their dispute.',
  DISPUTE_ESCALATED_BUYER: 'To the buyer: the vendor did not respond; an admin decides.',
  DISPUTE_ESCALATED_VENDOR: 'To the vendor: it did not respond in 48 hours; an admin decides.',
  DELIVERY_ATTEMPTS_FAILED_ADMIN: 'To every active admin: a delivery failed a second (or later) time.',
  DISPUTE_RESOLVED_BUYER: 'To the buyer: the decision on their dispute, with the reason.',
  DISPUTE_RESOLVED_VENDOR: 'To the vendor: the decision on a dispute (a refund is deducted in settlement), with the reason.',
};
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description: 'What a notification is about and for whom (one template set per kind); each kind has its own template variables.',
  valuesConfig: Object.fromEntries(
    (Object.keys(KIND_DESCRIPTIONS) as NotificationKind[]).map((kind) => [kind, { description: `${KIND_DESCRIPTIONS[kind]} Variables: ${NOTIFICATION_KINDS[kind].variables.join(', ')}.` }]),
  ),
});

export enum TemplateLanguage {
  EN = 'en',
  HI = 'hi',
}
registerEnumType(TemplateLanguage, {
  name: 'TemplateLanguage',
  description: 'A template’s language; a user’s preferred language picks it, falling back to English.',
  valuesConfig: { EN: { description: 'English.' }, HI: { description: 'Hindi (Devanagari).' } },
});

/**
 * One version of the message for a kind on a channel in a language. Versions never change once
 * written (only `active` does): an update writes the next version and deactivates this one, so a
 * Notification's (templateId, templateVersion) always names the words it was sent with. At most
 * one active version per (kind, channel, language): a partial unique index, not only the service.
 */
@Entity({ tableName: 'notification_templates' })
@Unique({ name: 'notification_templates_version_key', properties: ['kind', 'channel', 'language', 'version'] })
@Index({
  name: 'notification_templates_one_active',
  expression: 'create unique index "notification_templates_one_active" on "notification_templates" ("kind", "channel", "language") where "active"',
})
@Check({ name: 'notification_templates_language_check', expression: `language in ('en', 'hi')` })
@Check({ name: 'notification_templates_version_positive', expression: 'version > 0' })
@ObjectType({ description: 'Admins only: one version of a notification template (kind × channel × language). Versions never change; an update makes the next one.' })
export class NotificationTemplate implements TemplateContent {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The id of this version.' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  @Field(() => NotificationKindEnum, { description: 'What the template is for.' })
  kind!: NotificationKind;

  @Enum({ items: () => NotificationChannelEnum, nativeEnumName: 'notification_channel' })
  @Field(() => NotificationChannelEnum, { description: 'The channel it is sent on.' })
  channel!: NotificationChannel;

  @Property({ type: 'text' })
  @Field(() => TemplateLanguage, { description: 'Its language.' })
  language!: Language;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '1 for the first version of this kind, channel and language; each update adds one.' })
  version!: number;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Whether this is the version being sent. At most one per kind, channel and language; none means the channel falls back to English, or is not used for the kind.' })
  active: boolean & Opt = true;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'EMAIL subject; PUSH and IN_APP title. Handlebars, e.g. "Order {{orderNumber}} placed".' })
  subject: string | null = null;

  @Property({ type: 'text' })
  @Field({ description: 'Plain-text body (email text part, SMS, WhatsApp session text, push and in-app body): Handlebars with the kind’s variables.' })
  textBody!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'EMAIL only: HTML body; variables are HTML-escaped.' })
  htmlBody: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'WHATSAPP only: the name the template is approved under at Meta.' })
  whatsappTemplateName: string | null = null;

  @Property({ type: 'text[]', nullable: true })
  @Field(() => [String], { nullable: true, description: 'WHATSAPP only: the variable for each template parameter, {{1}} first.' })
  whatsappParameterOrder: string[] | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'SMS only: the 19-digit DLT content template id the text is registered under.' })
  dltTemplateId: string | null = null;

  /** The admin who wrote this version; null for the defaults RealServ ships. */
  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The admin who wrote this version; null for RealServ’s defaults.' })
  createdBy: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When this version was written.' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When it last changed (written, or deactivated).' })
  updatedAt: Date & Opt = new Date();
}

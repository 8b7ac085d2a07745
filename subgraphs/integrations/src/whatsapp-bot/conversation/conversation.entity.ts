import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import type { FlowState } from './flow.js';

/** One WhatsApp number's conversation with the bot: the open flow and when the number last wrote. */
@Entity({ tableName: 'whatsapp_conversations' })
export class WhatsAppConversation {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** E.164 with '+'. */
  @Property({ type: 'text' })
  @Unique({ name: 'whatsapp_conversations_phone_key' })
  phone!: string;

  /** The linked vendor user when the number was linked at the last message (null: unknown number). */
  @Property({ type: 'uuid', nullable: true })
  userId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  vendorId: string | null = null;

  /** The open flow's name (IDLE, CHOOSE_ORDER, REJECT_REASON, CONFIRM_ACTION). */
  @Property({ type: 'text' })
  state: string & Opt = 'IDLE';

  /** The open flow (flow.ts FlowState). */
  @Property({ type: 'json' })
  context: FlowState & Opt = { state: 'IDLE' };

  /** When the open flow lapses (5 minutes after it was asked). */
  @Property({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null = null;

  /** The reply language of the last message (en, hi, hinglish). */
  @Property({ type: 'text' })
  language: string & Opt = 'en';

  @Property({ type: 'timestamptz' })
  lastInboundAt!: Date;

  /** The last sequence number given to an inbound message (claims take the next under this row's lock). */
  @Property({ type: 'integer' })
  nextSeq: number & Opt = 0;

  /** Bumped by every finished turn: a turn writes its flow only if no other turn finished since it read it. */
  @Property({ type: 'integer' })
  version: number & Opt = 0;
}

/** A message in or out: what the bot read, what it did and how long it took. */
@Entity({ tableName: 'whatsapp_messages' })
@Index({ name: 'whatsapp_messages_conversation_idx', properties: ['conversationId', 'createdAt'] })
@Index({ name: 'whatsapp_messages_conversation_seq_idx', properties: ['conversationId', 'seq'] })
export class WhatsAppMessage {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  conversationId!: string;

  @Property({ type: 'text' })
  direction!: 'IN' | 'OUT';

  @Property({ type: 'text', nullable: true })
  text: string | null = null;

  /** Meta's message id (wamid…): an inbound one is taken once, so a redelivery acts once. */
  @Property({ type: 'text', nullable: true })
  @Unique({ name: 'whatsapp_messages_meta_message_id_key' })
  metaMessageId: string | null = null;

  /** Inbound: the parsed intent and its arguments. */
  @Property({ type: 'text', nullable: true })
  intent: string | null = null;

  @Property({ type: 'json', nullable: true })
  args: Record<string, unknown> | null = null;

  /** Inbound: its place among the number's messages (turns run in this order, one at a time). */
  @Property({ type: 'integer', nullable: true })
  seq: number | null = null;

  /** Inbound: what the bot did (e.g. CONFIRMED, ASKED, REFUSED_UNLINKED, API_ERROR:CONFLICT). */
  @Property({ type: 'text', nullable: true })
  outcome: string | null = null;

  /** Inbound: from receipt to the reply accepted by the Cloud API. */
  @Property({ type: 'integer', nullable: true })
  latencyMs: number | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}

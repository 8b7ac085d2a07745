import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/**
 * A vendor user's WhatsApp number: requested (a code sent, not yet proven) or linked. One row per
 * user; a linked number belongs to one user (partial unique index on phone where linked).
 */
@Entity({ tableName: 'whatsapp_links' })
@Index({
  name: 'whatsapp_links_linked_phone_key',
  expression: 'create unique index "whatsapp_links_linked_phone_key" on "whatsapp_links" ("phone") where "linked_at" is not null',
})
@ObjectType({ description: 'The signed-in vendor user’s WhatsApp number for the vendor bot.' })
export class WhatsAppLink {
  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  /** Firebase uid: the bot signs in as this user (custom token) to call the gateway. */
  @Property({ type: 'text' })
  firebaseUid!: string;

  @Property({ type: 'uuid' })
  vendorId!: string;

  @Field({ description: 'The number, E.164 (+91…).' })
  @Property({ type: 'text' })
  phone!: string;

  @Field(() => Date, { nullable: true, description: 'When the number was proven; null while a code is pending.' })
  @Property({ type: 'timestamptz', nullable: true })
  linkedAt: Date | null = null;

  /** SHA-256 of the pending code (never the code). */
  @Property({ type: 'text', nullable: true })
  codeHash: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the pending code stops working.' })
  @Property({ type: 'timestamptz', nullable: true })
  codeExpiresAt: Date | null = null;

  /** Wrong codes entered against the pending code. */
  @Property({ type: 'integer' })
  attempts: number & Opt = 0;

  @Property({ type: 'timestamptz' })
  requestedAt!: Date;
}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261201011552 extends Migration {

  override name = 'Migration20261201011552';

  override up(): void | Promise<void> {
    this.addSql(`create table "outbox_events" ("id" uuid not null, "type" text not null, "payload" jsonb not null, "occurred_at" timestamptz not null, "published_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "outbox_events_unpublished_idx" on "outbox_events" ("occurred_at") where "published_at" is null;`);

    this.addSql(`create table "processed_events" ("event_id" uuid not null, "handler" text not null, "processed_at" timestamptz not null, primary key ("event_id", "handler"));`);

    this.addSql(`create table "whatsapp_conversations" ("id" uuid not null, "phone" text not null, "user_id" uuid null, "vendor_id" uuid null, "state" text not null default 'IDLE', "context" jsonb not null, "expires_at" timestamptz null, "language" text not null default 'en', "last_inbound_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "whatsapp_conversations" add constraint "whatsapp_conversations_phone_key" unique ("phone");`);

    this.addSql(`create table "whatsapp_links" ("user_id" uuid not null, "firebase_uid" text not null, "vendor_id" uuid not null, "phone" text not null, "linked_at" timestamptz null, "code_hash" text null, "code_expires_at" timestamptz null, "attempts" int not null default 0, "requested_at" timestamptz not null, primary key ("user_id"));`);
    this.addSql(`create unique index "whatsapp_links_linked_phone_key" on "whatsapp_links" ("phone") where "linked_at" is not null;`);

    this.addSql(`create table "whatsapp_messages" ("id" uuid not null, "conversation_id" uuid not null, "direction" text not null, "text" text null, "meta_message_id" text null, "intent" text null, "args" jsonb null, "outcome" text null, "latency_ms" int null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "whatsapp_messages" add constraint "whatsapp_messages_meta_message_id_key" unique ("meta_message_id");`);
    this.addSql(`create index "whatsapp_messages_conversation_idx" on "whatsapp_messages" ("conversation_id", "created_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "outbox_events" cascade;`);
    this.addSql(`drop table if exists "processed_events" cascade;`);
    this.addSql(`drop table if exists "whatsapp_conversations" cascade;`);
    this.addSql(`drop table if exists "whatsapp_links" cascade;`);
    this.addSql(`drop table if exists "whatsapp_messages" cascade;`);
  }

}

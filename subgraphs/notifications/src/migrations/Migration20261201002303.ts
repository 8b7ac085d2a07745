import { Migration } from '@mikro-orm/migrations';

export class Migration20261201002303 extends Migration {

  override name = 'Migration20261201002303';

  override up(): void | Promise<void> {
    this.addSql(`create type "notification_category" as enum ('ORDER_UPDATES', 'PAYMENTS', 'DELIVERY_OTP', 'SETTLEMENTS', 'ACCOUNT', 'PROMOTIONS');`);
    this.addSql(`create type "notification_channel" as enum ('EMAIL', 'SMS', 'WHATSAPP', 'PUSH', 'IN_APP');`);
    this.addSql(`create type "notification_status" as enum ('QUEUED', 'SENT', 'DELIVERED', 'READ', 'FAILED');`);
    this.addSql(`create table "notifications" ("id" uuid not null, "user_id" uuid not null, "kind" text not null, "category" "notification_category" not null, "channel" "notification_channel" not null, "event_name" text not null, "event_id" uuid not null, "event_at" timestamptz not null, "variables" jsonb not null, "destination" text null, "data" jsonb not null, "template_id" text null, "template_version" int null, "language" text not null default 'en', "subject" text null, "body" text not null, "status" "notification_status" not null default 'QUEUED', "failure_reason" text null, "attempts" int not null default 0, "provider_message_id" text null, "fallback_of" uuid null, "created_at" timestamptz not null, "sent_at" timestamptz null, "delivered_at" timestamptz null, "read_at" timestamptz null, "failed_at" timestamptz null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "notifications_provider_message_idx" on "notifications" ("provider_message_id");`);
    this.addSql(`create index "notifications_queued_idx" on "notifications" ("status", "created_at");`);
    this.addSql(`create index "notifications_feed_idx" on "notifications" ("user_id", "channel", "created_at");`);
    this.addSql(`alter table "notifications" add constraint "notifications_once_per_event" unique ("event_id", "kind", "user_id", "channel");`);

    this.addSql(`create table "outbox_events" ("id" uuid not null, "type" text not null, "payload" jsonb not null, "occurred_at" timestamptz not null, "published_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "outbox_events_unpublished_idx" on "outbox_events" ("occurred_at") where "published_at" is null;`);

    this.addSql(`create table "processed_events" ("event_id" uuid not null, "handler" text not null, "processed_at" timestamptz not null, primary key ("event_id", "handler"));`);

    this.addSql(`create table "provider_status_reports" ("event_key" text not null, "received_at" timestamptz not null, primary key ("event_key"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "notifications" cascade;`);
    this.addSql(`drop table if exists "outbox_events" cascade;`);
    this.addSql(`drop table if exists "processed_events" cascade;`);
    this.addSql(`drop table if exists "provider_status_reports" cascade;`);

    this.addSql(`drop type "notification_category";`);
    this.addSql(`drop type "notification_channel";`);
    this.addSql(`drop type "notification_status";`);
  }

}

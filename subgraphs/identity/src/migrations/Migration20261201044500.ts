import { Migration } from '@mikro-orm/migrations';

/** identity joins the events (publishes UserDeleted, follows orders' statuses): outbox, inbox, open orders. */
export class Migration20261201044500 extends Migration {

  override name = 'Migration20261201044500';

  override up(): void | Promise<void> {
    this.addSql(`create table "outbox_events" ("id" uuid not null, "type" text not null, "payload" jsonb not null, "occurred_at" timestamptz not null, "published_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "outbox_events_unpublished_idx" on "outbox_events" ("occurred_at") where "published_at" is null;`);

    this.addSql(`create table "processed_events" ("event_id" uuid not null, "handler" text not null, "processed_at" timestamptz not null, primary key ("event_id", "handler"));`);

    this.addSql(`create table "buyer_open_orders" ("order_id" uuid not null, "buyer_id" uuid not null, "order_number" text not null, "status" text not null, "open" boolean not null, "status_at" timestamptz not null, primary key ("order_id"));`);
    this.addSql(`create index "buyer_open_orders_buyer_idx" on "buyer_open_orders" ("buyer_id", "open");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "outbox_events" cascade;`);
    this.addSql(`drop table if exists "processed_events" cascade;`);
    this.addSql(`drop table if exists "buyer_open_orders" cascade;`);
  }

}

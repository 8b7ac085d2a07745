import { Migration } from '@mikro-orm/migrations';

/**
 * Account deletion asks orders itself (accountDeletionBlockersForService): identity's copies of
 * orders' and disputes' state, and the twelve event queues that fed them, are gone. Their rows
 * were derived from orders' events and are not needed to rebuild anything.
 */
export class Migration20261201063800 extends Migration {

  override name = 'Migration20261201063800';

  override up(): void | Promise<void> {
    this.addSql(`drop table if exists "buyer_open_orders" cascade;`);
    this.addSql(`drop table if exists "buyer_open_disputes" cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create table "buyer_open_orders" ("order_id" uuid not null, "buyer_id" uuid not null, "order_number" text not null, "status" text not null, "open" boolean not null, "status_at" timestamptz not null, primary key ("order_id"));`);
    this.addSql(`create index "buyer_open_orders_buyer_idx" on "buyer_open_orders" ("buyer_id", "open");`);
    this.addSql(`create table "buyer_open_disputes" ("dispute_id" uuid not null, "buyer_id" uuid not null, "order_number" text not null, "open" boolean not null, "status_at" timestamptz not null, primary key ("dispute_id"));`);
    this.addSql(`create index "buyer_open_disputes_buyer_idx" on "buyer_open_disputes" ("buyer_id", "open");`);
  }

}

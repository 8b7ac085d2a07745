import { Migration } from '@mikro-orm/migrations';

export class Migration20261125091302 extends Migration {

  override name = 'Migration20261125091302';

  override up(): void | Promise<void> {
    this.addSql(`create type "order_status" as enum ('PENDING_PAYMENT', 'PAID', 'PLACED', 'CONFIRMED', 'REJECTED', 'OUT_FOR_DELIVERY', 'DELIVERED', 'COMPLETED', 'CANCELLED');`);
    this.addSql(`create type "payment_method" as enum ('ONLINE', 'COD');`);
    this.addSql(`create type "order_payment_status" as enum ('PENDING', 'PAID', 'FAILED', 'COD_PENDING', 'COD_COLLECTED', 'REFUND_PENDING', 'REFUNDED', 'NOT_REQUIRED');`);
    this.addSql(`create type "order_item_kind" as enum ('MATERIAL', 'LABOUR');`);
    this.addSql(`create type "order_actor" as enum ('BUYER', 'VENDOR', 'ADMIN', 'SYSTEM');`);
    this.addSql(`create table "orders" ("id" uuid not null, "order_number" text not null, "buyer_id" uuid not null, "vendor_id" uuid not null, "idempotency_key" text not null, "status" "order_status" not null, "payment_method" "payment_method" not null, "payment_status" "order_payment_status" not null, "delivery_address" jsonb not null, "distance_km" double precision null, "subtotal_paise" bigint not null, "delivery_charge_paise" bigint not null, "delivery_tax_paise" bigint not null, "tax_paise" bigint not null, "total_paise" bigint not null, "pricing_date" date not null, "closing_reason" text null, "cash_collected_at" timestamptz null, "cash_proof_media_id" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "orders" add constraint "orders_number_unique" unique ("order_number");`);
    this.addSql(`create index "orders_status_created_idx" on "orders" ("status", "created_at");`);
    this.addSql(`create index "orders_vendor_created_idx" on "orders" ("vendor_id", "created_at");`);
    this.addSql(`create index "orders_buyer_created_idx" on "orders" ("buyer_id", "created_at");`);
    this.addSql(`alter table "orders" add constraint "orders_buyer_idempotency_unique" unique ("buyer_id", "idempotency_key");`);

    this.addSql(`create table "order_items" ("id" uuid not null, "order_id" uuid not null, "position" int not null, "kind" "order_item_kind" not null, "ref_id" uuid not null, "name" text not null, "unit" text not null, "unit_description" text not null, "quantity" int not null, "unit_price_paise" bigint not null, "gst_rate_basis_points" int not null, "tax_code" text not null, "line_subtotal_paise" bigint not null, "line_tax_paise" bigint not null, "line_total_paise" bigint not null, primary key ("id"));`);
    this.addSql(`create index "order_items_order_idx" on "order_items" ("order_id");`);

    this.addSql(`create table "order_number_counters" ("month" text not null, "last" int not null, primary key ("month"));`);

    this.addSql(`create table "order_status_history" ("id" uuid not null, "order_id" uuid not null, "from_status" "order_status" null, "to_status" "order_status" not null, "actor" "order_actor" not null, "actor_user_id" uuid null, "note" text null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "order_status_history_order_idx" on "order_status_history" ("order_id", "created_at");`);

    this.addSql(`create table "outbox_events" ("id" uuid not null, "type" text not null, "payload" jsonb not null, "occurred_at" timestamptz not null, "published_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "outbox_events_unpublished_idx" on "outbox_events" ("occurred_at") where "published_at" is null;`);

    this.addSql(`create table "processed_events" ("event_id" uuid not null, "handler" text not null, "processed_at" timestamptz not null, primary key ("event_id", "handler"));`);

    this.addSql(`alter table "orders" add constraint "orders_money_non_negative" check (subtotal_paise >= 0 and delivery_charge_paise >= 0 and tax_paise >= 0 and total_paise >= 0);`);

    this.addSql(`alter table "order_items" add constraint "order_items_order_id_foreign" foreign key ("order_id") references "orders" ("id") on delete cascade;`);
    this.addSql(`alter table "order_items" add constraint "order_items_quantity_positive" check (quantity > 0 and unit_price_paise > 0);`);

    this.addSql(`alter table "order_status_history" add constraint "order_status_history_order_id_foreign" foreign key ("order_id") references "orders" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "order_items" drop constraint "order_items_order_id_foreign";`);
    this.addSql(`alter table "order_status_history" drop constraint "order_status_history_order_id_foreign";`);

    this.addSql(`drop table if exists "orders" cascade;`);
    this.addSql(`drop table if exists "order_items" cascade;`);
    this.addSql(`drop table if exists "order_number_counters" cascade;`);
    this.addSql(`drop table if exists "order_status_history" cascade;`);
    this.addSql(`drop table if exists "outbox_events" cascade;`);
    this.addSql(`drop table if exists "processed_events" cascade;`);

    this.addSql(`drop type "order_status";`);
    this.addSql(`drop type "payment_method";`);
    this.addSql(`drop type "order_payment_status";`);
    this.addSql(`drop type "order_item_kind";`);
    this.addSql(`drop type "order_actor";`);
  }

}

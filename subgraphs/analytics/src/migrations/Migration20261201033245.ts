import { Migration } from '@mikro-orm/migrations';

export class Migration20261201033245 extends Migration {

  override name = 'Migration20261201033245';

  override up(): void | Promise<void> {
    this.addSql(`create table "daily_closing_reasons" ("day" date not null, "outcome" text not null, "reason" text not null, "orders" int not null default 0, primary key ("day", "outcome", "reason"));`);

    this.addSql(`create table "daily_fulfilment" ("day" date not null, "vendor_id" uuid not null, "confirmed" int not null default 0, "rejected" int not null default 0, "cancelled" int not null default 0, "delivered" int not null default 0, "confirm_seconds_total" bigint not null default '0', primary key ("day", "vendor_id"));`);
    this.addSql(`create index "daily_fulfilment_vendor_day_idx" on "daily_fulfilment" ("vendor_id", "day");`);

    this.addSql(`create table "daily_payment_failures" ("day" date not null, "reason" text not null, "failures" int not null default 0, primary key ("day", "reason"));`);

    this.addSql(`create table "daily_payments" ("day" date not null, "online_captured" int not null default 0, "online_captured_paise" bigint not null default '0', "cod_collected" int not null default 0, "cod_collected_paise" bigint not null default '0', "online_failed" int not null default 0, "refunds" int not null default 0, "refunded_paise" bigint not null default '0', "refund_failures" int not null default 0, "updated_at" timestamptz not null, primary key ("day"));`);

    this.addSql(`create table "daily_sales" ("day" date not null, "dimension" text not null, "key" text not null, "label" text not null, "orders" int not null default 0, "gmv_paise" bigint not null default '0', "net_gmv_paise" bigint not null default '0', "cancelled_orders" int not null default 0, "refunded_paise" bigint not null default '0', "cod_orders" int not null default 0, "online_orders" int not null default 0, "updated_at" timestamptz not null, primary key ("day", "dimension", "key"));`);
    this.addSql(`create index "daily_sales_dimension_day_idx" on "daily_sales" ("dimension", "day");`);

    this.addSql(`create table "daily_settlements" ("day" date not null, "generated" int not null default 0, "net_payout_paise" bigint not null default '0', "commission_paise" bigint not null default '0', "gst_on_commission_paise" bigint not null default '0', "tcs_paise" bigint not null default '0', "tds_paise" bigint not null default '0', "paid" int not null default 0, "paid_paise" bigint not null default '0', primary key ("day"));`);

    this.addSql(`create table "daily_vendor_funnel" ("day" date not null, "submitted" int not null default 0, "approved" int not null default 0, "rejected" int not null default 0, primary key ("day"));`);

    this.addSql(`create table "duration_buckets" ("day" date not null, "metric" text not null, "bucket" smallint not null, "count" int not null default 0, primary key ("day", "metric", "bucket"));`);

    this.addSql(`create table "order_facts" ("order_id" uuid not null, "vendor_id" uuid not null, "vendor_name" text not null, "buyer_id" uuid not null, "city" text not null, "placed_on" date not null, "placed_at" timestamptz not null, "payment_method" text not null, "total_paise" bigint not null, "lines" jsonb not null, "paid_at" timestamptz null, "confirmed_at" timestamptz null, "delivered_at" timestamptz null, "closed_as" text null, "refunded_while_open_paise" bigint not null default '0', "refunded_paise" bigint not null default '0', primary key ("order_id"));`);

    this.addSql(`create table "outbox_events" ("id" uuid not null, "type" text not null, "payload" jsonb not null, "occurred_at" timestamptz not null, "published_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "outbox_events_unpublished_idx" on "outbox_events" ("occurred_at") where "published_at" is null;`);

    this.addSql(`create table "processed_events" ("event_id" uuid not null, "handler" text not null, "processed_at" timestamptz not null, primary key ("event_id", "handler"));`);

    this.addSql(`create table "vendor_buyer_days" ("vendor_id" uuid not null, "day" date not null, "buyer_id" uuid not null, "orders" int not null default 0, primary key ("vendor_id", "day", "buyer_id"));`);

    this.addSql(`create table "vendor_facts" ("vendor_id" uuid not null, "onboarded_at" timestamptz not null, "decided_at" timestamptz null, "kyc_outcome" text null, primary key ("vendor_id"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "daily_closing_reasons" cascade;`);
    this.addSql(`drop table if exists "daily_fulfilment" cascade;`);
    this.addSql(`drop table if exists "daily_payment_failures" cascade;`);
    this.addSql(`drop table if exists "daily_payments" cascade;`);
    this.addSql(`drop table if exists "daily_sales" cascade;`);
    this.addSql(`drop table if exists "daily_settlements" cascade;`);
    this.addSql(`drop table if exists "daily_vendor_funnel" cascade;`);
    this.addSql(`drop table if exists "duration_buckets" cascade;`);
    this.addSql(`drop table if exists "order_facts" cascade;`);
    this.addSql(`drop table if exists "outbox_events" cascade;`);
    this.addSql(`drop table if exists "processed_events" cascade;`);
    this.addSql(`drop table if exists "vendor_buyer_days" cascade;`);
    this.addSql(`drop table if exists "vendor_facts" cascade;`);
  }

}

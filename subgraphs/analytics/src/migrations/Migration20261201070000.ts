import { Migration } from '@mikro-orm/migrations';

/**
 * Week and month roll-ups of the day tables that long ranges read (docs/analytics.md, "Roll-ups"),
 * filled from the day rows already counted; from here on the handlers write both in one statement.
 */
export class Migration20261201070000 extends Migration {

  override name = 'Migration20261201070000';

  override up(): void | Promise<void> {
    this.addSql(`create table "sales_rollups" ("granularity" text not null, "dimension" text not null, "key" text not null, "day" date not null, "label" text not null, "orders" int not null default 0, "gmv_paise" bigint not null default '0', "net_gmv_paise" bigint not null default '0', "cancelled_orders" int not null default 0, "refunded_paise" bigint not null default '0', "cod_orders" int not null default 0, "online_orders" int not null default 0, primary key ("granularity", "dimension", "key", "day"));`);
    this.addSql(`create index "sales_rollups_key_prefix_idx" on "sales_rollups" ("granularity", "dimension", "key" text_pattern_ops, "day");`);
    this.addSql(`create table "fulfilment_rollups" ("granularity" text not null, "day" date not null, "vendor_id" uuid not null, "confirmed" int not null default 0, "rejected" int not null default 0, "cancelled" int not null default 0, "delivered" int not null default 0, "confirm_seconds_total" bigint not null default '0', primary key ("granularity", "day", "vendor_id"));`);
    this.addSql(`create table "closing_reason_rollups" ("granularity" text not null, "day" date not null, "vendor_id" uuid not null, "outcome" text not null, "reason" text not null, "orders" int not null default 0, primary key ("granularity", "day", "vendor_id", "outcome", "reason"));`);
    this.addSql(`create table "duration_bucket_rollups" ("granularity" text not null, "metric" text not null, "day" date not null, "bucket" smallint not null, "count" int not null default 0, primary key ("granularity", "metric", "day", "bucket"));`);

    // A vendor's VENDOR_MATERIAL keys (`vendorId|…`) are a prefix range of this index with text_pattern_ops.
    this.addSql(`drop index "daily_sales_dimension_key_day_idx";`);
    this.addSql(`create index "daily_sales_dimension_key_day_idx" on "daily_sales" ("dimension", "key" text_pattern_ops, "day");`);
    this.addSql(`create index "duration_buckets_metric_day_idx" on "duration_buckets" ("metric", "day");`);

    const period = (g: string) => `date_trunc('${g}', day::timestamp)::date`;
    for (const g of ['WEEK', 'MONTH']) {
      this.addSql(`insert into "sales_rollups" select '${g}', dimension, key, ${period(g.toLowerCase())}, max(label), sum(orders), sum(gmv_paise), sum(net_gmv_paise), sum(cancelled_orders), sum(refunded_paise), sum(cod_orders), sum(online_orders) from "daily_sales" group by 2, 3, 4;`);
    }
    this.addSql(`insert into "fulfilment_rollups" select 'MONTH', ${period('month')}, vendor_id, sum(confirmed), sum(rejected), sum(cancelled), sum(delivered), sum(confirm_seconds_total) from "daily_fulfilment" group by 2, 3;`);
    this.addSql(`insert into "closing_reason_rollups" select 'MONTH', ${period('month')}, vendor_id, outcome, reason, sum(orders) from "daily_closing_reasons" group by 2, 3, 4, 5;`);
    this.addSql(`insert into "duration_bucket_rollups" select 'MONTH', metric, ${period('month')}, bucket, sum(count) from "duration_buckets" group by 2, 3, 4;`);
    for (const table of ['sales_rollups', 'fulfilment_rollups', 'closing_reason_rollups', 'duration_bucket_rollups']) this.addSql(`analyze "${table}";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "duration_buckets_metric_day_idx";`);
    this.addSql(`drop index "daily_sales_dimension_key_day_idx";`);
    this.addSql(`create index "daily_sales_dimension_key_day_idx" on "daily_sales" ("dimension", "key", "day");`);
    this.addSql(`drop table if exists "duration_bucket_rollups" cascade;`);
    this.addSql(`drop table if exists "closing_reason_rollups" cascade;`);
    this.addSql(`drop table if exists "fulfilment_rollups" cascade;`);
    this.addSql(`drop table if exists "sales_rollups" cascade;`);
  }

}

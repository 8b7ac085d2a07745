import { Migration } from '@mikro-orm/migrations';

export class Migration20261125101844 extends Migration {

  override name = 'Migration20261125101844';

  override up(): void | Promise<void> {
    this.addSql(`create type "settlement_status" as enum ('GENERATED', 'PAID');`);
    this.addSql(`create table "completed_orders" ("order_id" uuid not null, "order_number" text not null, "vendor_id" uuid not null, "completed_on" date not null, "payment_method" text not null, "gross_paise" bigint not null, "gst_paise" bigint not null, "platform_liable_labour_gst_paise" bigint not null default '0', "settlement_id" uuid null, primary key ("order_id"));`);
    this.addSql(`create index "completed_orders_vendor_day_idx" on "completed_orders" ("vendor_id", "completed_on");`);

    this.addSql(`create table "settlements" ("id" uuid not null, "vendor_id" uuid not null, "period_start" date not null, "period_end" date not null, "status" "settlement_status" not null default 'GENERATED', "totals" jsonb not null, "opening_balance_owed_paise" bigint not null, "net_payout_paise" bigint not null, "carried_forward_paise" bigint not null, "bank_reference" text null, "paid_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "settlements" add constraint "settlements_vendor_period_unique" unique ("vendor_id", "period_start", "period_end");`);

    this.addSql(`create table "settlement_lines" ("id" uuid not null, "settlement_id" uuid not null, "order_id" uuid not null, "order_number" text not null, "completed_on" date not null, "payment_method" text not null, "amounts" jsonb not null, primary key ("id"));`);
    this.addSql(`alter table "settlement_lines" add constraint "settlement_lines_order_unique" unique ("order_id");`);

    this.addSql(`alter table "settlement_lines" add constraint "settlement_lines_settlement_id_foreign" foreign key ("settlement_id") references "settlements" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "settlement_lines" drop constraint "settlement_lines_settlement_id_foreign";`);

    this.addSql(`drop table if exists "completed_orders" cascade;`);
    this.addSql(`drop table if exists "settlements" cascade;`);
    this.addSql(`drop table if exists "settlement_lines" cascade;`);

    this.addSql(`drop type "settlement_status";`);
  }

}

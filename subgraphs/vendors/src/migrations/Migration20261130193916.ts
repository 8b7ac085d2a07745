import { Migration } from '@mikro-orm/migrations';

export class Migration20261130193916 extends Migration {

  override name = 'Migration20261130193916';

  override up(): void | Promise<void> {
    this.addSql(`create type "settlement_line_kind" as enum ('ORDER', 'REFUND_ADJUSTMENT');`);
    this.addSql(`create table "processed_refunds" ("id" uuid not null, "refund_id" text not null, "order_id" uuid not null, "vendor_id" uuid null, "amount_paise" bigint not null, "processed_at" timestamptz not null, "refunded_on" date not null, "settlement_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "processed_refunds" add constraint "processed_refunds_refund_unique" unique ("refund_id");`);
    this.addSql(`create index "processed_refunds_order_idx" on "processed_refunds" ("order_id");`);

    this.addSql(`alter table "settlements" add "tds_deducted_paise" bigint not null default '0', add "tds_return_credit_brought_forward_paise" bigint not null default '0', add "tds_return_credit_carried_forward_paise" bigint not null default '0', add "legal_bases" jsonb null;`);

    this.addSql(`alter table "settlement_lines" add "kind" "settlement_line_kind" not null default 'ORDER', add "refund_id" text null, add "refunded_on" date null, add "rates" jsonb null;`);
    this.addSql(`alter table "settlement_lines" add constraint "settlement_lines_refund_unique" unique ("refund_id");`);
    // Settlements made before: all their TDS was deducted.
    this.addSql(`update "settlements" set "tds_deducted_paise" = coalesce(("totals"->>'tdsPaise')::bigint, 0);`);
    // An order has one ORDER line ever; its refund adjustments are further lines of the same order.
    this.addSql(`alter table "settlement_lines" drop constraint "settlement_lines_order_unique";`);
    this.addSql(`create unique index "settlement_lines_order_unique" on "settlement_lines" ("order_id") where "kind" = 'ORDER';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "processed_refunds" cascade;`);

    this.addSql(`drop index "settlement_lines_order_unique";`);
    this.addSql(`delete from "settlement_lines" where "kind" <> 'ORDER';`);
    this.addSql(`alter table "settlement_lines" add constraint "settlement_lines_order_unique" unique ("order_id");`);
    this.addSql(`alter table "settlement_lines" drop constraint "settlement_lines_refund_unique";`);
    this.addSql(`alter table "settlement_lines" drop column "kind", drop column "refund_id", drop column "refunded_on", drop column "rates";`);

    this.addSql(`alter table "settlements" drop column "tds_deducted_paise", drop column "tds_return_credit_brought_forward_paise", drop column "tds_return_credit_carried_forward_paise", drop column "legal_bases";`);

    this.addSql(`drop type "settlement_line_kind";`);
  }

}

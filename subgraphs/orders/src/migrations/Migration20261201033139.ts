import { Migration } from '@mikro-orm/migrations';

export class Migration20261201033139 extends Migration {

  override name = 'Migration20261201033139';

  override up(): void | Promise<void> {
    this.addSql(`create type "dispute_type" as enum ('NOT_DELIVERED', 'DAMAGED', 'WRONG_ITEM', 'SHORT_QUANTITY', 'QUALITY', 'OVERCHARGED', 'OTHER');`);
    this.addSql(`create type "dispute_status" as enum ('AWAITING_VENDOR', 'AWAITING_ADMIN', 'REFUND_PENDING', 'REFUNDED', 'REPLACEMENT_ARRANGED', 'REJECTED');`);
    this.addSql(`create type "vendor_dispute_response" as enum ('ACCEPTED', 'CONTESTED');`);
    this.addSql(`create type "dispute_outcome" as enum ('FULL_REFUND', 'PARTIAL_REFUND', 'REPLACEMENT', 'REJECTED');`);
    this.addSql(`create type "dispute_step" as enum ('OPENED', 'VENDOR_ACCEPTED', 'VENDOR_CONTESTED', 'ESCALATED', 'RESOLVED', 'REFUNDED');`);
    this.addSql(`create type "dispute_actor" as enum ('BUYER', 'VENDOR', 'ADMIN', 'SYSTEM');`);
    this.addSql(`create table "disputes" ("id" uuid not null, "order_id" uuid not null, "buyer_id" uuid not null, "vendor_id" uuid not null, "order_number" text not null, "payment_method" "payment_method" not null, "type" "dispute_type" not null, "status" "dispute_status" not null, "description" text not null, "amount_claimed_paise" bigint not null, "evidence_media_ids" jsonb not null, "delivered_at" timestamptz not null, "response_due_at" timestamptz not null, "vendor_response" "vendor_dispute_response" null, "vendor_message" text null, "vendor_evidence_media_ids" jsonb not null, "responded_at" timestamptz null, "outcome" "dispute_outcome" null, "resolution_reason" text null, "approved_refund_paise" bigint not null default '0', "payout_reference" text null, "resolution_key" text null, "resolution_fingerprint" text null, "resolved_at" timestamptz null, "refunded_paise" bigint not null default '0', "refund_id" uuid null, "refunded_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "disputes_status_due_idx" on "disputes" ("status", "response_due_at");`);
    this.addSql(`create index "disputes_vendor_created_idx" on "disputes" ("vendor_id", "created_at");`);
    this.addSql(`create index "disputes_buyer_created_idx" on "disputes" ("buyer_id", "created_at");`);
    this.addSql(`create unique index "disputes_one_open_per_order" on "disputes" ("order_id") where "status" in ('AWAITING_VENDOR', 'AWAITING_ADMIN', 'REFUND_PENDING');`);

    this.addSql(`create table "dispute_lines" ("id" uuid not null, "dispute_id" uuid not null, "order_item_id" uuid not null, "name" text not null, "quantity" int not null, "resolution" boolean not null default false, primary key ("id"));`);
    this.addSql(`create index "dispute_lines_dispute_idx" on "dispute_lines" ("dispute_id");`);

    this.addSql(`create table "dispute_events" ("id" uuid not null, "dispute_id" uuid not null, "step" "dispute_step" not null, "status" "dispute_status" not null, "actor" "dispute_actor" not null, "actor_user_id" uuid null, "note" text null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "dispute_events_dispute_idx" on "dispute_events" ("dispute_id", "created_at");`);

    this.addSql(`create table "order_refunds" ("refund_id" uuid not null, "order_id" uuid not null, "amount_paise" bigint not null, "dispute_id" uuid null, "processed_at" timestamptz not null, primary key ("refund_id"));`);
    this.addSql(`create index "order_refunds_order_idx" on "order_refunds" ("order_id");`);

    this.addSql(`alter table "disputes" add constraint "disputes_order_id_foreign" foreign key ("order_id") references "orders" ("id") on delete cascade;`);
    this.addSql(`alter table "disputes" add constraint "disputes_money_non_negative" check (amount_claimed_paise >= 0 and approved_refund_paise >= 0 and refunded_paise >= 0);`);

    this.addSql(`alter table "dispute_lines" add constraint "dispute_lines_dispute_id_foreign" foreign key ("dispute_id") references "disputes" ("id") on delete cascade;`);
    this.addSql(`alter table "dispute_lines" add constraint "dispute_lines_quantity_positive" check (quantity > 0);`);

    this.addSql(`alter table "dispute_events" add constraint "dispute_events_dispute_id_foreign" foreign key ("dispute_id") references "disputes" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "dispute_lines" drop constraint "dispute_lines_dispute_id_foreign";`);
    this.addSql(`alter table "dispute_events" drop constraint "dispute_events_dispute_id_foreign";`);

    this.addSql(`drop table if exists "disputes" cascade;`);
    this.addSql(`drop table if exists "dispute_lines" cascade;`);
    this.addSql(`drop table if exists "dispute_events" cascade;`);
    this.addSql(`drop table if exists "order_refunds" cascade;`);

    this.addSql(`drop type "dispute_type";`);
    this.addSql(`drop type "dispute_status";`);
    this.addSql(`drop type "vendor_dispute_response";`);
    this.addSql(`drop type "dispute_outcome";`);
    this.addSql(`drop type "dispute_step";`);
    this.addSql(`drop type "dispute_actor";`);
  }

}

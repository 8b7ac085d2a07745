import { Migration } from '@mikro-orm/migrations';

export class Migration20261125092408 extends Migration {

  override name = 'Migration20261125092408';

  override up(): void | Promise<void> {
    this.addSql(`create type "payment_method_kind" as enum ('ONLINE', 'COD');`);
    this.addSql(`create type "payment_status" as enum ('CREATED', 'AUTHORIZED', 'CAPTURED', 'FAILED', 'REFUNDED', 'PARTIALLY_REFUNDED');`);
    this.addSql(`create type "refund_status" as enum ('PENDING', 'PROCESSED', 'FAILED');`);
    this.addSql(`create table "outbox_events" ("id" uuid not null, "type" text not null, "payload" jsonb not null, "occurred_at" timestamptz not null, "published_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "outbox_events_unpublished_idx" on "outbox_events" ("occurred_at") where "published_at" is null;`);

    this.addSql(`create table "payments" ("id" uuid not null, "order_id" uuid not null, "order_number" text not null, "buyer_id" uuid not null, "vendor_id" uuid not null, "method" "payment_method_kind" not null, "status" "payment_status" not null default 'CREATED', "amount_paise" bigint not null, "refunded_paise" bigint not null default '0', "razorpay_order_id" text null, "razorpay_payment_id" text null, "captured_at" timestamptz null, "failure_reason" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "payments" add constraint "payments_order_unique" unique ("order_id");`);
    this.addSql(`alter table "payments" add constraint "payments_razorpay_order_unique" unique ("razorpay_order_id");`);
    this.addSql(`alter table "payments" add constraint "payments_razorpay_payment_unique" unique ("razorpay_payment_id");`);

    this.addSql(`create table "payment_transactions" ("id" uuid not null, "payment_id" uuid not null, "type" text not null, "amount_paise" bigint null, "source" text not null, "reference" text null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "payment_transactions_payment_idx" on "payment_transactions" ("payment_id", "created_at");`);

    this.addSql(`create table "payment_webhooks" ("id" uuid not null, "event_id" text not null, "event_type" text not null, "payload" jsonb not null, "signature_verified" boolean not null, "received_at" timestamptz not null, "processed_at" timestamptz null, "outcome" text null, primary key ("id"));`);
    this.addSql(`alter table "payment_webhooks" add constraint "payment_webhooks_event_unique" unique ("event_id");`);

    this.addSql(`create table "processed_events" ("event_id" uuid not null, "handler" text not null, "processed_at" timestamptz not null, primary key ("event_id", "handler"));`);

    this.addSql(`create table "refunds" ("id" uuid not null, "payment_id" uuid not null, "amount_paise" bigint not null, "status" "refund_status" not null default 'PENDING', "idempotency_key" text not null, "razorpay_refund_id" text null, "reason" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "refunds" add constraint "refunds_idempotency_unique" unique ("idempotency_key");`);
    this.addSql(`alter table "refunds" add constraint "refunds_razorpay_refund_unique" unique ("razorpay_refund_id");`);

    this.addSql(`alter table "payments" add constraint "payments_amounts_valid" check (amount_paise > 0 and refunded_paise >= 0 and refunded_paise <= amount_paise);`);

    this.addSql(`alter table "payment_transactions" add constraint "payment_transactions_payment_id_foreign" foreign key ("payment_id") references "payments" ("id") on delete cascade;`);

    this.addSql(`alter table "refunds" add constraint "refunds_payment_id_foreign" foreign key ("payment_id") references "payments" ("id") on delete cascade;`);
    this.addSql(`alter table "refunds" add constraint "refunds_amount_positive" check (amount_paise > 0);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "payment_transactions" drop constraint "payment_transactions_payment_id_foreign";`);
    this.addSql(`alter table "refunds" drop constraint "refunds_payment_id_foreign";`);

    this.addSql(`drop table if exists "outbox_events" cascade;`);
    this.addSql(`drop table if exists "payments" cascade;`);
    this.addSql(`drop table if exists "payment_transactions" cascade;`);
    this.addSql(`drop table if exists "payment_webhooks" cascade;`);
    this.addSql(`drop table if exists "processed_events" cascade;`);
    this.addSql(`drop table if exists "refunds" cascade;`);

    this.addSql(`drop type "payment_method_kind";`);
    this.addSql(`drop type "payment_status";`);
    this.addSql(`drop type "refund_status";`);
  }

}

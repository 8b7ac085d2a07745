import { Migration } from '@mikro-orm/migrations';

export class Migration20261201040135 extends Migration {

  override name = 'Migration20261201040135';

  override up(): void | Promise<void> {
    this.addSql(`create type "ticket_author_role" as enum ('BUYER', 'VENDOR', 'ADMIN');`);
    this.addSql(`create type "ticket_category" as enum ('ORDER', 'PAYMENT', 'DELIVERY', 'ACCOUNT', 'KYC', 'SETTLEMENT', 'OTHER');`);
    this.addSql(`create type "ticket_priority" as enum ('LOW', 'NORMAL', 'HIGH', 'URGENT');`);
    this.addSql(`create type "ticket_status" as enum ('OPEN', 'AWAITING_SUPPORT', 'AWAITING_CUSTOMER', 'RESOLVED', 'CLOSED');`);
    this.addSql(`create table "support_tickets" ("id" uuid not null, "ticket_number" text not null, "opener_user_id" uuid not null, "opener_role" "ticket_author_role" not null, "opener_vendor_id" uuid null, "order_id" uuid null, "order_vendor_id" uuid null, "idempotency_key" text not null, "request_fingerprint" text not null, "subject" text not null, "category" "ticket_category" not null, "priority" "ticket_priority" not null, "status" "ticket_status" not null default 'OPEN', "assignee_id" uuid null, "first_response_at" timestamptz null, "resolved_at" timestamptz null, "first_response_due_at" timestamptz not null, "resolution_due_at" timestamptz not null, "sla_due_at" timestamptz null, "public_message_count" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "support_tickets" add constraint "support_tickets_number_unique" unique ("ticket_number");`);
    this.addSql(`create index "support_tickets_sla_due_idx" on "support_tickets" ("sla_due_at");`);
    this.addSql(`create index "support_tickets_assignee_idx" on "support_tickets" ("assignee_id", "created_at");`);
    this.addSql(`create index "support_tickets_order_idx" on "support_tickets" ("order_id");`);
    this.addSql(`create index "support_tickets_status_created_idx" on "support_tickets" ("status", "created_at");`);
    this.addSql(`create index "support_tickets_opener_vendor_created_idx" on "support_tickets" ("opener_vendor_id", "created_at");`);
    this.addSql(`create index "support_tickets_order_vendor_created_idx" on "support_tickets" ("order_vendor_id", "created_at");`);
    this.addSql(`create index "support_tickets_opener_created_idx" on "support_tickets" ("opener_user_id", "created_at");`);
    this.addSql(`alter table "support_tickets" add constraint "support_tickets_opener_idempotency_unique" unique ("opener_user_id", "idempotency_key");`);

    this.addSql(`create table "ticket_messages" ("id" uuid not null, "ticket_id" uuid not null, "author_user_id" uuid not null, "author_role" "ticket_author_role" not null, "body" text not null, "internal" boolean not null default false, "attachments" jsonb not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "ticket_messages_ticket_created_idx" on "ticket_messages" ("ticket_id", "created_at");`);

    this.addSql(`create table "ticket_number_counters" ("month" text not null, "last" int not null, primary key ("month"));`);

    this.addSql(`alter table "support_tickets" add constraint "support_tickets_subject_length" check (char_length(subject) >= 3 and char_length(subject) <= 140);`);

    this.addSql(`alter table "ticket_messages" add constraint "ticket_messages_ticket_id_foreign" foreign key ("ticket_id") references "support_tickets" ("id") on delete cascade;`);
    this.addSql(`alter table "ticket_messages" add constraint "ticket_messages_body_length" check (char_length(body) >= 1 and char_length(body) <= 4000);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "ticket_messages" drop constraint "ticket_messages_ticket_id_foreign";`);

    this.addSql(`drop table if exists "support_tickets" cascade;`);
    this.addSql(`drop table if exists "ticket_messages" cascade;`);
    this.addSql(`drop table if exists "ticket_number_counters" cascade;`);

    this.addSql(`drop type "ticket_author_role";`);
    this.addSql(`drop type "ticket_category";`);
    this.addSql(`drop type "ticket_priority";`);
    this.addSql(`drop type "ticket_status";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261125101159 extends Migration {

  override name = 'Migration20261125101159';

  override up(): void | Promise<void> {
    this.addSql(`create type "vendor_status" as enum ('PENDING_KYC', 'ACTIVE', 'SUSPENDED');`);
    this.addSql(`create type "kyc_status" as enum ('NOT_SUBMITTED', 'SUBMITTED', 'APPROVED', 'REJECTED');`);
    this.addSql(`create type "kyc_document_type" as enum ('GSTIN_CERTIFICATE', 'PAN_CARD', 'BANK_PROOF');`);
    this.addSql(`create table "outbox_events" ("id" uuid not null, "type" text not null, "payload" jsonb not null, "occurred_at" timestamptz not null, "published_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "outbox_events_unpublished_idx" on "outbox_events" ("occurred_at") where "published_at" is null;`);

    this.addSql(`create table "processed_events" ("event_id" uuid not null, "handler" text not null, "processed_at" timestamptz not null, primary key ("event_id", "handler"));`);

    this.addSql(`create table "vendors" ("id" uuid not null, "owner_user_id" uuid not null, "owner_firebase_uid" text not null, "business_name" text not null, "gstin" char(15) not null, "pan" char(10) not null, "business_address" jsonb not null, "service_radius_km" int not null, "status" "vendor_status" not null default 'PENDING_KYC', "kyc_status" "kyc_status" not null default 'NOT_SUBMITTED', "kyc_rejection_reason" text null, "accepting_orders" boolean not null default false, "commission_rate_basis_points" int not null default 1000, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "vendors" add constraint "vendors_owner_unique" unique ("owner_user_id");`);
    this.addSql(`alter table "vendors" add constraint "vendors_gstin_unique" unique ("gstin");`);
    this.addSql(`create index "vendors_status_idx" on "vendors" ("status", "created_at");`);

    this.addSql(`create table "kyc_documents" ("id" uuid not null, "vendor_id" uuid not null, "type" "kyc_document_type" not null, "media_id" text not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "kyc_documents_vendor_idx" on "kyc_documents" ("vendor_id", "created_at");`);

    this.addSql(`alter table "vendors" add constraint "vendors_commission_range" check (commission_rate_basis_points >= 0 and commission_rate_basis_points <= 5000);`);

    this.addSql(`alter table "kyc_documents" add constraint "kyc_documents_vendor_id_foreign" foreign key ("vendor_id") references "vendors" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "kyc_documents" drop constraint "kyc_documents_vendor_id_foreign";`);

    this.addSql(`drop table if exists "outbox_events" cascade;`);
    this.addSql(`drop table if exists "processed_events" cascade;`);
    this.addSql(`drop table if exists "vendors" cascade;`);
    this.addSql(`drop table if exists "kyc_documents" cascade;`);

    this.addSql(`drop type "vendor_status";`);
    this.addSql(`drop type "kyc_status";`);
    this.addSql(`drop type "kyc_document_type";`);
  }

}

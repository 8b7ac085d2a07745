import { Migration } from '@mikro-orm/migrations';

export class Migration20261125103110 extends Migration {

  override name = 'Migration20261125103110';

  override up(): void | Promise<void> {
    this.addSql(`create type "media_purpose" as enum ('KYC_DOCUMENT', 'DELIVERY_PROOF', 'COD_PROOF', 'DISPUTE_EVIDENCE', 'CATALOG_IMAGE');`);
    this.addSql(`create type "media_status" as enum ('PENDING_UPLOAD', 'READY');`);
    this.addSql(`create table "media_files" ("id" uuid not null, "owner_user_id" uuid not null, "purpose" "media_purpose" not null, "storage_key" text not null, "content_type" text not null, "size_bytes" bigint not null, "checksum_sha256" text null, "status" "media_status" not null default 'PENDING_UPLOAD', "created_at" timestamptz not null, "confirmed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "media_files_owner_idx" on "media_files" ("owner_user_id", "created_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "media_files" cascade;`);

    this.addSql(`drop type "media_purpose";`);
    this.addSql(`drop type "media_status";`);
  }

}

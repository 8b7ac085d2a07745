import { Migration } from '@mikro-orm/migrations';

export class Migration20261125102303 extends Migration {

  override name = 'Migration20261125102303';

  override up(): void | Promise<void> {
    this.addSql(`create type "delivery_status" as enum ('PENDING', 'OUT_FOR_DELIVERY', 'DELIVERED', 'FAILED');`);
    this.addSql(`create table "deliveries" ("id" uuid not null, "order_id" uuid not null, "buyer_id" uuid not null, "vendor_id" uuid not null, "status" "delivery_status" not null default 'PENDING', "otp" jsonb null, "sealed_otp" text null, "proof_media_ids" text[] not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "deliveries" add constraint "deliveries_order_unique" unique ("order_id");`);
    this.addSql(`create index "deliveries_vendor_idx" on "deliveries" ("vendor_id", "created_at");`);

    this.addSql(`create table "delivery_history" ("id" uuid not null, "delivery_id" uuid not null, "step" text not null, "note" text null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "delivery_history_delivery_idx" on "delivery_history" ("delivery_id", "created_at");`);

    this.addSql(`alter table "delivery_history" add constraint "delivery_history_delivery_id_foreign" foreign key ("delivery_id") references "deliveries" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "delivery_history" drop constraint "delivery_history_delivery_id_foreign";`);

    this.addSql(`drop table if exists "deliveries" cascade;`);
    this.addSql(`drop table if exists "delivery_history" cascade;`);

    this.addSql(`drop type "delivery_status";`);
  }

}

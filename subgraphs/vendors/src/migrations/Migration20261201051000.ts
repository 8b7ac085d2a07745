import { Migration } from '@mikro-orm/migrations';

export class Migration20261201051000 extends Migration {

  override name = 'Migration20261201051000';

  override up(): void | Promise<void> {
    this.addSql(`alter type "delivery_status" add value if not exists 'RESCHEDULED' after 'OUT_FOR_DELIVERY';`);
    this.addSql(`create type "failed_attempt_reason" as enum ('BUYER_ABSENT', 'SITE_CLOSED', 'VEHICLE_ISSUE', 'ACCESS_BLOCKED', 'OTHER');`);
    this.addSql(`alter table "deliveries" add "scheduled_for" timestamptz null, add "failed_attempts" int not null default 0;`);
    this.addSql(`create index "deliveries_vendor_status_idx" on "deliveries" ("vendor_id", "status", "created_at");`);
    this.addSql(`create index "deliveries_status_idx" on "deliveries" ("status", "created_at");`);
    this.addSql(`create table "delivery_attempts" ("id" uuid not null, "delivery_id" uuid not null, "attempt_number" int not null, "reason" "failed_attempt_reason" not null, "note" text null, "rescheduled_for" timestamptz not null, "recorded_by_user_id" uuid null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "delivery_attempts" add constraint "delivery_attempts_number_unique" unique ("delivery_id", "attempt_number");`);
    this.addSql(`alter table "delivery_attempts" add constraint "delivery_attempts_delivery_id_foreign" foreign key ("delivery_id") references "deliveries" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "delivery_attempts" cascade;`);
    this.addSql(`drop index "deliveries_status_idx";`);
    this.addSql(`drop index "deliveries_vendor_status_idx";`);
    this.addSql(`alter table "deliveries" drop column "scheduled_for", drop column "failed_attempts";`);
    this.addSql(`drop type "failed_attempt_reason";`);
  }

}

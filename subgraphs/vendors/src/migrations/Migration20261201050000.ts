import { Migration } from '@mikro-orm/migrations';

export class Migration20261201050000 extends Migration {

  override name = 'Migration20261201050000';

  override up(): void | Promise<void> {
    this.addSql(`alter table "vendors" add "contact_name" text null, add "contact_phone" text null, add "suspension_reason" text null;`);
    this.addSql(`create table "vendor_status_changes" ("id" uuid not null, "vendor_id" uuid not null, "from_status" "vendor_status" not null, "to_status" "vendor_status" not null, "reason" text null, "admin_user_id" uuid null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "vendor_status_changes_vendor_idx" on "vendor_status_changes" ("vendor_id", "created_at");`);
    this.addSql(`alter table "vendor_status_changes" add constraint "vendor_status_changes_vendor_id_foreign" foreign key ("vendor_id") references "vendors" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "vendor_status_changes" cascade;`);
    this.addSql(`alter table "vendors" drop column "contact_name", drop column "contact_phone", drop column "suspension_reason";`);
  }

}

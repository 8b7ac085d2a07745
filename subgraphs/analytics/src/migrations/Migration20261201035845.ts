import { Migration } from '@mikro-orm/migrations';

export class Migration20261201035845 extends Migration {

  override name = 'Migration20261201035845';

  override up(): void | Promise<void> {
    this.addSql(`alter table "daily_closing_reasons" drop constraint "daily_closing_reasons_pkey";`);
    // Rows counted before this migration have no vendor: the nil UUID (a rebuild attributes them).
    this.addSql(`alter table "daily_closing_reasons" add "vendor_id" uuid not null default '00000000-0000-0000-0000-000000000000';`);
    this.addSql(`alter table "daily_closing_reasons" alter column "vendor_id" drop default;`);
    this.addSql(`alter table "daily_closing_reasons" add primary key ("day", "vendor_id", "outcome", "reason");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "daily_closing_reasons" drop constraint "daily_closing_reasons_pkey";`);
    this.addSql(`alter table "daily_closing_reasons" drop column "vendor_id";`);
    this.addSql(`alter table "daily_closing_reasons" add primary key ("day", "outcome", "reason");`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261201050000 extends Migration {

  override name = 'Migration20261201050000';

  override up(): void | Promise<void> {
    this.addSql(`create table "suspended_vendors" ("vendor_id" uuid not null, "suspended_at" timestamptz not null, primary key ("vendor_id"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "suspended_vendors" cascade;`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261201045500 extends Migration {

  override name = 'Migration20261201045500';

  override up(): void | Promise<void> {
    this.addSql(`alter type "media_status" add value if not exists 'DELETED' after 'READY';`);
    this.addSql(`alter table "media_files" add column "deleted_at" timestamptz null;`);
    this.addSql(`create table "media_references" ("media_id" uuid not null, "holder" text not null, "created_at" timestamptz not null, primary key ("media_id", "holder"));`);
  }

}

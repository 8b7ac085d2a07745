import { Migration } from '@mikro-orm/migrations';

export class Migration20261201070721 extends Migration {

  override name = 'Migration20261201070721';

  override up(): void | Promise<void> {
    this.addSql(`alter table "media_references" drop constraint "media_references_pkey";`);
    this.addSql(`alter table "media_references" add "record_id" text not null default '';`);
    this.addSql(`alter table "media_references" add primary key ("media_id", "holder", "record_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "media_references" drop constraint "media_references_pkey";`);
    this.addSql(`alter table "media_references" drop column "record_id";`);
    this.addSql(`alter table "media_references" add primary key ("media_id", "holder");`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261201005115 extends Migration {

  override name = 'Migration20261201005115';

  override up(): void | Promise<void> {
    this.addSql(`create table "whatsapp_windows" ("phone" text not null, "last_inbound_at" timestamptz not null, primary key ("phone"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "whatsapp_windows" cascade;`);
  }

}

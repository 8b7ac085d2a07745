import { Migration } from '@mikro-orm/migrations';

export class Migration20261130191840 extends Migration {

  override name = 'Migration20261130191840';

  override up(): void | Promise<void> {
    this.addSql(`alter table "orders" add "request_fingerprint" text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "orders" drop column "request_fingerprint";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261201032929 extends Migration {

  override name = 'Migration20261201032929';

  override up(): void | Promise<void> {
    this.addSql(`create type "location_source" as enum ('PROVIDER', 'FALLBACK', 'CLIENT');`);
    this.addSql(`alter table "orders" add "delivery_distance_meters" int null, add "distance_source" "location_source" null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "orders" drop column "delivery_distance_meters", drop column "distance_source";`);

    this.addSql(`drop type "location_source";`);
  }

}

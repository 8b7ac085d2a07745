import { Migration } from '@mikro-orm/migrations';

export class Migration20261201032804 extends Migration {

  override name = 'Migration20261201032804';

  override up(): void | Promise<void> {
    this.addSql(`alter table "vendors" add "service_area_polygons" jsonb null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "vendors" drop column "service_area_polygons";`);
  }

}

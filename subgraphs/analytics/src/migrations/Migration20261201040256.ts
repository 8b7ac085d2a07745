import { Migration } from '@mikro-orm/migrations';

export class Migration20261201040256 extends Migration {

  override name = 'Migration20261201040256';

  override up(): void | Promise<void> {
    this.addSql(`create index "daily_sales_dimension_key_day_idx" on "daily_sales" ("dimension", "key", "day");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "daily_sales_dimension_key_day_idx";`);
  }

}

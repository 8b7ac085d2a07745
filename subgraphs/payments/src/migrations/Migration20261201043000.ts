import { Migration } from '@mikro-orm/migrations';

export class Migration20261201043000 extends Migration {

  override name = 'Migration20261201043000';

  override up(): void | Promise<void> {
    this.addSql(`create index "payments_created_idx" on "payments" ("created_at");`);
    this.addSql(`create index "payments_status_created_idx" on "payments" ("status", "created_at");`);
    this.addSql(`create index "payments_method_created_idx" on "payments" ("method", "created_at");`);
    this.addSql(`create index "payments_order_number_idx" on "payments" ("order_number");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "payments_created_idx";`);
    this.addSql(`drop index "payments_status_created_idx";`);
    this.addSql(`drop index "payments_method_created_idx";`);
    this.addSql(`drop index "payments_order_number_idx";`);
  }

}

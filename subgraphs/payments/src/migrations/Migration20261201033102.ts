import { Migration } from '@mikro-orm/migrations';

export class Migration20261201033102 extends Migration {

  override name = 'Migration20261201033102';

  override up(): void | Promise<void> {
    this.addSql(`alter table "refunds" add "payout_reference" text null, add "dispute_id" uuid null;`);
    this.addSql(`alter table "refunds" add constraint "refunds_dispute_unique" unique ("dispute_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "refunds" drop constraint "refunds_dispute_unique";`);
    this.addSql(`alter table "refunds" drop column "payout_reference", drop column "dispute_id";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261201064300 extends Migration {

  override name = 'Migration20261201064300';

  // One live refund per dispute: a refund Razorpay refused (FAILED) may be followed by the admin's manual payout.
  override up(): void | Promise<void> {
    this.addSql(`alter table "refunds" drop constraint "refunds_dispute_unique";`);
    this.addSql(`create unique index "refunds_dispute_unique" on "refunds" ("dispute_id") where "status" <> 'FAILED';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "refunds_dispute_unique";`);
    this.addSql(`alter table "refunds" add constraint "refunds_dispute_unique" unique ("dispute_id");`);
  }

}

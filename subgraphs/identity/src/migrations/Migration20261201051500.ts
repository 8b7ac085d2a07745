import { Migration } from '@mikro-orm/migrations';

/** identity follows buyers' disputes (account deletion is refused while one is open). */
export class Migration20261201051500 extends Migration {

  override name = 'Migration20261201051500';

  override up(): void | Promise<void> {
    this.addSql(`create table "buyer_open_disputes" ("dispute_id" uuid not null, "buyer_id" uuid not null, "order_number" text not null, "open" boolean not null, "status_at" timestamptz not null, primary key ("dispute_id"));`);
    this.addSql(`create index "buyer_open_disputes_buyer_idx" on "buyer_open_disputes" ("buyer_id", "open");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "buyer_open_disputes" cascade;`);
  }

}

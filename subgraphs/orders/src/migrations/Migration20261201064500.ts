import { Migration } from '@mikro-orm/migrations';

export class Migration20261201064500 extends Migration {

  override name = 'Migration20261201064500';

  override up(): void | Promise<void> {
    this.addSql(`alter table "support_tickets" add "sla_paused_since" timestamptz null, add "sla_paused_seconds" int not null default 0;`);
    this.addSql(`create index "support_tickets_status_resolved_idx" on "support_tickets" ("status", "resolved_at");`);
    // Tickets already waiting for the customer start their pause now that pauses exist: nothing is due from support meanwhile.
    this.addSql(`update "support_tickets" set "sla_paused_since" = "updated_at", "sla_due_at" = null where "status" = 'AWAITING_CUSTOMER';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "support_tickets_status_resolved_idx";`);
    this.addSql(`alter table "support_tickets" drop column "sla_paused_since", drop column "sla_paused_seconds";`);
  }

}

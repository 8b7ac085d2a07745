import { Migration } from '@mikro-orm/migrations';

export class Migration20261201003125 extends Migration {

  override name = 'Migration20261201003125';

  override up(): void | Promise<void> {
    this.addSql(`drop index "notifications_queued_idx";`);
    this.addSql(`alter table "notifications" add "next_attempt_at" timestamptz not null, add "job_queued_at" timestamptz null;`);
    this.addSql(`create index "notifications_admin_idx" on "notifications" ("created_at");`);
    this.addSql(`create index "notifications_queued_idx" on "notifications" ("status", "job_queued_at", "next_attempt_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "notifications_admin_idx";`);
    this.addSql(`drop index "notifications_queued_idx";`);
    this.addSql(`alter table "notifications" drop column "next_attempt_at", drop column "job_queued_at";`);
    this.addSql(`create index "notifications_queued_idx" on "notifications" ("status", "created_at");`);
  }

}

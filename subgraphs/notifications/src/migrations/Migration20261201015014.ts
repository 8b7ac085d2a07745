import { Migration } from '@mikro-orm/migrations';

export class Migration20261201015014 extends Migration {

  override name = 'Migration20261201015014';

  override up(): void | Promise<void> {
    this.addSql(`create index "notifications_recipient_queue_idx" on "notifications" ("user_id", "status", "next_attempt_at");`);
    this.addSql(`create index "notifications_recipient_sent_idx" on "notifications" ("user_id", "sent_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "notifications_recipient_queue_idx";`);
    this.addSql(`drop index "notifications_recipient_sent_idx";`);
  }

}

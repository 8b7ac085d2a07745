import { Migration } from '@mikro-orm/migrations';

export class Migration20261202162505 extends Migration {

  override name = 'Migration20261202162505';

  override up(): void | Promise<void> {
    this.addSql(`drop index "notifications_recipient_sent_idx";`);
    this.addSql(`create index "notifications_recipient_sent_idx" on "notifications" ("user_id", "sent_at") where channel <> 'IN_APP' and sent_at is not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "notifications_recipient_sent_idx";`);
    this.addSql(`create index "notifications_recipient_sent_idx" on "notifications" ("user_id", "sent_at");`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261201013000 extends Migration {

  override name = 'Migration20261201013000';

  override up(): void | Promise<void> {
    this.addSql(`create table "pending_provider_status_reports" ("event_key" text not null, "channel" "notification_channel" not null, "provider_message_id" text not null, "status" text not null, "reason" text null, "reported_at" timestamptz not null, "received_at" timestamptz not null, primary key ("event_key"));`);
    this.addSql(`create index "pending_provider_status_reports_message_idx" on "pending_provider_status_reports" ("channel", "provider_message_id");`);
    this.addSql(`create index "pending_provider_status_reports_received_idx" on "pending_provider_status_reports" ("received_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "pending_provider_status_reports" cascade;`);
  }

}

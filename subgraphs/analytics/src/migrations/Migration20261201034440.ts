import { Migration } from '@mikro-orm/migrations';

export class Migration20261201034440 extends Migration {

  override name = 'Migration20261201034440';

  override up(): void | Promise<void> {
    this.addSql(`create table "counted_events" ("event_id" uuid not null, "type" text not null, "occurred_at" timestamptz not null, "payload" jsonb not null, "facts" jsonb null, primary key ("event_id"));`);
    this.addSql(`create index "counted_events_occurred_idx" on "counted_events" ("occurred_at", "event_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "counted_events" cascade;`);
  }

}

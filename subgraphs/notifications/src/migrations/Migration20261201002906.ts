import { Migration } from '@mikro-orm/migrations';

export class Migration20261201002906 extends Migration {

  override name = 'Migration20261201002906';

  override up(): void | Promise<void> {
    this.addSql(`create type "push_platform" as enum ('ANDROID', 'IOS', 'WEB');`);
    this.addSql(`create table "notification_preferences" ("id" uuid not null, "user_id" uuid not null, "channel" "notification_channel" not null, "category" "notification_category" not null, "enabled" boolean not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "notification_preferences" add constraint "notification_preferences_user_channel_category_key" unique ("user_id", "channel", "category");`);

    this.addSql(`create table "notification_templates" ("id" uuid not null, "kind" text not null, "channel" "notification_channel" not null, "language" text not null, "version" int not null, "active" boolean not null default true, "subject" text null, "text_body" text not null, "html_body" text null, "whatsapp_template_name" text null, "whatsapp_parameter_order" text[] null, "dlt_template_id" text null, "created_by" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create unique index "notification_templates_one_active" on "notification_templates" ("kind", "channel", "language") where "active";`);
    this.addSql(`alter table "notification_templates" add constraint "notification_templates_version_key" unique ("kind", "channel", "language", "version");`);

    this.addSql(`create table "push_devices" ("id" uuid not null, "user_id" uuid not null, "device_id" text not null, "token" text not null, "platform" "push_platform" not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "push_devices_user_idx" on "push_devices" ("user_id", "last_seen_at");`);
    this.addSql(`alter table "push_devices" add constraint "push_devices_user_device_key" unique ("user_id", "device_id");`);
    this.addSql(`alter table "push_devices" add constraint "push_devices_token_key" unique ("token");`);

    this.addSql(`alter table "notification_templates" add constraint "notification_templates_version_positive" check (version > 0);`);
    this.addSql(`alter table "notification_templates" add constraint "notification_templates_language_check" check (language in ('en', 'hi'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "notification_preferences" cascade;`);
    this.addSql(`drop table if exists "notification_templates" cascade;`);
    this.addSql(`drop table if exists "push_devices" cascade;`);

    this.addSql(`drop type "push_platform";`);
  }

}

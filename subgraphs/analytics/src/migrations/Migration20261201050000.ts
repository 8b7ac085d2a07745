import { Migration } from '@mikro-orm/migrations';

export class Migration20261201050000 extends Migration {

  override name = 'Migration20261201050000';

  override up(): void | Promise<void> {
    this.addSql(`create table "daily_support" ("day" date not null, "tickets_opened" int not null default 0, "tickets_resolved" int not null default 0, "tickets_reopened" int not null default 0, "sla_breaches" int not null default 0, "disputes_opened" int not null default 0, "dispute_refunded_paise" bigint not null default '0', "updated_at" timestamptz not null, primary key ("day"));`);
    this.addSql(`create table "daily_dispute_outcomes" ("day" date not null, "outcome" text not null, "disputes" int not null default 0, "refund_approved_paise" bigint not null default '0', primary key ("day", "outcome"));`);
    this.addSql(`create table "ticket_facts" ("ticket_id" uuid not null, "opened_at" timestamptz not null, "open" boolean not null default true, "status_at" timestamptz not null, "first_response_at" timestamptz null, "resolved_once" boolean not null default false, primary key ("ticket_id"));`);
    this.addSql(`create index "ticket_facts_open_idx" on "ticket_facts" ("ticket_id") where "open";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "ticket_facts" cascade;`);
    this.addSql(`drop table if exists "daily_dispute_outcomes" cascade;`);
    this.addSql(`drop table if exists "daily_support" cascade;`);
  }

}

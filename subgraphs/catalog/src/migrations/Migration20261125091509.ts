import { Migration } from '@mikro-orm/migrations';

export class Migration20261125091509 extends Migration {

  override name = 'Migration20261125091509';

  override up(): void | Promise<void> {
    this.addSql(`create type "stock_reservation_status" as enum ('RESERVED', 'COMMITTED', 'RELEASED');`);
    this.addSql(`create type "stock_reservation_item_kind" as enum ('MATERIAL', 'LABOUR');`);
    this.addSql(`create table "outbox_events" ("id" uuid not null, "type" text not null, "payload" jsonb not null, "occurred_at" timestamptz not null, "published_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "outbox_events_unpublished_idx" on "outbox_events" ("occurred_at") where "published_at" is null;`);

    this.addSql(`create table "processed_events" ("event_id" uuid not null, "handler" text not null, "processed_at" timestamptz not null, primary key ("event_id", "handler"));`);

    this.addSql(`create table "stock_reservations" ("id" uuid not null, "vendor_id" uuid not null, "status" "stock_reservation_status" not null default 'RESERVED', "pricing_date" date not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "committed_at" timestamptz null, "released_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "stock_reservations_reserved_created_idx" on "stock_reservations" ("created_at") where "status" = 'RESERVED';`);

    this.addSql(`create table "stock_reservation_lines" ("id" uuid not null, "reservation_id" uuid not null, "position" smallint not null, "kind" "stock_reservation_item_kind" not null, "ref_id" uuid not null, "quantity" int not null, "unit_price_paise" bigint not null, "gst_rate_basis_points" int not null, "name" text not null, "unit" text not null, "unit_description" text not null, "hsn_or_sac" text not null, primary key ("id"));`);
    this.addSql(`alter table "stock_reservation_lines" add constraint "stock_reservation_lines_ref_unique" unique ("reservation_id", "ref_id");`);

    this.addSql(`alter table "stock_reservations" add constraint "stock_reservations_released_at_matches_status" check ((status = 'RELEASED') = (released_at is not null));`);

    this.addSql(`alter table "stock_reservation_lines" add constraint "stock_reservation_lines_reservation_id_foreign" foreign key ("reservation_id") references "stock_reservations" ("id") on delete cascade;`);
    this.addSql(`alter table "stock_reservation_lines" add constraint "stock_reservation_lines_gst_range" check (gst_rate_basis_points >= 0 and gst_rate_basis_points <= 4000);`);
    this.addSql(`alter table "stock_reservation_lines" add constraint "stock_reservation_lines_price_positive" check (unit_price_paise > 0);`);
    this.addSql(`alter table "stock_reservation_lines" add constraint "stock_reservation_lines_quantity_positive" check (quantity >= 1);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "stock_reservation_lines" drop constraint "stock_reservation_lines_reservation_id_foreign";`);

    this.addSql(`drop table if exists "outbox_events" cascade;`);
    this.addSql(`drop table if exists "processed_events" cascade;`);
    this.addSql(`drop table if exists "stock_reservations" cascade;`);
    this.addSql(`drop table if exists "stock_reservation_lines" cascade;`);

    this.addSql(`drop type "stock_reservation_status";`);
    this.addSql(`drop type "stock_reservation_item_kind";`);
  }

}

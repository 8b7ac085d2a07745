import { Migration } from '@mikro-orm/migrations';

export class Migration20261125084527 extends Migration {

  override name = 'Migration20261125084527';

  override up(): void | Promise<void> {
    // Trigram indexes for typo-tolerant search (pg_trgm is a trusted extension: the database owner may create it).
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create type "category_kind" as enum ('MATERIAL', 'LABOUR');`);
    this.addSql(`create type "sale_unit" as enum ('BAG', 'TONNE', 'KG', 'PIECE', 'CUBIC_FOOT', 'CUBIC_METRE', 'BRASS', 'LITRE', 'SQUARE_FOOT', 'RUNNING_METRE', 'BOX', 'BUNDLE', 'ROLL', 'SET');`);
    this.addSql(`create table "categories" ("id" uuid not null, "parent_id" uuid null, "kind" "category_kind" not null, "name" text not null, "slug" text not null, "description" text null, "sort_order" int not null default 0, "is_active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "categories" add constraint "categories_slug_unique" unique ("slug");`);
    this.addSql(`create index "categories_parent_idx" on "categories" ("parent_id", "sort_order");`);

    this.addSql(`create table "gst_rates" ("id" uuid not null, "hsn_code" text not null, "description" text not null, "rate_basis_points" int not null, "effective_from" date not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "gst_rates" add constraint "gst_rates_code_from_unique" unique ("hsn_code", "effective_from");`);

    this.addSql(`create table "labor_categories" ("id" uuid not null, "category_id" uuid not null, "name" text not null, "slug" text not null, "skill_description" text not null, "hourly_rate_paise" bigint not null, "daily_rate_paise" bigint not null, "sac_code" text not null, "is_active" boolean not null default true, "search_text" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "labor_categories" add constraint "labor_categories_slug_unique" unique ("slug");`);
    this.addSql(`create index "labor_categories_search_fts_idx" on "labor_categories" using gin (to_tsvector('simple', "search_text"));`);
    this.addSql(`create index "labor_categories_search_trgm_idx" on "labor_categories" using gin ("search_text" gin_trgm_ops);`);
    this.addSql(`create index "labor_categories_category_idx" on "labor_categories" ("category_id", "is_active");`);

    this.addSql(`create table "materials" ("id" uuid not null, "category_id" uuid not null, "name" text not null, "slug" text not null, "description" text not null, "brand" text null, "specifications" jsonb not null, "unit" "sale_unit" not null, "unit_description" text not null, "base_price_paise" bigint not null, "hsn_code" text not null, "image_media_ids" text[] not null, "is_active" boolean not null default true, "search_text" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "materials" add constraint "materials_slug_unique" unique ("slug");`);
    this.addSql(`create index "materials_search_trgm_idx" on "materials" using gin ("search_text" gin_trgm_ops);`);
    this.addSql(`create index "materials_search_fts_idx" on "materials" using gin (to_tsvector('simple', "search_text"));`);
    this.addSql(`create index "materials_brand_idx" on "materials" (lower("brand"));`);
    this.addSql(`create index "materials_price_idx" on "materials" ("base_price_paise");`);
    this.addSql(`create index "materials_category_idx" on "materials" ("category_id", "is_active");`);

    this.addSql(`create table "vendor_inventories" ("id" uuid not null, "vendor_id" uuid not null, "material_id" uuid not null, "price_paise" bigint null, "stock_quantity" int not null, "min_order_quantity" int not null, "lead_time_days" int not null, "is_available" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "vendor_inventories_material_idx" on "vendor_inventories" ("material_id", "is_available", "stock_quantity");`);
    this.addSql(`alter table "vendor_inventories" add constraint "vendor_inventories_vendor_material_unique" unique ("vendor_id", "material_id");`);

    this.addSql(`create table "vendor_labor_availabilities" ("id" uuid not null, "vendor_id" uuid not null, "labor_category_id" uuid not null, "workers_available" int not null, "daily_rate_paise" bigint null, "is_available" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "vendor_labor_category_idx" on "vendor_labor_availabilities" ("labor_category_id", "is_available");`);
    this.addSql(`alter table "vendor_labor_availabilities" add constraint "vendor_labor_vendor_category_unique" unique ("vendor_id", "labor_category_id");`);

    this.addSql(`alter table "categories" add constraint "categories_parent_id_foreign" foreign key ("parent_id") references "categories" ("id") on delete restrict;`);

    this.addSql(`alter table "gst_rates" add constraint "gst_rates_rate_range" check (rate_basis_points >= 0 and rate_basis_points <= 4000);`);

    this.addSql(`alter table "labor_categories" add constraint "labor_categories_category_id_foreign" foreign key ("category_id") references "categories" ("id") on delete restrict;`);
    this.addSql(`alter table "labor_categories" add constraint "labor_categories_rates_positive" check (hourly_rate_paise > 0 and daily_rate_paise > 0);`);

    this.addSql(`alter table "materials" add constraint "materials_category_id_foreign" foreign key ("category_id") references "categories" ("id") on delete restrict;`);
    this.addSql(`alter table "materials" add constraint "materials_base_price_positive" check (base_price_paise > 0);`);

    this.addSql(`alter table "vendor_inventories" add constraint "vendor_inventories_material_id_foreign" foreign key ("material_id") references "materials" ("id") on delete cascade;`);
    this.addSql(`alter table "vendor_inventories" add constraint "vendor_inventories_price_positive" check (price_paise is null or price_paise > 0);`);
    this.addSql(`alter table "vendor_inventories" add constraint "vendor_inventories_lead_time_non_negative" check (lead_time_days >= 0);`);
    this.addSql(`alter table "vendor_inventories" add constraint "vendor_inventories_moq_positive" check (min_order_quantity >= 1);`);
    this.addSql(`alter table "vendor_inventories" add constraint "vendor_inventories_stock_non_negative" check (stock_quantity >= 0);`);

    this.addSql(`alter table "vendor_labor_availabilities" add constraint "vendor_labor_availabilities_labor_category_id_foreign" foreign key ("labor_category_id") references "labor_categories" ("id") on delete cascade;`);
    this.addSql(`alter table "vendor_labor_availabilities" add constraint "vendor_labor_rate_positive" check (daily_rate_paise is null or daily_rate_paise > 0);`);
    this.addSql(`alter table "vendor_labor_availabilities" add constraint "vendor_labor_workers_non_negative" check (workers_available >= 0);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "categories" drop constraint "categories_parent_id_foreign";`);
    this.addSql(`alter table "labor_categories" drop constraint "labor_categories_category_id_foreign";`);
    this.addSql(`alter table "materials" drop constraint "materials_category_id_foreign";`);
    this.addSql(`alter table "vendor_labor_availabilities" drop constraint "vendor_labor_availabilities_labor_category_id_foreign";`);
    this.addSql(`alter table "vendor_inventories" drop constraint "vendor_inventories_material_id_foreign";`);

    this.addSql(`drop table if exists "categories" cascade;`);
    this.addSql(`drop table if exists "gst_rates" cascade;`);
    this.addSql(`drop table if exists "labor_categories" cascade;`);
    this.addSql(`drop table if exists "materials" cascade;`);
    this.addSql(`drop table if exists "vendor_inventories" cascade;`);
    this.addSql(`drop table if exists "vendor_labor_availabilities" cascade;`);

    this.addSql(`drop type "category_kind";`);
    this.addSql(`drop type "sale_unit";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261125082017 extends Migration {

  override name = 'Migration20261125082017';

  override up(): void | Promise<void> {
    this.addSql(`create type "user_type" as enum ('BUYER', 'VENDOR', 'ADMIN');`);
    this.addSql(`create type "user_status" as enum ('ACTIVE', 'SUSPENDED', 'DELETED');`);
    this.addSql(`create type "preferred_language" as enum ('EN', 'HI', 'KN', 'TA', 'TE', 'MR');`);
    this.addSql(`create table "users" ("id" uuid not null, "firebase_uid" text not null, "email" text null, "phone" text null, "full_name" text not null, "type" "user_type" not null, "status" "user_status" not null default 'ACTIVE', "preferred_language" "preferred_language" not null default 'EN', "deleted_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "users" add constraint "users_firebase_uid_unique" unique ("firebase_uid");`);
    this.addSql(`create index "users_email_idx" on "users" ("email");`);
    this.addSql(`create index "users_phone_idx" on "users" ("phone");`);
    this.addSql(`create index "users_type_status_idx" on "users" ("type", "status");`);

    this.addSql(`create table "delivery_addresses" ("id" uuid not null, "user_id" uuid not null, "label" text not null, "contact_name" text not null, "contact_phone" text not null, "line1" text not null, "line2" text null, "landmark" text null, "city" text not null, "state" text not null, "pincode" char(6) not null, "latitude" double precision null, "longitude" double precision null, "is_default" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create unique index "delivery_addresses_one_default" on "delivery_addresses" ("user_id") where "is_default";`);
    this.addSql(`create index "delivery_addresses_user_idx" on "delivery_addresses" ("user_id", "created_at");`);

    this.addSql(`create table "buyer_profiles" ("id" uuid not null, "user_id" uuid not null, "company_name" text null, "gstin" char(15) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "buyer_profiles" add constraint "buyer_profiles_user_unique" unique ("user_id");`);

    this.addSql(`create table "admin_profiles" ("id" uuid not null, "user_id" uuid not null, "department" text null, "created_by_user_id" uuid null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "admin_profiles" add constraint "admin_profiles_user_unique" unique ("user_id");`);

    this.addSql(`alter table "delivery_addresses" add constraint "delivery_addresses_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);

    this.addSql(`alter table "buyer_profiles" add constraint "buyer_profiles_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);

    this.addSql(`alter table "admin_profiles" add constraint "admin_profiles_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "delivery_addresses" drop constraint "delivery_addresses_user_id_foreign";`);
    this.addSql(`alter table "buyer_profiles" drop constraint "buyer_profiles_user_id_foreign";`);
    this.addSql(`alter table "admin_profiles" drop constraint "admin_profiles_user_id_foreign";`);

    this.addSql(`drop table if exists "users" cascade;`);
    this.addSql(`drop table if exists "delivery_addresses" cascade;`);
    this.addSql(`drop table if exists "buyer_profiles" cascade;`);
    this.addSql(`drop table if exists "admin_profiles" cascade;`);

    this.addSql(`drop type "user_type";`);
    this.addSql(`drop type "user_status";`);
    this.addSql(`drop type "preferred_language";`);
  }

}

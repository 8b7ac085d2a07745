import { Migration } from '@mikro-orm/migrations';

export class Migration20261201033011 extends Migration {

  override name = 'Migration20261201033011';

  override up(): void | Promise<void> {
    this.addSql(`create type "location_geocode_kind" as enum ('ADDRESS', 'REVERSE');`);
    this.addSql(`create table "location_distance_cache" ("origin_key" text not null, "destination_key" text not null, "distance_meters" int not null, "duration_seconds" int not null, "fetched_at" timestamptz not null, "expires_at" timestamptz not null, primary key ("origin_key", "destination_key"));`);
    this.addSql(`create index "location_distance_cache_expires_idx" on "location_distance_cache" ("expires_at");`);

    this.addSql(`create table "location_geocode_cache" ("kind" "location_geocode_kind" not null, "lookup_key" text not null, "lat" double precision not null, "lng" double precision not null, "formatted_address" text not null, "pincode" text null, "city" text null, "state" text null, "place_id" text null, "fetched_at" timestamptz not null, "expires_at" timestamptz not null, primary key ("kind", "lookup_key"));`);
    this.addSql(`create index "location_geocode_cache_expires_idx" on "location_geocode_cache" ("expires_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "location_distance_cache" cascade;`);
    this.addSql(`drop table if exists "location_geocode_cache" cascade;`);

    this.addSql(`drop type "location_geocode_kind";`);
  }

}

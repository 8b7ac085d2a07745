import { Migration } from '@mikro-orm/migrations';

export class Migration20261201034109 extends Migration {

  override name = 'Migration20261201034109';

  override up(): void | Promise<void> {
    this.addSql(`create type "location_source" as enum ('PROVIDER', 'FALLBACK', 'CLIENT');`);
    this.addSql(`alter table "delivery_addresses" add "formatted_address" text null, add "location_source" "location_source" null;`);
    // Coordinates saved before geocoding were the client's pin: CLIENT, with the address as typed.
    // Addresses without coordinates are geocoded when orders first reads them (buyerDeliveryAddress).
    this.addSql(`update "delivery_addresses" set "location_source" = 'CLIENT', "formatted_address" = concat_ws(', ', "line1", nullif("line2", ''), "city", "state" || ' ' || "pincode", 'India') where "latitude" is not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "delivery_addresses" drop column "formatted_address", drop column "location_source";`);

    this.addSql(`drop type "location_source";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

/**
 * An erased delivery phone (a deleted buyer's orders, deleted-buyer.events.ts) is null, no longer
 * "": the phone lives in the `delivery_address` jsonb, so this rewrites the erased ones already
 * stored and forbids the empty string from now on.
 */
export class Migration20261201063700 extends Migration {

  override name = 'Migration20261201063700';

  override up(): void | Promise<void> {
    this.addSql(`update "orders" set "delivery_address" = jsonb_set("delivery_address", '{contactPhone}', 'null'::jsonb) where "delivery_address"->>'contactPhone' = '';`);
    this.addSql(`alter table "orders" add constraint "orders_delivery_phone_not_empty" check (("delivery_address"->>'contactPhone') <> '');`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "orders" drop constraint if exists "orders_delivery_phone_not_empty";`);
    this.addSql(`update "orders" set "delivery_address" = jsonb_set("delivery_address", '{contactPhone}', '""'::jsonb) where "delivery_address"->'contactPhone' = 'null'::jsonb;`);
  }

}

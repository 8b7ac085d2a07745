import { Migration } from '@mikro-orm/migrations';

export class Migration20261201064155 extends Migration {

  override name = 'Migration20261201064155';

  override up(): void | Promise<void> {
    this.addSql(`alter table "orders" add "replacement_for_order_id" uuid null;`);
    this.addSql(`alter table "orders" add constraint "orders_replacement_no_charge" check (replacement_for_order_id is null or (total_paise = 0 and tax_paise = 0));`);

    this.addSql(`alter table "disputes" add "refund_failure" text null, add "refund_failed_at" timestamptz null, add "replacement_order_id" uuid null;`);
    this.addSql(`alter table "disputes" add constraint "disputes_replacement_order_unique" unique ("replacement_order_id");`);

    this.addSql(`alter type "dispute_step" add value if not exists 'REFUND_FAILED' after 'RESOLVED';`);
    this.addSql(`alter type "dispute_step" add value if not exists 'PAYOUT_RECORDED' after 'REFUND_FAILED';`);

    this.addSql(`alter table "order_items" drop constraint "order_items_quantity_positive";`);
    this.addSql(`alter table "order_items" add constraint "order_items_quantity_positive" check (quantity > 0 and unit_price_paise >= 0);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "disputes" drop constraint "disputes_replacement_order_unique";`);
    this.addSql(`alter table "disputes" drop column "refund_failure", drop column "refund_failed_at", drop column "replacement_order_id";`);

    this.addSql(`alter table "order_items" drop constraint "order_items_quantity_positive";`);
    this.addSql(`alter table "order_items" add constraint "order_items_quantity_positive" check ((quantity > 0) AND (unit_price_paise > 0));`);

    this.addSql(`alter table "orders" drop constraint "orders_replacement_no_charge";`);
    this.addSql(`alter table "orders" drop column "replacement_for_order_id";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261130192334 extends Migration {

  override name = 'Migration20261130192334';

  override up(): void | Promise<void> {
    this.addSql(`create type "refund_kind" as enum ('ORDER', 'UNMATCHED_PAYMENT');`);
    this.addSql(`create index "payment_transactions_reference_idx" on "payment_transactions" ("reference");`);

    this.addSql(`alter table "payment_webhooks" add "error" text null;`);

    this.addSql(`alter table "refunds" add "kind" "refund_kind" not null default 'ORDER', add "request_fingerprint" text null, add "razorpay_payment_id" text null, add "failure_reason" text null;`);
    // Existing refunds all refunded their order's payment; their fingerprint stays null (checked by order).
    this.addSql(`update "refunds" r set "razorpay_payment_id" = p."razorpay_payment_id" from "payments" p where r."payment_id" = p."id" and r."razorpay_payment_id" is null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "payment_transactions_reference_idx";`);

    this.addSql(`alter table "payment_webhooks" drop column "error";`);

    this.addSql(`alter table "refunds" drop column "kind", drop column "request_fingerprint", drop column "razorpay_payment_id", drop column "failure_reason";`);

    this.addSql(`drop type "refund_kind";`);
  }

}

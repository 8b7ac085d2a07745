import { Migration } from '@mikro-orm/migrations';

/**
 * Support tickets' `public_message_count` goes: the API counts a ticket's messages in the
 * statement that reads them (support-ticket.queries.ts), so the column was derived state no
 * longer read. Down restores it from the messages.
 */
export class Migration20261202040000 extends Migration {

  override name = 'Migration20261202040000';

  override up(): void | Promise<void> {
    this.addSql(`alter table "support_tickets" drop column "public_message_count";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "support_tickets" add "public_message_count" int not null default 0;`);
    this.addSql(`update "support_tickets" t set "public_message_count" = (select count(*) from "ticket_messages" m where m."ticket_id" = t."id" and not m."internal");`);
  }

}

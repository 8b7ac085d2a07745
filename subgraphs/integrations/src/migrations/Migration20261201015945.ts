import { Migration } from '@mikro-orm/migrations';

export class Migration20261201015945 extends Migration {

  override name = 'Migration20261201015945';

  override up(): void | Promise<void> {
    this.addSql(`alter table "whatsapp_conversations" add "next_seq" int not null default 0, add "version" int not null default 0;`);

    this.addSql(`alter table "whatsapp_messages" add "seq" int null;`);
    this.addSql(`create index "whatsapp_messages_conversation_seq_idx" on "whatsapp_messages" ("conversation_id", "seq");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "whatsapp_conversations" drop column "next_seq", drop column "version";`);

    this.addSql(`drop index "whatsapp_messages_conversation_seq_idx";`);
    this.addSql(`alter table "whatsapp_messages" drop column "seq";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261201033221 extends Migration {

  override name = 'Migration20261201033221';

  override up(): void | Promise<void> {
    this.addSql(`alter type "media_purpose" add value if not exists 'SUPPORT_ATTACHMENT' after 'DISPUTE_EVIDENCE';`);
  }

}

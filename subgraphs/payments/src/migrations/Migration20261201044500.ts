import { Migration } from '@mikro-orm/migrations';

export class Migration20261201044500 extends Migration {

  override name = 'Migration20261201044500';

  override up(): void | Promise<void> {
    this.addSql(`alter table "payments" add "cod_proof_media_id" uuid null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "payments" drop column "cod_proof_media_id";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261201034500 extends Migration {

  override name = 'Migration20261201034500';

  override up(): void | Promise<void> {
    // Business addresses saved before geocoding always carried the client's pin: keep it as CLIENT,
    // with the address as typed for the formatted address.
    this.addSql(`update "vendors" set "business_address" = "business_address" || jsonb_build_object(
      'formattedAddress', concat_ws(', ', "business_address"->>'line1', nullif("business_address"->>'line2', ''), "business_address"->>'city', ("business_address"->>'state') || ' ' || ("business_address"->>'pincode'), 'India'),
      'locationSource', 'CLIENT'
    ) where "business_address"->>'formattedAddress' is null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`update "vendors" set "business_address" = "business_address" - 'formattedAddress' - 'locationSource';`);
  }

}

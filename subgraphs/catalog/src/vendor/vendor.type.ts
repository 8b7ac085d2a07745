import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { CATALOG_HINT } from '../cache-hints.js';

/**
 * Vendor is owned by the vendors subgraph; catalog references it by key and contributes
 * `Vendor.inventory` and `Vendor.laborOffers`.
 */
@ObjectType({ description: 'A business selling materials and/or labour on RealServ. Anyone may read its public profile; private fields resolve for the vendor and admins only.' })
@Directive('@key(fields: "id")')
@Directive(CATALOG_HINT)
export class Vendor {
  @Field(() => ID)
  id!: string;
}

export function vendorRef(id: string): Vendor {
  const vendor = new Vendor();
  vendor.id = id;
  return vendor;
}

import { Arg, Authorized, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { ValidationError, assertId, type RequestContext } from '@realserv/platform';
import { Vendor } from './vendor.entity.js';

/** Who speaks for a vendor (its owner) and its name, for notifications; SERVICE only, never API. */
@ObjectType({ description: 'A vendor’s owner and name (peer subgraphs only).' })
@Directive('@inaccessible')
export class VendorContact {
  @Field(() => ID) id!: string;
  @Field() businessName!: string;
  @Field(() => ID) ownerUserId!: string;
}

@Resolver(() => VendorContact)
export class VendorContactResolver {
  @Authorized('SERVICE')
  @Directive('@inaccessible')
  @Query(() => [VendorContact], { description: 'Vendors by id (unknown ids are left out): owner and business name.' })
  async vendorContacts(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: RequestContext): Promise<VendorContact[]> {
    if (ids.length > 100) throw new ValidationError('At most 100 ids at a time.');
    const vendors = await ctx.em.find(Vendor, { id: { $in: [...new Set(ids.map((id) => assertId(id)))] } });
    return vendors.map((v) => ({ id: v.id, businessName: v.businessName, ownerUserId: v.ownerUserId }));
  }
}

import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Length } from 'class-validator';
import { PageInput, Paginated, manyByKey, type RequestContext } from '@realserv/platform';
import DataLoader from 'dataloader';
import { BusinessAddress, KycDocument, KycStatus, Vendor, VendorStatus } from './vendor.entity.js';
import { OnboardVendorInput, SubmitKycInput, UpdateMyVendorInput } from './vendor.inputs.js';
import type { VendorService } from './vendor.service.js';

@ObjectType()
export class VendorPage extends Paginated(Vendor) {}

@InputType()
export class RejectKycInput {
  @Field(() => ID) vendorId!: string;
  @Field() @Length(3, 500) reason!: string;
}

const kycDocumentsByVendorId = (ctx: RequestContext) =>
  new DataLoader<string, KycDocument[]>(async (ids) =>
    manyByKey(ids, await ctx.em.find(KycDocument, { vendorId: { $in: [...ids] } }, { orderBy: { createdAt: 'asc' } }), (d) => d.vendorId),
  );

@Resolver(() => Vendor)
export class VendorResolver {
  constructor(private readonly vendorService: VendorService) {}

  @Authorized('VENDOR')
  @Mutation(() => Vendor, {
    description: 'The signed-in vendor user registers their business (GSTIN and PAN validated); refresh the ID token afterwards for the vendorId claim. Idempotent.',
  })
  onboardVendor(@Arg('input') input: OnboardVendorInput, @Ctx() ctx: RequestContext): Promise<Vendor> {
    return this.vendorService.onboard(ctx, input);
  }

  @Authorized('VENDOR')
  @Mutation(() => Vendor, { description: 'Submits (or resubmits) the KYC documents for review.' })
  submitKyc(@Arg('input') input: SubmitKycInput, @Ctx() ctx: RequestContext): Promise<Vendor> {
    return this.vendorService.submitKyc(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Vendor, { description: 'Approves submitted KYC: the vendor becomes ACTIVE and accepts orders.' })
  approveKyc(@Arg('vendorId', () => ID) vendorId: string, @Ctx() ctx: RequestContext): Promise<Vendor> {
    return this.vendorService.decideKyc(ctx, vendorId, true, null);
  }

  @Authorized('ADMIN')
  @Mutation(() => Vendor)
  rejectKyc(@Arg('input') input: RejectKycInput, @Ctx() ctx: RequestContext): Promise<Vendor> {
    return this.vendorService.decideKyc(ctx, input.vendorId, false, input.reason);
  }

  @Authorized('VENDOR')
  @Mutation(() => Vendor, { description: 'Start or pause taking new orders (active vendors only).' })
  setVendorAvailability(@Arg('acceptingOrders') acceptingOrders: boolean, @Ctx() ctx: RequestContext): Promise<Vendor> {
    return this.vendorService.setAvailability(ctx, acceptingOrders);
  }

  @Authorized('VENDOR')
  @Mutation(() => Vendor, { description: 'Edits the signed-in vendor’s own business profile.' })
  updateMyVendor(@Arg('input') input: UpdateMyVendorInput, @Ctx() ctx: RequestContext): Promise<Vendor> {
    return this.vendorService.updateMine(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Vendor, { description: 'Overrides a vendor’s commission (basis points; default 1000 = 10 %).' })
  setVendorCommission(
    @Arg('vendorId', () => ID) vendorId: string,
    @Arg('basisPoints', () => Int) basisPoints: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Vendor> {
    return this.vendorService.setCommission(ctx, vendorId, basisPoints);
  }

  @Authorized('VENDOR')
  @Query(() => Vendor, { nullable: true, description: 'The signed-in user’s business; null before onboarding.' })
  myVendor(@Ctx() ctx: RequestContext): Promise<Vendor | null> {
    return this.vendorService.mine(ctx);
  }

  @Query(() => Vendor, { description: 'A vendor’s public profile (private fields resolve for the vendor and admins only).' })
  vendor(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Vendor> {
    return this.vendorService.find(ctx, id);
  }

  @Authorized('ADMIN')
  @Query(() => VendorPage)
  vendors(
    @Ctx() ctx: RequestContext,
    @Arg('status', () => VendorStatus, { nullable: true }) status?: VendorStatus,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return this.vendorService.list(ctx, status, page);
  }

  @FieldResolver(() => String, { description: 'City of the business (public).' })
  city(@Root() vendor: Vendor): string {
    return vendor.businessAddress.city;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Vendor and admins only.' })
  gstin(@Root() vendor: Vendor, @Ctx() ctx: RequestContext): string | null {
    return this.vendorService.canSeePrivate(ctx, vendor) ? vendor.gstin : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Vendor and admins only.' })
  pan(@Root() vendor: Vendor, @Ctx() ctx: RequestContext): string | null {
    return this.vendorService.canSeePrivate(ctx, vendor) ? vendor.pan : null;
  }

  @FieldResolver(() => BusinessAddress, { nullable: true, description: 'Vendor and admins only.' })
  businessAddress(@Root() vendor: Vendor, @Ctx() ctx: RequestContext): BusinessAddress | null {
    return this.vendorService.canSeePrivate(ctx, vendor) ? vendor.businessAddress : null;
  }

  @FieldResolver(() => KycStatus, { nullable: true, description: 'Vendor and admins only.' })
  kycStatus(@Root() vendor: Vendor, @Ctx() ctx: RequestContext): KycStatus | null {
    return this.vendorService.canSeePrivate(ctx, vendor) ? vendor.kycStatus : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Vendor and admins only.' })
  kycRejectionReason(@Root() vendor: Vendor, @Ctx() ctx: RequestContext): string | null {
    return this.vendorService.canSeePrivate(ctx, vendor) ? vendor.kycRejectionReason : null;
  }

  @FieldResolver(() => [KycDocument], { description: 'Vendor and admins only (empty for others).' })
  async kycDocuments(@Root() vendor: Vendor, @Ctx() ctx: RequestContext): Promise<KycDocument[]> {
    return this.vendorService.canSeePrivate(ctx, vendor) ? ctx.loaders.get(kycDocumentsByVendorId).load(vendor.id) : [];
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Commission in basis points (1000 = 10 %); vendor and admins only.' })
  commissionRateBasisPoints(@Root() vendor: Vendor, @Ctx() ctx: RequestContext): number | null {
    return this.vendorService.canSeePrivate(ctx, vendor) ? vendor.commissionRateBasisPoints : null;
  }
}

import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Length } from 'class-validator';
import { PageInput, Paginated, manyByKey, type RequestContext } from '@realserv/platform';
import DataLoader from 'dataloader';
import { BusinessAddress, KycDocument, KycStatus, Vendor, VendorStatus, VendorStatusChange } from './vendor.entity.js';
import { OnboardVendorInput, SubmitKycInput, UpdateMyVendorInput } from './vendor.inputs.js';
import type { VendorService } from './vendor.service.js';

@ObjectType({ description: 'One page of vendors, newest first.' })
export class VendorPage extends Paginated(Vendor) {}

@InputType({ description: 'An admin’s rejection of a vendor’s submitted KYC.' })
export class RejectKycInput {
  @Field(() => ID, { description: 'The vendor whose KYC is rejected.' }) vendorId!: string;
  @Field({ description: 'Why, 3–500 characters; shown to the vendor as kycRejectionReason.' }) @Length(3, 500) reason!: string;
}

const statusChangesByVendorId = (ctx: RequestContext) =>
  new DataLoader<string, VendorStatusChange[]>(async (ids) =>
    manyByKey(ids, await ctx.em.find(VendorStatusChange, { vendorId: { $in: [...ids] } }, { orderBy: { createdAt: 'desc', id: 'asc' } }), (c) => c.vendorId),
  );

const kycDocumentsByVendorId = (ctx: RequestContext) =>
  new DataLoader<string, KycDocument[]>(async (ids) =>
    manyByKey(ids, await ctx.em.find(KycDocument, { vendorId: { $in: [...ids] } }, { orderBy: { createdAt: 'asc' } }), (d) => d.vendorId),
  );

@Resolver(() => Vendor)
export class VendorResolver {
  constructor(private readonly vendorService: VendorService) {}

  @Authorized('VENDOR')
  @Mutation(() => Vendor, {
    description: 'Vendor users only: registers their business (GSTIN and PAN validated); it starts PENDING_KYC. Refresh the ID token afterwards for the vendorId claim. Idempotent. Errors: BAD_USER_INPUT for an invalid GSTIN or PAN, or reason PAN_MISMATCH; CONFLICT when the GSTIN belongs to another vendor, or reason ALREADY_ONBOARDED for another GSTIN.',
  })
  onboardVendor(@Arg('input', { description: 'The business.' }) input: OnboardVendorInput, @Ctx() ctx: RequestContext): Promise<Vendor> {
    return this.vendorService.onboard(ctx, input);
  }

  @Authorized('VENDOR')
  @Mutation(() => Vendor, { description: 'Vendors only: submits (or resubmits) the KYC documents for review; KYC becomes SUBMITTED. Errors: FORBIDDEN before onboarding; BAD_USER_INPUT when a required document is missing or a media id is not the caller’s confirmed KYC_DOCUMENT upload (reason UNKNOWN_MEDIA, MEDIA_NOT_CONFIRMED, WRONG_MEDIA_PURPOSE or NOT_YOUR_MEDIA); CONFLICT (reason KYC_APPROVED) once approved.' })
  submitKyc(@Arg('input', { description: 'The documents.' }) input: SubmitKycInput, @Ctx() ctx: RequestContext): Promise<Vendor> {
    return this.vendorService.submitKyc(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Vendor, { description: 'Admins only: approves submitted KYC: a PENDING_KYC vendor becomes ACTIVE and accepts orders. Approving again is a no-op. Errors: NOT_FOUND; CONFLICT (reason KYC_NOT_SUBMITTED) when nothing is submitted.' })
  approveKyc(@Arg('vendorId', () => ID, { description: 'The vendor to approve.' }) vendorId: string, @Ctx() ctx: RequestContext): Promise<Vendor> {
    return this.vendorService.decideKyc(ctx, vendorId, true, null);
  }

  @Authorized('ADMIN')
  @Mutation(() => Vendor, { description: 'Admins only: rejects submitted KYC with a reason; the vendor may resubmit. Errors: NOT_FOUND; CONFLICT (reason KYC_NOT_SUBMITTED) when nothing is submitted.' })
  rejectKyc(@Arg('input', { description: 'The vendor and the reason.' }) input: RejectKycInput, @Ctx() ctx: RequestContext): Promise<Vendor> {
    return this.vendorService.decideKyc(ctx, input.vendorId, false, input.reason);
  }

  @Authorized('VENDOR')
  @Mutation(() => Vendor, { description: 'Vendors only: start or pause taking new orders; orders already placed go on. Errors: FORBIDDEN before onboarding; CONFLICT (reason VENDOR_NOT_ACTIVE) to start before KYC approval.' })
  setVendorAvailability(@Arg('acceptingOrders', { description: 'True to take new orders, false to pause.' }) acceptingOrders: boolean, @Ctx() ctx: RequestContext): Promise<Vendor> {
    return this.vendorService.setAvailability(ctx, acceptingOrders);
  }

  @Authorized('VENDOR')
  @Mutation(() => Vendor, { description: 'Vendors only: edits the signed-in vendor’s own business name, service radius, business address (geocoded), contact name and contact phone (E.164). A suspended vendor may still edit it. Errors: FORBIDDEN before onboarding; BAD_USER_INPUT for an invalid field (nothing changes).' })
  updateMyVendor(@Arg('input', { description: 'The fields to change.' }) input: UpdateMyVendorInput, @Ctx() ctx: RequestContext): Promise<Vendor> {
    return this.vendorService.updateMine(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Vendor, {
    description:
      'Admins only: suspends a vendor with a reason (kept in statusHistory): its offers leave the catalog and placeOrder refuses it (VENDOR_NOT_ACCEPTING_ORDERS); its open orders stay visible and deliverable. Suspending again is a no-op. Errors: NOT_FOUND; BAD_USER_INPUT without a 3–500 character reason.',
  })
  suspendVendor(
    @Arg('vendorId', () => ID, { description: 'The vendor.' }) vendorId: string,
    @Arg('reason', { description: 'Why, 3–500 characters; shown to the vendor as suspensionReason.' }) reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Vendor> {
    return this.vendorService.suspend(ctx, vendorId, reason);
  }

  @Authorized('ADMIN')
  @Mutation(() => Vendor, { description: 'Admins only: lifts a suspension: ACTIVE again (PENDING_KYC when KYC is not approved) and its offers return to the catalog. A vendor that is not suspended is returned unchanged. Errors: NOT_FOUND.' })
  reactivateVendor(@Arg('vendorId', () => ID, { description: 'The vendor.' }) vendorId: string, @Ctx() ctx: RequestContext): Promise<Vendor> {
    return this.vendorService.reactivate(ctx, vendorId);
  }

  @Authorized('ADMIN')
  @Mutation(() => Vendor, { description: 'Admins only: overrides a vendor’s commission for its future settlements (basis points; default 1000 = 10 %). Errors: NOT_FOUND; BAD_USER_INPUT outside 0–5000.' })
  setVendorCommission(
    @Arg('vendorId', () => ID, { description: 'The vendor.' }) vendorId: string,
    @Arg('basisPoints', () => Int, { description: 'Commission in basis points, 0–5000 (0–50 %).' }) basisPoints: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Vendor> {
    return this.vendorService.setCommission(ctx, vendorId, basisPoints);
  }

  @Authorized('VENDOR')
  @Query(() => Vendor, { nullable: true, description: 'Vendor users only: the signed-in user’s business; null before onboarding.' })
  myVendor(@Ctx() ctx: RequestContext): Promise<Vendor | null> {
    return this.vendorService.mine(ctx);
  }

  @Query(() => Vendor, { description: 'Anyone: a vendor’s public profile (private fields resolve for the vendor and admins only). Errors: NOT_FOUND.' })
  vendor(@Arg('id', () => ID, { description: 'The vendor id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Vendor> {
    return this.vendorService.find(ctx, id);
  }

  @Authorized('ADMIN')
  @Query(() => VendorPage, { description: 'Admins only: all vendors, newest first, optionally in one status.' })
  vendors(
    @Ctx() ctx: RequestContext,
    @Arg('status', () => VendorStatus, { nullable: true, description: 'Only vendors in this status.' }) status?: VendorStatus,
    @Arg('page', () => PageInput, { nullable: true, description: 'Offset and limit (default the first 20).' }) page?: PageInput,
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

  @FieldResolver(() => String, { nullable: true, description: 'Who to call about orders; vendor and admins only.' })
  contactName(@Root() vendor: Vendor, @Ctx() ctx: RequestContext): string | null {
    return this.vendorService.canSeePrivate(ctx, vendor) ? vendor.contactName : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Contact phone (E.164); vendor and admins only.' })
  contactPhone(@Root() vendor: Vendor, @Ctx() ctx: RequestContext): string | null {
    return this.vendorService.canSeePrivate(ctx, vendor) ? vendor.contactPhone : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why RealServ suspended the vendor (null unless SUSPENDED); vendor and admins only.' })
  suspensionReason(@Root() vendor: Vendor, @Ctx() ctx: RequestContext): string | null {
    return this.vendorService.canSeePrivate(ctx, vendor) ? vendor.suspensionReason : null;
  }

  @FieldResolver(() => [VendorStatusChange], { description: 'Admins only (empty for others): suspensions and reactivations, newest first.' })
  async statusHistory(@Root() vendor: Vendor, @Ctx() ctx: RequestContext): Promise<VendorStatusChange[]> {
    return ctx.caller?.roles.includes('ADMIN') ? ctx.loaders.get(statusChangesByVendorId).load(vendor.id) : [];
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Commission in basis points (1000 = 10 %); vendor and admins only.' })
  commissionRateBasisPoints(@Root() vendor: Vendor, @Ctx() ctx: RequestContext): number | null {
    return this.vendorService.canSeePrivate(ctx, vendor) ? vendor.commissionRateBasisPoints : null;
  }
}

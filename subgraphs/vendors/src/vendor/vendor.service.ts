import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Auth } from 'firebase-admin/auth';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  assertId,
  isValidGstin,
  isValidPan,
  mergeCustomClaims,
  panOfGstin,
  recordEvent,
  requireRole,
  requireUserId,
  pageWindow,
  toPage,
  type Page,
  type PageInput,
  type RequestContext,
} from '@realserv/platform';
import { VendorKycApproved, VendorKycRejected, VendorOnboarded, VendorReactivated, VendorSuspended } from '@realserv/contracts';
import { KycDocument, KycDocumentType, KycStatus, Vendor, VendorStatus, VendorStatusChange, type BusinessAddress } from './vendor.entity.js';
import type { BusinessAddressInput, OnboardVendorInput, SubmitKycInput } from './vendor.inputs.js';
import type { MediaFiles } from './media-files.js';
import type { BusinessLocator } from './business-location.js';

const REQUIRED_KYC = [KycDocumentType.GSTIN_CERTIFICATE, KycDocumentType.PAN_CARD, KycDocumentType.BANK_PROOF];

export class VendorService {
  constructor(
    private readonly auth: Auth,
    private readonly media: MediaFiles,
    private readonly locator: BusinessLocator,
  ) {}

  /**
   * A registered vendor user creates their business (once: a retry returns it) and gets the
   * `vendorId` claim. Orders need KYC approval first (status PENDING_KYC until then).
   */
  async onboard(ctx: RequestContext, input: OnboardVendorInput): Promise<Vendor> {
    const caller = requireRole(ctx, 'VENDOR');
    const ownerUserId = requireUserId(ctx);
    const gstin = input.gstin.toUpperCase();
    const pan = input.pan.toUpperCase();
    if (!isValidGstin(gstin)) throw new ValidationError('gstin is not a valid GSTIN (format or check character).', { field: 'gstin' });
    if (!isValidPan(pan)) throw new ValidationError('pan is not a valid PAN.', { field: 'pan' });
    if (panOfGstin(gstin) !== pan) throw new ValidationError('The GSTIN belongs to a different PAN.', { field: 'pan', reason: 'PAN_MISMATCH' });
    let vendor = await ctx.em.findOne(Vendor, { ownerUserId });
    if (!vendor) {
      // Placed before anything is written: an address that cannot be placed stores nothing.
      const businessAddress = await this.businessAddress(ctx, input.businessAddress);
      try {
        vendor = await ctx.em.transactional(async (em) => {
          const created = em.create(Vendor, {
            ownerUserId,
            ownerFirebaseUid: caller.firebaseUid,
            businessName: input.businessName.trim(),
            gstin,
            pan,
            businessAddress,
            serviceRadiusKm: input.serviceRadiusKm,
          });
          recordEvent(em, VendorOnboarded, { vendorId: created.id, ownerUserId });
          return created;
        });
      } catch (error) {
        if (!(error instanceof UniqueConstraintViolationException)) throw error;
        ctx.em.clear();
        vendor = await ctx.em.findOne(Vendor, { ownerUserId });
        if (!vendor) throw new ConflictError('This GSTIN is already registered by another vendor.', { field: 'gstin' });
      }
    }
    if (vendor.gstin !== gstin) throw new ConflictError('You already onboarded a business with another GSTIN.', { reason: 'ALREADY_ONBOARDED' });
    await mergeCustomClaims(this.auth, caller.firebaseUid, { vendorId: vendor.id });
    return vendor;
  }

  /** The caller's business: by their vendorId claim (staff), else as its owner. */
  async mine(ctx: RequestContext): Promise<Vendor | null> {
    const caller = requireRole(ctx, 'VENDOR');
    if (caller.vendorId) return ctx.em.findOne(Vendor, { id: caller.vendorId });
    return ctx.em.findOne(Vendor, { ownerUserId: requireUserId(ctx) });
  }

  async find(ctx: RequestContext, id: string): Promise<Vendor> {
    const vendor = await ctx.em.findOne(Vendor, { id: assertId(id) });
    if (!vendor) throw new NotFoundError('Vendor', id);
    return vendor;
  }

  /**
   * Replaces the vendor's KYC documents (until approved). The files are registered in integrations
   * under the vendor id (holder vendors:KYC_DOCUMENT), last inside the transaction that holds the
   * vendor's row lock: a file integrations refuses, or integrations not answering, changes nothing.
   * After the commit the documents the submission replaced are released, so their owner may delete them.
   */
  async submitKyc(ctx: RequestContext, input: SubmitKycInput): Promise<Vendor> {
    const types = input.documents.map((d) => d.type);
    const missing = REQUIRED_KYC.filter((t) => !types.includes(t));
    if (missing.length) throw new ValidationError(`Missing KYC documents: ${missing.join(', ')}.`, { field: 'documents', missing });
    const vendor = await this.mineOrThrow(ctx);
    const uploader = requireUserId(ctx);
    const documents = input.documents.map((d) => ({ type: d.type, mediaId: d.mediaId.toLowerCase() }));
    const mediaIds = [...new Set(documents.map((d) => d.mediaId))];
    let added: string[] = [];
    let replaced: string[] = [];
    let attached = false;
    const submitted = await ctx.em
      .transactional(async (em) => {
        const locked = await em.findOneOrFail(Vendor, { id: vendor.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (locked.kycStatus === KycStatus.APPROVED) throw new ConflictError('KYC is already approved.', { reason: 'KYC_APPROVED' });
        const before = (await em.find(KycDocument, { vendorId: locked.id })).map((d) => d.mediaId.toLowerCase());
        added = mediaIds.filter((m) => !before.includes(m));
        replaced = [...new Set(before)].filter((m) => !mediaIds.includes(m));
        await em.nativeDelete(KycDocument, { vendorId: locked.id });
        for (const doc of documents) em.create(KycDocument, { vendorId: locked.id, type: doc.type, mediaId: doc.mediaId });
        locked.kycStatus = KycStatus.SUBMITTED;
        locked.kycRejectionReason = null;
        // Last before the commit: if integrations refuses a file or does not answer, nothing commits.
        if (added.length) {
          attached = true;
          await this.media.assertUsable(added, 'KYC_DOCUMENT', uploader, locked.id, ctx.requestId);
        }
        return locked;
      })
      .catch(async (error: unknown) => {
        // The references recorded for a submission that never committed are released (checked against the database).
        if (attached) await this.releaseReplacedKyc(ctx, vendor.id, added);
        throw error;
      });
    await this.releaseReplacedKyc(ctx, submitted.id, replaced);
    return submitted;
  }

  /**
   * Releases the vendor's references to those of `candidates` its committed KYC documents do not
   * use, under the vendor's row lock, so a resubmission attaching one of them again either
   * committed before (and is seen) or waits. A failed release keeps the reference (the safe side:
   * the file stays undeletable), counted in media_reference_release_failed_total{holder="vendors:KYC_DOCUMENT"} and logged with
   * the vendor and media ids, from which an operator releases them (docs/media.md).
   */
  private async releaseReplacedKyc(ctx: RequestContext, vendorId: string, candidates: string[]): Promise<void> {
    if (!candidates.length) return;
    try {
      await ctx.em.fork().transactional(async (em) => {
        await em.findOneOrFail(Vendor, { id: vendorId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
        const current = (await em.find(KycDocument, { vendorId }, { refresh: true })).map((d) => d.mediaId.toLowerCase());
        await this.media.release(candidates.filter((m) => !current.includes(m)), 'KYC_DOCUMENT', vendorId, ctx.requestId);
      });
    } catch (error) {
      this.media.releaseFailed('KYC_DOCUMENT', candidates.length);
      ctx.log.warn({ err: error, vendorId, mediaIds: candidates }, 'KYC document references not released: the files stay undeletable until released');
    }
  }

  async decideKyc(ctx: RequestContext, vendorId: string, approve: boolean, reason: string | null): Promise<Vendor> {
    requireRole(ctx, 'ADMIN');
    const vendor = await ctx.em.transactional(async (em) => {
      const locked = await em.findOne(Vendor, { id: assertId(vendorId, 'vendorId') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!locked) throw new NotFoundError('Vendor', vendorId);
      if (approve && locked.kycStatus === KycStatus.APPROVED) return locked;
      if (locked.kycStatus !== KycStatus.SUBMITTED) throw new ConflictError(`KYC is ${locked.kycStatus}, not SUBMITTED.`, { reason: 'KYC_NOT_SUBMITTED' });
      locked.kycStatus = approve ? KycStatus.APPROVED : KycStatus.REJECTED;
      locked.kycRejectionReason = approve ? null : reason;
      if (approve && locked.status === VendorStatus.PENDING_KYC) {
        locked.status = VendorStatus.ACTIVE;
        locked.acceptingOrders = true;
      }
      recordEvent(em, approve ? VendorKycApproved : VendorKycRejected, { vendorId: locked.id, reason: reason ?? null });
      return locked;
    });
    return vendor;
  }

  async setAvailability(ctx: RequestContext, acceptingOrders: boolean): Promise<Vendor> {
    const vendor = await this.mineOrThrow(ctx);
    if (acceptingOrders && vendor.status !== VendorStatus.ACTIVE) {
      throw new ConflictError('Only active vendors (KYC approved) can accept orders.', { reason: 'VENDOR_NOT_ACTIVE' });
    }
    vendor.acceptingOrders = acceptingOrders;
    await ctx.em.flush();
    return vendor;
  }

  /** Commission override per vendor (default 10 %); admins only, 0–50 %. */
  async setCommission(ctx: RequestContext, vendorId: string, basisPoints: number): Promise<Vendor> {
    requireRole(ctx, 'ADMIN');
    if (!Number.isInteger(basisPoints) || basisPoints < 0 || basisPoints > 5000) {
      throw new ValidationError('Commission must be 0 to 5000 basis points (0–50 %).', { field: 'basisPoints' });
    }
    const vendor = await this.find(ctx, vendorId);
    vendor.commissionRateBasisPoints = basisPoints;
    await ctx.em.flush();
    return vendor;
  }

  /** The vendor edits their own business profile (never another's: there is no id argument). */
  async updateMine(
    ctx: RequestContext,
    input: {
      businessName?: string | undefined;
      serviceRadiusKm?: number | undefined;
      businessAddress?: BusinessAddressInput | undefined;
      contactName?: string | undefined;
      contactPhone?: string | undefined;
    },
  ): Promise<Vendor> {
    const vendor = await this.mineOrThrow(ctx);
    if (input.contactName !== undefined) {
      const name = input.contactName.trim();
      if (name.length < 2) throw new ValidationError('contactName must be 2–100 characters.', { field: 'contactName' });
      vendor.contactName = name;
    }
    if (input.contactPhone !== undefined) vendor.contactPhone = input.contactPhone;
    if (input.businessAddress !== undefined) vendor.businessAddress = await this.businessAddress(ctx, input.businessAddress);
    if (input.businessName !== undefined) vendor.businessName = input.businessName.trim();
    if (input.serviceRadiusKm !== undefined) vendor.serviceRadiusKm = input.serviceRadiusKm;
    await ctx.em.flush();
    return vendor;
  }

  /**
   * Admins suspend a vendor (docs/vendors.md, "Suspension"): it takes no new orders and its
   * offers leave the catalog (catalog consumes VendorSuspended); open orders go on. Suspending a
   * suspended vendor changes nothing (no second audit row, no second event).
   */
  async suspend(ctx: RequestContext, vendorId: string, reason: string): Promise<Vendor> {
    const admin = requireRole(ctx, 'ADMIN');
    const note = reason.trim();
    if (note.length < 3 || note.length > 500) throw new ValidationError('Say why, in 3–500 characters.', { field: 'reason' });
    return ctx.em.transactional(async (em) => {
      const vendor = await em.findOne(Vendor, { id: assertId(vendorId, 'vendorId') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!vendor) throw new NotFoundError('Vendor', vendorId);
      if (vendor.status === VendorStatus.SUSPENDED) return vendor;
      em.create(VendorStatusChange, { vendorId: vendor.id, fromStatus: vendor.status, toStatus: VendorStatus.SUSPENDED, reason: note, adminUserId: admin.userId ?? null });
      vendor.status = VendorStatus.SUSPENDED;
      vendor.suspensionReason = note;
      recordEvent(em, VendorSuspended, { vendorId: vendor.id, reason: note, adminUserId: admin.userId ?? null });
      return vendor;
    });
  }

  /** Lifts a suspension: ACTIVE again when KYC is approved, else back to PENDING_KYC. Idempotent. */
  async reactivate(ctx: RequestContext, vendorId: string): Promise<Vendor> {
    const admin = requireRole(ctx, 'ADMIN');
    return ctx.em.transactional(async (em) => {
      const vendor = await em.findOne(Vendor, { id: assertId(vendorId, 'vendorId') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!vendor) throw new NotFoundError('Vendor', vendorId);
      if (vendor.status !== VendorStatus.SUSPENDED) return vendor;
      const to = vendor.kycStatus === KycStatus.APPROVED ? VendorStatus.ACTIVE : VendorStatus.PENDING_KYC;
      em.create(VendorStatusChange, { vendorId: vendor.id, fromStatus: vendor.status, toStatus: to, reason: null, adminUserId: admin.userId ?? null });
      vendor.status = to;
      vendor.suspensionReason = null;
      recordEvent(em, VendorReactivated, { vendorId: vendor.id, adminUserId: admin.userId ?? null });
      return vendor;
    });
  }

  async list(ctx: RequestContext, status: VendorStatus | undefined, page: PageInput | undefined): Promise<Page<Vendor>> {
    const [items, total] = await ctx.em.findAndCount(Vendor, status ? { status } : {}, {
      orderBy: { createdAt: 'desc', id: 'asc' },
      ...pageWindow(page),
    });
    return toPage(items, total, page);
  }

  /** The vendor and admins may see KYC details; nobody else. */
  canSeePrivate(ctx: RequestContext, vendor: Vendor): boolean {
    const caller = ctx.caller;
    if (!caller) return false;
    // Admins, and peer subgraphs (orders needs the depot location to price delivery).
    if (caller.roles.includes('ADMIN') || caller.roles.includes('SERVICE')) return true;
    return caller.roles.includes('VENDOR') && (caller.vendorId === vendor.id || (caller.userId !== null && caller.userId === vendor.ownerUserId));
  }

  /** The address as typed, located: the GPS pin when given, else geocoded (docs/location.md). */
  private async businessAddress(ctx: RequestContext, input: BusinessAddressInput): Promise<BusinessAddress> {
    const address = { line1: input.line1.trim(), line2: input.line2?.trim() || null, city: input.city.trim(), state: input.state.trim(), pincode: input.pincode };
    return { ...address, ...(await this.locator.locate(address, input, ctx.requestId)) };
  }

  /** The caller's business; FORBIDDEN before onboarding. */
  async requireMine(ctx: RequestContext): Promise<Vendor> {
    return this.mineOrThrow(ctx);
  }

  private async mineOrThrow(ctx: RequestContext): Promise<Vendor> {
    const vendor = await this.mine(ctx);
    if (!vendor) throw new ForbiddenError('Onboard your business first.');
    return vendor;
  }
}

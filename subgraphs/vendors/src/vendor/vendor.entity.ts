import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ServiceAreaPolygons } from './service-area.js';

export enum VendorStatus {
  PENDING_KYC = 'PENDING_KYC',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(VendorStatus, {
  name: 'VendorStatus',
  description: 'Whether a vendor may sell on RealServ.',
  valuesConfig: {
    PENDING_KYC: { description: 'Onboarded; waiting for KYC approval before it may take orders.' },
    ACTIVE: { description: 'KYC approved: may take orders (see acceptingOrders).' },
    SUSPENDED: { description: 'Suspended by RealServ: may not take orders.' },
  },
});

export enum KycStatus {
  NOT_SUBMITTED = 'NOT_SUBMITTED',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(KycStatus, {
  name: 'KycStatus',
  description: 'Where the vendor’s KYC review stands.',
  valuesConfig: {
    NOT_SUBMITTED: { description: 'No documents submitted yet.' },
    SUBMITTED: { description: 'Documents submitted; waiting for an admin’s review.' },
    APPROVED: { description: 'Approved by an admin; final.' },
    REJECTED: { description: 'Rejected by an admin (see kycRejectionReason); the vendor may resubmit.' },
  },
});

export enum KycDocumentType {
  GSTIN_CERTIFICATE = 'GSTIN_CERTIFICATE',
  PAN_CARD = 'PAN_CARD',
  BANK_PROOF = 'BANK_PROOF',
}
registerEnumType(KycDocumentType, {
  name: 'KycDocumentType',
  description: 'BANK_PROOF: a cancelled cheque or bank statement.',
  valuesConfig: {
    GSTIN_CERTIFICATE: { description: 'The GST registration certificate.' },
    PAN_CARD: { description: 'The business’s PAN card.' },
    BANK_PROOF: { description: 'A cancelled cheque or bank statement of the payout account.' },
  },
});

export enum LocationSource {
  PROVIDER = 'PROVIDER',
  FALLBACK = 'FALLBACK',
  CLIENT = 'CLIENT',
}
// The same enum as integrations' (composition merges them): where a saved location came from.
registerEnumType(LocationSource, {
  name: 'LocationSource',
  description: 'Where a location or distance came from.',
  valuesConfig: {
    PROVIDER: { description: 'Google Maps (Geocoding or the Distance Matrix), possibly from the 30-day cache.' },
    FALLBACK: { description: 'The offline estimate while the maps provider is unavailable: the pincode centroid, or the straight line × 1.4.' },
    CLIENT: { description: 'A GPS pin the client supplied (kept as given; used by addresses).' },
  },
});

@ObjectType({ description: 'The vendor’s registered business address and depot location (deliveries are measured from it), geocoded when saved.' })
export class BusinessAddress {
  @Field({ description: 'First address line.' }) line1!: string;
  @Field(() => String, { nullable: true, description: 'Second address line.' }) line2!: string | null;
  @Field({ description: 'City or town.' }) city!: string;
  @Field({ description: 'Indian state or union territory.' }) state!: string;
  @Field({ description: 'Six-digit India Post PIN code.' }) pincode!: string;
  @Field(() => Float, { description: 'Depot latitude in decimal degrees.' }) latitude!: number;
  @Field(() => Float, { description: 'Depot longitude in decimal degrees.' }) longitude!: number;
  @Field({ description: 'The address as the maps provider writes it (as typed, for a GPS pin the provider cannot name, or on FALLBACK).' }) formattedAddress!: string;
  @Field(() => LocationSource, { description: 'CLIENT: the GPS pin given, kept; PROVIDER: geocoded; FALLBACK: the pincode’s centroid while the provider was unavailable.' }) locationSource!: LocationSource;
}

/** A business selling on RealServ, run by one owner user. */
@Entity({ tableName: 'vendors' })
@Index({ name: 'vendors_status_idx', properties: ['status', 'createdAt'] })
@Check({ name: 'vendors_commission_range', expression: 'commission_rate_basis_points >= 0 and commission_rate_basis_points <= 5000' })
@ObjectType({ description: 'A business selling materials and/or labour on RealServ. Anyone may read its public profile; private fields resolve for the vendor and admins only.' })
@Directive('@key(fields: "id")')
export class Vendor {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The vendor id (also the vendorId claim of its users).' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  @Unique({ name: 'vendors_owner_unique' })
  ownerUserId!: string;

  @Property({ type: 'text' })
  ownerFirebaseUid!: string;

  @Property({ type: 'text' })
  @Field({ description: 'The business’s trading name.' })
  businessName!: string;

  @Property({ type: 'string', columnType: 'char(15)' })
  @Unique({ name: 'vendors_gstin_unique' })
  gstin!: string;

  @Property({ type: 'string', columnType: 'char(10)' })
  pan!: string;

  @Property({ type: 'json' })
  businessAddress!: BusinessAddress;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'How far the vendor delivers, km (see serviceArea for its polygons).' })
  serviceRadiusKm!: number;

  /** GeoJSON MultiPolygon; when set it replaces the radius circle (service-area.ts). */
  @Property({ type: 'json', nullable: true })
  serviceAreaPolygons: (ServiceAreaPolygons & Opt) | null = null;

  @Enum({ items: () => VendorStatus, nativeEnumName: 'vendor_status' })
  @Field(() => VendorStatus, { description: 'Whether the vendor may sell (KYC pending, active, suspended).' })
  status: VendorStatus & Opt = VendorStatus.PENDING_KYC;

  @Enum({ items: () => KycStatus, nativeEnumName: 'kyc_status' })
  kycStatus: KycStatus & Opt = KycStatus.NOT_SUBMITTED;

  @Property({ type: 'text', nullable: true })
  kycRejectionReason: string | null = null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'The vendor is taking new orders right now.' })
  acceptingOrders: boolean & Opt = false;

  @Property({ type: 'integer' })
  commissionRateBasisPoints: number & Opt = 1000;

  /** Who to call about orders (private: resolved for the vendor and admins, vendor.resolver.ts). */
  @Property({ type: 'text', nullable: true })
  contactName: (string & Opt) | null = null;

  /** E.164, e.g. +919876543210. */
  @Property({ type: 'text', nullable: true })
  contactPhone: (string & Opt) | null = null;

  /** Why an admin suspended it (null unless SUSPENDED). */
  @Property({ type: 'text', nullable: true })
  suspensionReason: (string & Opt) | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the vendor onboarded.' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When the vendor’s profile last changed.' })
  updatedAt: Date & Opt = new Date();
}

@Entity({ tableName: 'kyc_documents' })
@Index({ name: 'kyc_documents_vendor_idx', properties: ['vendorId', 'createdAt'] })
@ObjectType({ description: 'A KYC document; visible to the vendor and admins only.' })
export class KycDocument {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The document id.' })
  id: string = randomUUID();

  @ManyToOne(() => Vendor, { mapToPk: true, fieldName: 'vendor_id', deleteRule: 'cascade' })
  vendorId!: string;

  @Enum({ items: () => KycDocumentType, nativeEnumName: 'kyc_document_type' })
  @Field(() => KycDocumentType, { description: 'Which document it is.' })
  type!: KycDocumentType;

  @Property({ type: 'text' })
  @Field({ description: 'Media id of the uploaded file (integrations subgraph).' })
  mediaId!: string;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When it was submitted.' })
  createdAt: Date & Opt = new Date();
}

/** Audit of admin suspensions and reactivations, newest first; visible to admins. */
@Entity({ tableName: 'vendor_status_changes' })
@Index({ name: 'vendor_status_changes_vendor_idx', properties: ['vendorId', 'createdAt'] })
@ObjectType({ description: 'An admin’s suspension or reactivation of a vendor (admins only).' })
export class VendorStatusChange {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The entry id.' })
  id: string = randomUUID();

  @ManyToOne(() => Vendor, { mapToPk: true, fieldName: 'vendor_id', deleteRule: 'cascade' })
  vendorId!: string;

  @Enum({ items: () => VendorStatus, nativeEnumName: 'vendor_status' })
  @Field(() => VendorStatus, { description: 'The status before.' })
  fromStatus!: VendorStatus;

  @Enum({ items: () => VendorStatus, nativeEnumName: 'vendor_status' })
  @Field(() => VendorStatus, { description: 'The status after.' })
  toStatus!: VendorStatus;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The admin’s reason (suspensions).' })
  reason: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The admin’s user id.' })
  adminUserId: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When it happened.' })
  createdAt: Date & Opt = new Date();
}

import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum VendorStatus {
  PENDING_KYC = 'PENDING_KYC',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(VendorStatus, { name: 'VendorStatus' });

export enum KycStatus {
  NOT_SUBMITTED = 'NOT_SUBMITTED',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(KycStatus, { name: 'KycStatus' });

export enum KycDocumentType {
  GSTIN_CERTIFICATE = 'GSTIN_CERTIFICATE',
  PAN_CARD = 'PAN_CARD',
  BANK_PROOF = 'BANK_PROOF',
}
registerEnumType(KycDocumentType, { name: 'KycDocumentType', description: 'BANK_PROOF: a cancelled cheque or bank statement.' });

@ObjectType()
export class BusinessAddress {
  @Field() line1!: string;
  @Field(() => String, { nullable: true }) line2!: string | null;
  @Field() city!: string;
  @Field() state!: string;
  @Field() pincode!: string;
  @Field(() => Float) latitude!: number;
  @Field(() => Float) longitude!: number;
}

/** A business selling on RealServ, run by one owner user. */
@Entity({ tableName: 'vendors' })
@Index({ name: 'vendors_status_idx', properties: ['status', 'createdAt'] })
@Check({ name: 'vendors_commission_range', expression: 'commission_rate_basis_points >= 0 and commission_rate_basis_points <= 5000' })
@ObjectType({ description: 'A vendor of materials and/or labour.' })
@Directive('@key(fields: "id")')
export class Vendor {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  @Unique({ name: 'vendors_owner_unique' })
  ownerUserId!: string;

  @Property({ type: 'text' })
  ownerFirebaseUid!: string;

  @Property({ type: 'text' })
  @Field()
  businessName!: string;

  @Property({ type: 'string', columnType: 'char(15)' })
  @Unique({ name: 'vendors_gstin_unique' })
  gstin!: string;

  @Property({ type: 'string', columnType: 'char(10)' })
  pan!: string;

  @Property({ type: 'json' })
  businessAddress!: BusinessAddress;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'How far the vendor delivers, km.' })
  serviceRadiusKm!: number;

  @Enum({ items: () => VendorStatus, nativeEnumName: 'vendor_status' })
  @Field(() => VendorStatus)
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

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date)
  updatedAt: Date & Opt = new Date();
}

@Entity({ tableName: 'kyc_documents' })
@Index({ name: 'kyc_documents_vendor_idx', properties: ['vendorId', 'createdAt'] })
@ObjectType({ description: 'A KYC document; visible to the vendor and admins only.' })
export class KycDocument {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @ManyToOne(() => Vendor, { mapToPk: true, fieldName: 'vendor_id', deleteRule: 'cascade' })
  vendorId!: string;

  @Enum({ items: () => KycDocumentType, nativeEnumName: 'kyc_document_type' })
  @Field(() => KycDocumentType)
  type!: KycDocumentType;

  @Property({ type: 'text' })
  @Field({ description: 'Media id of the uploaded file (integrations subgraph).' })
  mediaId!: string;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date & Opt = new Date();
}

import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum MediaPurpose {
  KYC_DOCUMENT = 'KYC_DOCUMENT',
  DELIVERY_PROOF = 'DELIVERY_PROOF',
  COD_PROOF = 'COD_PROOF',
  DISPUTE_EVIDENCE = 'DISPUTE_EVIDENCE',
  SUPPORT_ATTACHMENT = 'SUPPORT_ATTACHMENT',
  CATALOG_IMAGE = 'CATALOG_IMAGE',
}
registerEnumType(MediaPurpose, {
  name: 'MediaPurpose',
  description: 'What a file is for; decides its allowed types, maximum size, who may upload and who may read it.',
  valuesConfig: {
    KYC_DOCUMENT: { description: 'A vendor’s KYC document: PDF, JPEG or PNG up to 5 MB; vendors upload; the uploader and admins read.' },
    DELIVERY_PROOF: { description: 'A proof-of-delivery photo: JPEG or PNG up to 8 MB; vendors upload; the uploader and admins read.' },
    COD_PROOF: { description: 'A photo of a cash receipt: JPEG or PNG up to 8 MB; vendors upload; the uploader and admins read.' },
    DISPUTE_EVIDENCE: { description: 'Evidence for a dispute: JPEG, PNG or PDF up to 10 MB; buyers and vendors upload; the uploader and admins read.' },
    SUPPORT_ATTACHMENT: { description: 'A file on a support ticket message: JPEG, PNG or PDF up to 8 MB; buyers, vendors and admins upload; the uploader and admins read it here, the ticket’s participants through the ticket (TicketAttachment.url).' },
    CATALOG_IMAGE: { description: 'A catalog product image: JPEG, PNG or WebP up to 2 MB; admins upload; anyone reads.' },
  },
});

export enum MediaStatus {
  PENDING_UPLOAD = 'PENDING_UPLOAD',
  READY = 'READY',
  DELETED = 'DELETED',
}
registerEnumType(MediaStatus, {
  name: 'MediaStatus',
  description: 'Whether a file’s bytes are in and checked.',
  valuesConfig: {
    PENDING_UPLOAD: { description: 'Upload requested; PUT the bytes, then confirmUpload.' },
    READY: { description: 'Uploaded and checked (size and real type); may be used and downloaded.' },
    DELETED: { description: 'Deleted by its owner or an admin (deleteMedia): the bytes are gone and no holder may attach it.' },
  },
});

@Entity({ tableName: 'media_files' })
@Index({ name: 'media_files_owner_idx', properties: ['ownerUserId', 'createdAt'] })
@ObjectType({ description: 'An uploaded file (KYC document, delivery proof, …).' })
export class MediaFile {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The media id, given to other mutations (submitKyc, uploadDeliveryProof, …).' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  ownerUserId!: string;

  @Enum({ items: () => MediaPurpose, nativeEnumName: 'media_purpose' })
  @Field(() => MediaPurpose, { description: 'What the file is for.' })
  purpose!: MediaPurpose;

  @Property({ type: 'text' })
  storageKey!: string;

  @Property({ type: 'text' })
  @Field({ description: 'MIME type declared at requestUpload and checked against the bytes, e.g. image/jpeg.' })
  contentType!: string;

  @Property({ type: 'bigint', runtimeType: 'number' })
  @Field(() => Int, { description: 'Size in bytes, as declared and checked.' })
  sizeBytes!: number;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'SHA-256 of the content, once confirmed.' })
  checksumSha256: string | null = null;

  @Enum({ items: () => MediaStatus, nativeEnumName: 'media_status' })
  @Field(() => MediaStatus, { description: 'Pending upload, or ready.' })
  status: MediaStatus & Opt = MediaStatus.PENDING_UPLOAD;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the upload was requested.' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null = null;
}

/**
 * A record elsewhere (a KYC submission, a delivery or COD proof, a dispute, a support message, a
 * catalog material) that uses a file. Holders register it through attachMediaForService when they
 * accept the id; deleteMedia refuses while any exists. A holder that names its record (catalog:
 * the material id; vendors: the vendor id for KYC documents) releases it through
 * releaseMediaForService when the record drops the file; evidence holders never drop files.
 */
@Entity({ tableName: 'media_references' })
export class MediaReference {
  @PrimaryKey({ type: 'uuid' })
  mediaId!: string;

  /** Who holds it, e.g. vendors:KYC_DOCUMENT, orders:DISPUTE_EVIDENCE, catalog:CATALOG_IMAGE. */
  @PrimaryKey({ type: 'text' })
  holder!: string;

  /** Which of the holder's records uses it (catalog: the material id); '' for holders that do not say (they never release). */
  @PrimaryKey({ type: 'text', default: '' })
  recordId: string & Opt = '';

  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}

import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum MediaPurpose {
  KYC_DOCUMENT = 'KYC_DOCUMENT',
  DELIVERY_PROOF = 'DELIVERY_PROOF',
  COD_PROOF = 'COD_PROOF',
  DISPUTE_EVIDENCE = 'DISPUTE_EVIDENCE',
  CATALOG_IMAGE = 'CATALOG_IMAGE',
}
registerEnumType(MediaPurpose, { name: 'MediaPurpose' });

export enum MediaStatus {
  PENDING_UPLOAD = 'PENDING_UPLOAD',
  READY = 'READY',
}
registerEnumType(MediaStatus, { name: 'MediaStatus' });

@Entity({ tableName: 'media_files' })
@Index({ name: 'media_files_owner_idx', properties: ['ownerUserId', 'createdAt'] })
@ObjectType({ description: 'An uploaded file (KYC document, delivery proof, …).' })
export class MediaFile {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  ownerUserId!: string;

  @Enum({ items: () => MediaPurpose, nativeEnumName: 'media_purpose' })
  @Field(() => MediaPurpose)
  purpose!: MediaPurpose;

  @Property({ type: 'text' })
  storageKey!: string;

  @Property({ type: 'text' })
  @Field()
  contentType!: string;

  @Property({ type: 'bigint', runtimeType: 'number' })
  @Field(() => Int)
  sizeBytes!: number;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'SHA-256 of the content, once confirmed.' })
  checksumSha256: string | null = null;

  @Enum({ items: () => MediaStatus, nativeEnumName: 'media_status' })
  @Field(() => MediaStatus)
  status: MediaStatus & Opt = MediaStatus.PENDING_UPLOAD;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null = null;
}

import { Arg, Authorized, Ctx, Directive, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Length, Max, Min } from 'class-validator';
import type { RequestContext } from '@realserv/platform';
import { MediaFile, MediaPurpose } from './media.entity.js';
import type { MediaService } from './media.service.js';

@InputType({ description: 'A file to upload.' })
export class RequestUploadInput {
  @Field(() => MediaPurpose, { description: 'What the file is for; decides the allowed types and maximum size.' }) purpose!: MediaPurpose;
  @Field({ description: 'MIME type of the file, allowed for the purpose (e.g. application/pdf, image/jpeg, image/png, image/webp).' }) @Length(3, 100) contentType!: string;
  @Field(() => Int, { description: 'Exact size in bytes, 1 up to the purpose’s maximum (2–10 MB).' }) @Min(1) @Max(100 * 1024 * 1024) sizeBytes!: number;
}

@ObjectType({ description: 'PUT the file to uploadUrl (with that Content-Type and exact size) before expiresAt, then confirmUpload.' })
export class UploadTicket {
  @Field(() => MediaFile, { description: 'The file record, PENDING_UPLOAD.' }) media!: MediaFile;
  @Field({ description: 'Signed URL to PUT the bytes to, with the declared Content-Type and exact size.' }) uploadUrl!: string;
  @Field(() => Date, { description: 'When uploadUrl stops working (10 minutes after the request).' }) expiresAt!: Date;
}

@Resolver(() => MediaFile)
export class MediaResolver {
  constructor(private readonly mediaService: MediaService) {}

  @Authorized()
  @Mutation(() => UploadTicket, { description: 'Any signed-in user allowed to upload the purpose: reserves a file and returns a signed upload URL. Errors: FORBIDDEN when the caller’s role may not upload that purpose; BAD_USER_INPUT for a content type or size the purpose does not allow.' })
  async requestUpload(@Arg('input', { description: 'Purpose, content type and size.' }) input: RequestUploadInput, @Ctx() ctx: RequestContext): Promise<UploadTicket> {
    const { file, uploadUrl, expiresAt } = await this.mediaService.requestUpload(ctx, input.purpose, input.contentType, input.sizeBytes);
    return Object.assign(new UploadTicket(), { media: file, uploadUrl, expiresAt });
  }

  @Authorized()
  @Mutation(() => MediaFile, { description: 'The uploader: checks the uploaded bytes (size, real type) and keeps the file, now READY. Errors: NOT_FOUND for others’ files; CONFLICT (reason NOT_UPLOADED) before the PUT; BAD_USER_INPUT with reason SIZE_MISMATCH or TYPE_MISMATCH.' })
  confirmUpload(@Arg('mediaId', () => ID, { description: 'The id from requestUpload.' }) mediaId: string, @Ctx() ctx: RequestContext): Promise<MediaFile> {
    return this.mediaService.confirmUpload(ctx, mediaId);
  }

  @Authorized()
  @Mutation(() => MediaFile, {
    description:
      'The uploader (or an admin): deletes a file nothing uses; its bytes are removed from storage and its URLs stop working; deleting it again answers the same. Errors: NOT_FOUND for others’ files; CONFLICT (reason MEDIA_IN_USE, holders, records naming e.g. the material) while a KYC submission, delivery or COD proof, dispute, support message or catalog item uses it.',
  })
  deleteMedia(@Arg('id', () => ID, { description: 'The media id.' }) id: string, @Ctx() ctx: RequestContext): Promise<MediaFile> {
    return this.mediaService.deleteMedia(ctx, id);
  }

  @Authorized('SERVICE')
  @Directive('@inaccessible')
  @Mutation(() => [MediaFile], {
    description:
      'Peer subgraphs, when they accept media ids: records that `holder` (e.g. vendors:KYC_DOCUMENT; it must name the calling subgraph) and its record `recordId` use those that are READY with that purpose and owner, so deleteMedia refuses; idempotent; returns the files in order for the holder’s own checks (status, purpose, owner). Errors: NOT_FOUND for an unknown or deleted file; FORBIDDEN for a holder of another subgraph.',
  })
  attachMediaForService(
    @Arg('mediaIds', () => [ID], { description: 'The files accepted (at most 20).' }) mediaIds: string[],
    @Arg('holder', { description: 'Subgraph and use, e.g. orders:DISPUTE_EVIDENCE.' }) holder: string,
    @Arg('purpose', () => MediaPurpose, { description: 'The purpose the holder accepts.' }) purpose: MediaPurpose,
    @Arg('ownerUserId', () => ID, { nullable: true, description: 'Whose uploads the holder accepts (the caller it acts for); null only for public purposes (catalog images: any admin’s upload).' }) ownerUserId: string | null,
    @Arg('recordId', () => ID, { nullable: true, description: 'Which of the holder’s records uses them (catalog: the material id), so it can release them later; omitted by holders that never release.' }) recordId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<MediaFile[]> {
    return this.mediaService.attachForService(ctx, mediaIds, holder, purpose, ownerUserId, recordId);
  }

  @Authorized('SERVICE')
  @Directive('@inaccessible')
  @Mutation(() => [ID], {
    description:
      'Peer subgraphs, when a record drops files it attached (catalog: an image replaced or removed): removes that holder’s references for `recordId`, so deleteMedia may delete a file nobody else holds; a no-op for what is not held (safe to retry); returns the ids released. Errors: FORBIDDEN for a holder of another subgraph; BAD_USER_INPUT without a recordId.',
  })
  releaseMediaForService(
    @Arg('mediaIds', () => [ID], { description: 'The files dropped (at most 20).' }) mediaIds: string[],
    @Arg('holder', { description: 'The holder given when attaching, e.g. catalog:CATALOG_IMAGE.' }) holder: string,
    @Arg('recordId', () => ID, { description: 'The record given when attaching.' }) recordId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<string[]> {
    return this.mediaService.releaseForService(ctx, mediaIds, holder, recordId);
  }

  @Query(() => MediaFile, { description: 'A file: CATALOG_IMAGE files for anyone; others for their uploader and admins. Errors: NOT_FOUND for anyone else.' })
  media(@Arg('id', () => ID, { description: 'The media id.' }) id: string, @Ctx() ctx: RequestContext): Promise<MediaFile> {
    return this.mediaService.find(ctx, id);
  }

  @Directive('@inaccessible')
  @FieldResolver(() => ID, { nullable: true, description: 'For peer subgraphs: who uploaded it.' })
  ownerUserId(@Root() file: MediaFile, @Ctx() ctx: RequestContext): string | null {
    return ctx.caller?.roles.includes('SERVICE') || ctx.caller?.roles.includes('ADMIN') ? file.ownerUserId : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Download URL; null unless READY. CATALOG_IMAGE: a stable public URL under MEDIA_PUBLIC_BASE_URL (a CDN), never signed; every other purpose: a short-lived (5 minutes) signed URL.',
  })
  url(@Root() file: MediaFile): Promise<string | null> {
    return this.mediaService.downloadUrl(file);
  }
}

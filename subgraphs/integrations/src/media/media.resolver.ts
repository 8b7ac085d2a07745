import { Arg, Authorized, Ctx, Directive, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Length, Max, Min } from 'class-validator';
import type { RequestContext } from '@realserv/platform';
import { MediaFile, MediaPurpose } from './media.entity.js';
import type { MediaService } from './media.service.js';

@InputType()
export class RequestUploadInput {
  @Field(() => MediaPurpose) purpose!: MediaPurpose;
  @Field() @Length(3, 100) contentType!: string;
  @Field(() => Int) @Min(1) @Max(100 * 1024 * 1024) sizeBytes!: number;
}

@ObjectType({ description: 'PUT the file to uploadUrl (with that Content-Type and exact size) before expiresAt, then confirmUpload.' })
export class UploadTicket {
  @Field(() => MediaFile) media!: MediaFile;
  @Field() uploadUrl!: string;
  @Field(() => Date) expiresAt!: Date;
}

@Resolver(() => MediaFile)
export class MediaResolver {
  constructor(private readonly mediaService: MediaService) {}

  @Authorized()
  @Mutation(() => UploadTicket)
  async requestUpload(@Arg('input') input: RequestUploadInput, @Ctx() ctx: RequestContext): Promise<UploadTicket> {
    const { file, uploadUrl, expiresAt } = await this.mediaService.requestUpload(ctx, input.purpose, input.contentType, input.sizeBytes);
    return Object.assign(new UploadTicket(), { media: file, uploadUrl, expiresAt });
  }

  @Authorized()
  @Mutation(() => MediaFile, { description: 'Checks the uploaded bytes (size, real type) and keeps the file.' })
  confirmUpload(@Arg('mediaId', () => ID) mediaId: string, @Ctx() ctx: RequestContext): Promise<MediaFile> {
    return this.mediaService.confirmUpload(ctx, mediaId);
  }

  @Query(() => MediaFile, { description: 'A file, for those allowed to see its purpose.' })
  media(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<MediaFile> {
    return this.mediaService.find(ctx, id);
  }

  @Directive('@inaccessible')
  @FieldResolver(() => ID, { nullable: true, description: 'For peer subgraphs: who uploaded it.' })
  ownerUserId(@Root() file: MediaFile, @Ctx() ctx: RequestContext): string | null {
    return ctx.caller?.roles.includes('SERVICE') || ctx.caller?.roles.includes('ADMIN') ? file.ownerUserId : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Short-lived signed download URL (READY files).' })
  url(@Root() file: MediaFile): Promise<string | null> {
    return this.mediaService.downloadUrl(file);
  }
}

import { Arg, Authorized, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { ValidationError, assertId, type RequestContext } from '@realserv/platform';
import { MediaFile, MediaPurpose, MediaStatus } from './media.entity.js';
import type { MediaService } from './media.service.js';

/** Most ids one call may name (a ticket's messages or a page of disputes). */
export const MAX_MEDIA_DOWNLOADS = 200;

@ObjectType({ description: 'Peer subgraphs: a file and a short-lived link to it, for a caller the peer has authorised.' })
export class MediaDownload {
  @Field(() => ID, { description: 'The media id.' }) id!: string;
  @Field(() => MediaPurpose, { description: 'What the file is for.' }) purpose!: MediaPurpose;
  @Field(() => ID, { description: 'Who uploaded it.' }) ownerUserId!: string;
  @Field({ description: 'MIME type.' }) contentType!: string;
  @Field(() => String, { nullable: true, description: 'Signed download URL (5 minutes); null until the file is READY.' }) url!: string | null;
}

/**
 * One call for many files' download links: peers (orders' ticket attachments and dispute
 * evidence) batch a request's files into it with a DataLoader instead of one `media(id)` each.
 * The peer decides who may see a file; unknown ids are left out of the answer.
 */
@Resolver()
export class MediaDownloadsResolver {
  constructor(private readonly mediaService: MediaService) {}

  @Authorized('SERVICE')
  @Directive('@inaccessible')
  @Query(() => [MediaDownload], { description: 'Peer subgraphs: the files among ids (at most 200) with signed download URLs, in no particular order; unknown ids are left out.' })
  async mediaDownloadsForService(
    @Arg('ids', () => [ID], { description: 'Media ids.' }) ids: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<MediaDownload[]> {
    if (ids.length > MAX_MEDIA_DOWNLOADS) throw new ValidationError(`At most ${MAX_MEDIA_DOWNLOADS} ids.`, { field: 'ids', reason: 'TOO_MANY' });
    const unique = [...new Set(ids.map((id) => assertId(id, 'ids')))];
    if (unique.length === 0) return [];
    const files = await ctx.em.find(MediaFile, { id: { $in: unique } });
    return Promise.all(
      files.map(async (file) =>
        Object.assign(new MediaDownload(), {
          id: file.id,
          purpose: file.purpose,
          ownerUserId: file.ownerUserId,
          contentType: file.contentType,
          url: file.status === MediaStatus.READY ? await this.mediaService.downloadUrl(file) : null,
        }),
      ),
    );
  }
}

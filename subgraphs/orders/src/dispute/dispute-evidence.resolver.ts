import { Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@realserv/platform';
import type { MediaDownloads } from '../ports/media-downloads.js';
import { Dispute } from './dispute.entity.js';
import { DisputeActor } from './dispute-enums.js';
import { canSeeDispute } from './dispute-queries.js';

@ObjectType({ description: 'A file of dispute evidence, with a link for the dispute’s participants.' })
export class DisputeEvidenceFile {
  @Field(() => ID, { description: 'The media id (purpose DISPUTE_EVIDENCE).' }) mediaId!: string;
  @Field(() => DisputeActor, { description: 'Whose evidence it is: BUYER (with the claim) or VENDOR (with its response).' }) providedBy!: DisputeActor;
  @Field(() => String, { nullable: true, description: 'A download link valid for 5 minutes; null if the file is gone.' }) url!: string | null;
}

/**
 * Both sides' evidence for everyone taking part in the dispute: the buyer sees the vendor's
 * contest evidence and the vendor the buyer's photos. Integrations lets only the uploader and
 * admins read DISPUTE_EVIDENCE directly; here orders decides (the dispute's participants,
 * `canSeeDispute`) and integrations signs the links, all of a request's files in one call.
 */
@Resolver(() => Dispute)
export class DisputeEvidenceResolver {
  constructor(private readonly downloads: MediaDownloads) {}

  @FieldResolver(() => [DisputeEvidenceFile], { description: 'Both sides’ evidence with download links (the buyer, the order’s vendor and admins).' })
  async evidence(@Root() dispute: Dispute, @Ctx() ctx: RequestContext): Promise<DisputeEvidenceFile[]> {
    if (!canSeeDispute(ctx, dispute)) return [];
    const files = [
      ...dispute.evidenceMediaIds.map((mediaId) => ({ mediaId, providedBy: DisputeActor.BUYER })),
      ...dispute.vendorEvidenceMediaIds.map((mediaId) => ({ mediaId, providedBy: DisputeActor.VENDOR })),
    ];
    return Promise.all(files.map(async (f) => Object.assign(new DisputeEvidenceFile(), { ...f, url: await this.downloads.url(ctx, f.mediaId, 'DISPUTE_EVIDENCE') })));
  }
}

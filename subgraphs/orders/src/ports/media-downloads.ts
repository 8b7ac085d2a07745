import DataLoader from 'dataloader';
import type { PeerClient, RequestContext } from '@realserv/platform';
import { MediaDownloadsDocument } from './generated/integrations.js';

export interface MediaDownloadLink {
  id: string;
  purpose: string;
  url: string | null;
}

/**
 * Download links of files integrations keeps, one peer call per request however many files the
 * answer shows: a per-request DataLoader batches every `load(id)` of a tick into one
 * `mediaDownloadsForService`. Callers authorise first (a ticket's or dispute's participants).
 */
export class MediaDownloads {
  /** One factory per instance: the request's LoaderRegistry keeps one loader per factory. */
  readonly loader: (ctx: RequestContext) => DataLoader<string, MediaDownloadLink | null>;

  constructor(integrations: PeerClient) {
    this.loader = (ctx) =>
      new DataLoader<string, MediaDownloadLink | null>(
        async (ids) => {
          const { mediaDownloadsForService: files } = await integrations.request(MediaDownloadsDocument, { ids: [...ids] }, ctx.requestId);
          const byId = new Map(files.map((f) => [f.id.toLowerCase(), f]));
          return ids.map((id) => byId.get(id) ?? null);
        },
        { cacheKeyFn: (id) => id.toLowerCase(), maxBatchSize: 200 },
      );
  }

  /** The file's link; null when integrations does not know it, it is not READY or not of `purpose` (checked when attached; kept as a guard). */
  async url(ctx: RequestContext, mediaId: string, purpose: 'SUPPORT_ATTACHMENT' | 'DISPUTE_EVIDENCE'): Promise<string | null> {
    const file = await ctx.loaders.get(this.loader).load(mediaId.toLowerCase());
    return file && file.purpose === purpose ? file.url : null;
  }
}

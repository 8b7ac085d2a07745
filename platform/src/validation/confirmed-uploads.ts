import { Counter } from 'prom-client';
import { NotFoundError, ValidationError } from '../errors.js';
import { metricsRegistry } from '../http/metrics.js';

const releaseFailures = new Counter({
  name: 'media_reference_release_failed_total',
  help: 'Files a record dropped whose reference could not be released in integrations after the commit, by holder (they stay undeletable until released)',
  labelNames: ['holder'] as const,
  registers: [metricsRegistry],
});

/**
 * A holder dropped files (a material's replaced image, a resubmitted KYC document) and the
 * release call after its commit failed: the references stay (the safe side: deleteMedia keeps
 * refusing), counted here per holder for an operator to release (docs/media.md).
 */
export function countFailedMediaRelease(holder: string, files: number): void {
  releaseFailures.inc({ holder }, files);
}

/** What integrations answers for a file it attached (attachMediaForService): enough to check it. */
export interface AttachedUpload {
  id: string;
  status: string;
  purpose: string;
  ownerUserId?: string | null;
}

export interface UploadRule {
  /** The MediaPurpose the files must have been uploaded for, e.g. 'KYC_DOCUMENT'. */
  purpose: string;
  /** The input field that carried the ids: the `field` of the BAD_USER_INPUT. */
  field: string;
  /** Whose uploads they must be; null for public content any admin's upload may serve (catalog images). */
  ownerUserId: string | null;
}

/**
 * Media ids a caller hands another subgraph must be confirmed uploads (status READY) of the
 * expected purpose by the caller. `attach` asks integrations (attachMediaForService, as SERVICE),
 * which records the subgraph as a holder (deleteMedia then refuses); it stays the subgraph's own
 * call, with its generated document. Ids are matched case-insensitively and deduplicated; none is
 * no call and no files. Returns the files in the order of the (deduplicated) ids; otherwise
 * BAD_USER_INPUT with `field` and reason UNKNOWN_MEDIA (integrations does not know one),
 * MEDIA_NOT_CONFIRMED, WRONG_MEDIA_PURPOSE or NOT_YOUR_MEDIA.
 */
export async function confirmedUploads<T extends AttachedUpload>(mediaIds: readonly string[], rule: UploadRule, attach: (ids: string[]) => Promise<readonly T[]>): Promise<T[]> {
  const { purpose, field, ownerUserId } = rule;
  const ids = [...new Set(mediaIds.map((id) => id.toLowerCase()))];
  if (!ids.length) return [];
  const unknown = (id?: string) => new ValidationError(id ? `${field}: ${id} is not an uploaded file.` : `${field}: not an uploaded file.`, { field, reason: 'UNKNOWN_MEDIA' });
  let attached: readonly T[];
  try {
    attached = await attach(ids);
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ValidationError) throw unknown(ids.length === 1 ? ids[0] : undefined);
    throw error;
  }
  const byId = new Map(attached.map((media) => [media.id.toLowerCase(), media]));
  return ids.map((id) => {
    const media = byId.get(id);
    if (!media) throw unknown(id);
    if (media.status !== 'READY') throw new ValidationError(`${field}: ${id} was not confirmed.`, { field, reason: 'MEDIA_NOT_CONFIRMED' });
    if (media.purpose !== purpose) throw new ValidationError(`${field}: ${id} is not a ${purpose} upload.`, { field, reason: 'WRONG_MEDIA_PURPOSE' });
    if (ownerUserId !== null && media.ownerUserId !== ownerUserId) throw new ValidationError(`${field}: ${id} was uploaded by someone else.`, { field, reason: 'NOT_YOUR_MEDIA' });
    return media;
  });
}

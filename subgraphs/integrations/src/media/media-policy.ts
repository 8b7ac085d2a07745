import type { Role } from '@realserv/platform';

/** What each kind of upload may be, who may upload it and who may read it. Pure data and rules. */
export type MediaPurposeName = 'KYC_DOCUMENT' | 'DELIVERY_PROOF' | 'COD_PROOF' | 'DISPUTE_EVIDENCE' | 'SUPPORT_ATTACHMENT' | 'CATALOG_IMAGE';

export interface PurposePolicy {
  contentTypes: readonly string[];
  maxBytes: number;
  uploaders: readonly Role[];
  /** Who besides the uploader and admins may read it; 'PUBLIC' for anyone. */
  readers: readonly Role[] | 'PUBLIC';
}

const MB = 1024 * 1024;
export const MEDIA_POLICIES: Record<MediaPurposeName, PurposePolicy> = {
  KYC_DOCUMENT: { contentTypes: ['application/pdf', 'image/jpeg', 'image/png'], maxBytes: 5 * MB, uploaders: ['VENDOR'], readers: [] },
  DELIVERY_PROOF: { contentTypes: ['image/jpeg', 'image/png'], maxBytes: 8 * MB, uploaders: ['VENDOR'], readers: [] },
  COD_PROOF: { contentTypes: ['image/jpeg', 'image/png'], maxBytes: 8 * MB, uploaders: ['VENDOR'], readers: [] },
  DISPUTE_EVIDENCE: { contentTypes: ['image/jpeg', 'image/png', 'application/pdf'], maxBytes: 10 * MB, uploaders: ['BUYER', 'VENDOR'], readers: [] },
  // Support tickets' participants download them through the ticket (orders checks who takes part).
  SUPPORT_ATTACHMENT: { contentTypes: ['image/jpeg', 'image/png', 'application/pdf'], maxBytes: 8 * MB, uploaders: ['BUYER', 'VENDOR', 'ADMIN'], readers: [] },
  CATALOG_IMAGE: { contentTypes: ['image/jpeg', 'image/png', 'image/webp'], maxBytes: 2 * MB, uploaders: ['ADMIN'], readers: 'PUBLIC' },
};

/** The type a file really is, from its first bytes (a declared type is not trusted). */
export function sniffContentType(head: Buffer): string | null {
  if (head.length >= 4 && head.subarray(0, 4).toString('latin1') === '%PDF') return 'application/pdf';
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head.length >= 8 && head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (head.length >= 12 && head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  return null;
}

import { createHash } from 'node:crypto';
import type { Router } from 'express';

export interface StoredObject {
  sizeBytes: number;
  sha256: string;
  head: Buffer;
}

/**
 * Where media bytes live. Clients upload and download directly with short-lived signed URLs.
 * Uploads go to a staging key; confirmation copies them to a final key that no URL can write
 * (a valid presigned S3 PUT cannot be revoked, so staging → final is what makes a confirmed file
 * immutable on both adapters).
 */
export interface MediaStorage {
  uploadUrl(key: string, contentType: string, sizeBytes: number, expiresInSeconds: number): Promise<string>;
  downloadUrl(key: string, expiresInSeconds: number): Promise<string>;
  /** Size, SHA-256 and the first bytes of a stored object, or null if nothing was uploaded. */
  inspect(key: string): Promise<StoredObject | null>;
  /** Copies a staging object to a new final key, then inspects the final bytes (null if nothing was staged). */
  promote(stagingKey: string, finalKey: string): Promise<StoredObject | null>;
  remove(key: string): Promise<void>;
  /** HTTP routes the adapter serves itself (the local adapter's signed URLs). */
  routes?(router: Router): void;
  /** Releases what the adapter holds (its S3 client's sockets); called on shutdown. */
  close?(): void;
}

/** Upload URLs are signed only for keys under this prefix; final keys are never writable by URL. */
export const STAGING_PREFIX = 'incoming';
export const isStagingKey = (key: string) => key.startsWith(`${STAGING_PREFIX}/`);

/** Final keys of PUBLIC purposes (catalog images): the only prefix a CDN (or the local /media/public route) serves unsigned. */
export const PUBLIC_PREFIX = 'catalog_image';

/** What `inspect` reports about stored bytes. */
export const factsOf = (bytes: Buffer): StoredObject => ({ sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), head: bytes.subarray(0, 16) });

import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { constants as fsConstants, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import express, { type Router } from 'express';
import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

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
}

/** Upload URLs are signed only for keys under this prefix; final keys are never writable by URL. */
export const STAGING_PREFIX = 'incoming';
export const isStagingKey = (key: string) => key.startsWith(`${STAGING_PREFIX}/`);

const isMissing = (error: unknown) => ['NotFound', 'NoSuchKey'].includes((error as { name?: string }).name ?? '');
const factsOf = (bytes: Buffer): StoredObject => ({ sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), head: bytes.subarray(0, 16) });

/** Production: S3, with presigned PUT (type and length signed in) and GET URLs. */
export class S3MediaStorage implements MediaStorage {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async uploadUrl(key: string, contentType: string, sizeBytes: number, expiresInSeconds: number): Promise<string> {
    if (!isStagingKey(key)) throw new Error('Upload URLs are only signed for staging keys');
    return getSignedUrl(this.s3, new PutObjectCommand({ Bucket: this.bucket, Key: key, ContentType: contentType, ContentLength: sizeBytes }), {
      expiresIn: expiresInSeconds,
    });
  }

  downloadUrl(key: string, expiresInSeconds: number): Promise<string> {
    return getSignedUrl(this.s3, new GetObjectCommand({ Bucket: this.bucket, Key: key }), { expiresIn: expiresInSeconds });
  }

  async inspect(key: string): Promise<StoredObject | null> {
    try {
      // One GET: the hash and the size describe the same bytes (a HEAD first could see another version).
      const object = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return factsOf(Buffer.from(await object.Body!.transformToByteArray()));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async promote(stagingKey: string, finalKey: string): Promise<StoredObject | null> {
    try {
      // Server-side copy; the final key is never presigned for PUT, so its bytes stay as copied.
      await this.s3.send(new CopyObjectCommand({ Bucket: this.bucket, Key: finalKey, CopySource: `${this.bucket}/${stagingKey}` }));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    return this.inspect(finalKey);
  }

  async remove(key: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}

/**
 * Local default and tests: files on disk, served by this service behind HMAC-signed, expiring
 * URLs that carry the same constraints S3 signs (method, key, content type, exact length).
 */
export class LocalMediaStorage implements MediaStorage {
  constructor(
    private readonly directory: string,
    private readonly publicBaseUrl: string,
    private readonly signingKey: string,
  ) {
    mkdirSync(directory, { recursive: true });
  }

  async uploadUrl(key: string, contentType: string, sizeBytes: number, expiresInSeconds: number): Promise<string> {
    if (!isStagingKey(key)) throw new Error('Upload URLs are only signed for staging keys');
    return this.signed('PUT', key, expiresInSeconds, { type: contentType, size: String(sizeBytes) });
  }

  async downloadUrl(key: string, expiresInSeconds: number): Promise<string> {
    return this.signed('GET', key, expiresInSeconds, {});
  }

  async inspect(key: string): Promise<StoredObject | null> {
    const path = this.pathOf(key);
    if (!existsSync(path)) return null;
    return factsOf(readFileSync(path));
  }

  async promote(stagingKey: string, finalKey: string): Promise<StoredObject | null> {
    const from = this.pathOf(stagingKey);
    if (!existsSync(from)) return null;
    const to = this.pathOf(finalKey);
    mkdirSync(dirname(to), { recursive: true });
    // The final file is inspected after the copy, so a PUT racing the copy only changes what gets
    // checked and recorded, never bytes after their checksum was recorded.
    copyFileSync(from, to, fsConstants.COPYFILE_EXCL);
    return this.inspect(finalKey);
  }

  async remove(key: string): Promise<void> {
    rmSync(this.pathOf(key), { force: true });
  }

  /** PUT/GET /media/object?key=…&exp=…&type=…&size=…&sig=… */
  routes(router: Router): void {
    router.put('/media/object', express.raw({ type: '*/*', limit: '20mb' }), (req, res) => {
      const check = this.verify('PUT', req.query as Record<string, string>);
      if (!check.ok) {
        res.status(403).json({ error: check.reason });
        return;
      }
      const params = req.query as Record<string, string>;
      // URLs signed before staging keys existed pointed at what became the confirmed file.
      if (!isStagingKey(params.key!)) {
        res.status(409).json({ error: 'confirmed files cannot be overwritten' });
        return;
      }
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (req.header('content-type') !== params.type) {
        res.status(400).json({ error: 'content-type differs from the signed one' });
        return;
      }
      if (body.length !== Number(params.size)) {
        res.status(400).json({ error: 'body length differs from the signed size' });
        return;
      }
      const path = this.pathOf(params.key!);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, body);
      res.status(200).end();
    });
    router.get('/media/object', (req, res) => {
      const params = req.query as Record<string, string>;
      const check = this.verify('GET', params);
      if (!check.ok) {
        res.status(403).json({ error: check.reason });
        return;
      }
      const path = this.pathOf(params.key!);
      if (!existsSync(path)) {
        res.status(404).end();
        return;
      }
      res.status(200).send(readFileSync(path));
    });
  }

  private signed(method: string, key: string, expiresInSeconds: number, extra: Record<string, string>): string {
    const exp = String(Math.floor(Date.now() / 1000) + expiresInSeconds);
    const params = new URLSearchParams({ key, exp, ...extra });
    params.set('sig', this.mac(method, params));
    return `${this.publicBaseUrl}/media/object?${params.toString()}`;
  }

  private verify(method: string, query: Record<string, string>): { ok: true } | { ok: false; reason: string } {
    const { sig, ...rest } = query;
    if (!sig || !rest.key || !rest.exp) return { ok: false, reason: 'unsigned' };
    if (Number(rest.exp) < Date.now() / 1000) return { ok: false, reason: 'expired' };
    const params = new URLSearchParams(rest);
    const expected = Buffer.from(this.mac(method, params), 'base64url');
    const given = Buffer.from(sig, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad signature' };
    return { ok: true };
  }

  private mac(method: string, params: URLSearchParams): string {
    const canonical = [...params.entries()].filter(([k]) => k !== 'sig').sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join('&');
    return createHmac('sha256', this.signingKey).update(`${method}\n${canonical}`).digest('base64url');
  }

  private pathOf(key: string): string {
    if (!/^[a-z0-9_-]+\/[0-9a-f-]{36}$/.test(key)) throw new Error('Invalid media key');
    return join(this.directory, key);
  }
}

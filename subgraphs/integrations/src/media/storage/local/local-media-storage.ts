import { createHmac, timingSafeEqual } from 'node:crypto';
import { constants as fsConstants, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import express, { type Router } from 'express';
import { sniffContentType } from '../../media-policy.js';
import { PUBLIC_PREFIX, factsOf, isStagingKey, type MediaStorage, type StoredObject } from '../media-storage.js';

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
    // The CDN stand-in: PUBLIC purposes (catalog images) only, unsigned, cacheable.
    router.get('/media/public/:prefix/:id', (req, res) => {
      const key = `${req.params.prefix}/${req.params.id}`;
      if (req.params.prefix !== PUBLIC_PREFIX || !/^[0-9a-f-]{36}$/.test(req.params.id)) {
        res.status(404).end();
        return;
      }
      const path = this.pathOf(key);
      if (!existsSync(path)) {
        res.status(404).end();
        return;
      }
      const bytes = readFileSync(path);
      res.set({ 'cache-control': 'public, max-age=31536000, immutable', 'content-type': sniffContentType(bytes) ?? 'application/octet-stream' }).status(200).send(bytes);
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

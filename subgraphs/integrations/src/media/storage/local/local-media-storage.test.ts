import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalMediaStorage } from './local-media-storage.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('local media storage', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'media-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('copies staging to a final file that later staging writes do not change, and never overwrites a final file', async () => {
    const storage = new LocalMediaStorage(directory, 'http://localhost', 'k'.repeat(32));
    const id = randomUUID();
    const original = Buffer.from('%PDF-1.7 original');
    mkdirSync(join(directory, 'incoming'));
    writeFileSync(join(directory, 'incoming', id), original);
    const final = `kyc_document/${randomUUID()}`;
    expect((await storage.promote(`incoming/${id}`, final))?.sha256).toBe(sha256(original));

    writeFileSync(join(directory, 'incoming', id), Buffer.from('%PDF-1.7 forged!!'));
    expect((await storage.inspect(final))?.sha256).toBe(sha256(original));
    await expect(storage.promote(`incoming/${id}`, final)).rejects.toThrow();
    expect((await storage.inspect(final))?.sha256).toBe(sha256(original));
    expect(await storage.promote(`incoming/${randomUUID()}`, `kyc_document/${randomUUID()}`)).toBeNull();
  });

  it('signs upload URLs for staging keys only', async () => {
    const storage = new LocalMediaStorage(directory, 'http://localhost', 'k'.repeat(32));
    await expect(storage.uploadUrl(`kyc_document/${randomUUID()}`, 'application/pdf', 10, 60)).rejects.toThrow(/staging/);
    expect(await storage.uploadUrl(`incoming/${randomUUID()}`, 'application/pdf', 10, 60)).toMatch(/key=incoming%2F/);
  });
});

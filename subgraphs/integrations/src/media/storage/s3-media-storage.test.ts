import { createHash, randomUUID } from 'node:crypto';
import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { S3MediaStorage } from './s3-media-storage.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** An in-memory bucket answering the three commands the adapter sends besides presigning. */
function fakeS3(objects: Map<string, Buffer>): { client: S3Client; sent: unknown[] } {
  const sent: unknown[] = [];
  const missing = () => Object.assign(new Error('NoSuchKey'), { name: 'NoSuchKey' });
  const send = async (command: unknown) => {
    sent.push(command);
    if (command instanceof CopyObjectCommand) {
      const source = command.input.CopySource!.replace(/^bucket\//, '');
      const bytes = objects.get(source);
      if (!bytes) throw missing();
      objects.set(command.input.Key!, Buffer.from(bytes));
      return {};
    }
    if (command instanceof GetObjectCommand) {
      const bytes = objects.get(command.input.Key!);
      if (!bytes) throw missing();
      return { Body: { transformToByteArray: async () => new Uint8Array(bytes) } };
    }
    if (command instanceof DeleteObjectCommand) {
      objects.delete(command.input.Key!);
      return {};
    }
    throw new Error('unexpected command');
  };
  return { client: { send } as unknown as S3Client, sent };
}

describe('S3 media storage: confirmed bytes live under a key no URL writes', () => {
  it('promotes staging to final with a server-side copy and hashes the final bytes; later staging writes do not reach it', async () => {
    const objects = new Map<string, Buffer>();
    const { client, sent } = fakeS3(objects);
    const storage = new S3MediaStorage(client, 'bucket');
    const id = randomUUID();
    const original = Buffer.from('%PDF-1.7 original');
    objects.set(`incoming/${id}`, original);

    const final = `kyc_document/${randomUUID()}`;
    const stored = await storage.promote(`incoming/${id}`, final);
    expect(stored).toEqual({ sizeBytes: original.length, sha256: sha256(original), head: original.subarray(0, 16) });
    expect(sent[0]).toBeInstanceOf(CopyObjectCommand);
    expect((sent[0] as CopyObjectCommand).input).toMatchObject({ Bucket: 'bucket', Key: final, CopySource: `bucket/incoming/${id}` });

    objects.set(`incoming/${id}`, Buffer.from('%PDF-1.7 forged!!'));
    expect((await storage.inspect(final))?.sha256).toBe(sha256(original));
    expect(await storage.promote(`incoming/${randomUUID()}`, `kyc_document/${randomUUID()}`)).toBeNull();
  });

  it('signs upload URLs for staging keys only', async () => {
    const storage = new S3MediaStorage(fakeS3(new Map()).client, 'bucket');
    await expect(storage.uploadUrl(`kyc_document/${randomUUID()}`, 'application/pdf', 10, 60)).rejects.toThrow(/staging/);
  });
});

import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { factsOf, isStagingKey, type MediaStorage, type StoredObject } from './media-storage.js';

const isMissing = (error: unknown) => ['NotFound', 'NoSuchKey'].includes((error as { name?: string }).name ?? '');

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

  close(): void {
    this.s3.destroy();
  }
}

import { MEDIA_POLICIES, sniffContentType } from './media-policy.js';

describe('media policy', () => {
  it('recognises PDF, JPEG, PNG and WebP by their first bytes, and nothing else', () => {
    expect(sniffContentType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffContentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffContentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffContentType(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffContentType(Buffer.from('<html><script>'))).toBeNull();
    expect(sniffContentType(Buffer.from(''))).toBeNull();
  });

  it('keeps KYC documents private to the vendor (and admins) and small', () => {
    expect(MEDIA_POLICIES.KYC_DOCUMENT.readers).toEqual([]);
    expect(MEDIA_POLICIES.KYC_DOCUMENT.maxBytes).toBe(5 * 1024 * 1024);
    expect(MEDIA_POLICIES.CATALOG_IMAGE.readers).toBe('PUBLIC');
    expect(MEDIA_POLICIES.DELIVERY_PROOF.contentTypes).not.toContain('application/pdf');
  });
});

import { NotFoundError, ValidationError } from '../errors.js';
import { confirmedUploads, type AttachedUpload } from './confirmed-uploads.js';

const OWNER = 'user-1';
const RULE = { purpose: 'COD_PROOF', field: 'proofMediaId', ownerUserId: OWNER };
type File = AttachedUpload & { sizeBytes: number };
const file = (id: string, over: Partial<File> = {}): File => ({ id, status: 'READY', purpose: 'COD_PROOF', ownerUserId: OWNER, sizeBytes: 10, ...over });

async function refusal(promise: Promise<unknown>): Promise<{ code: string; details: unknown }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return { code: (error as ValidationError).code, details: (error as ValidationError).details };
}

describe('confirmedUploads', () => {
  it('returns the files in the order asked, ids deduplicated case-insensitively, as attach returned them', async () => {
    const asked: string[][] = [];
    const files = await confirmedUploads(['B', 'a', 'b'], RULE, async (ids) => {
      asked.push(ids);
      return [file('a'), file('b', { sizeBytes: 20 })];
    });
    expect(asked).toEqual([['b', 'a']]);
    expect(files.map((f) => [f.id, f.sizeBytes])).toEqual([
      ['b', 20],
      ['a', 10],
    ]);
  });

  it('no ids: no call, no files', async () => {
    let calls = 0;
    expect(await confirmedUploads([], RULE, async () => (calls++, [file('a')]))).toEqual([]);
    expect(calls).toBe(0);
  });

  it.each([
    ['MEDIA_NOT_CONFIRMED', { status: 'PENDING' }],
    ['WRONG_MEDIA_PURPOSE', { purpose: 'KYC_DOCUMENT' }],
    ['NOT_YOUR_MEDIA', { ownerUserId: 'user-2' }],
    ['NOT_YOUR_MEDIA', { ownerUserId: null }],
  ])('BAD_USER_INPUT %s on the input field', async (reason, over) => {
    expect(await refusal(confirmedUploads(['a'], RULE, async () => [file('a', over)]))).toEqual({ code: 'BAD_USER_INPUT', details: { field: 'proofMediaId', reason } });
  });

  it('UNKNOWN_MEDIA when integrations does not know a file or leaves one out', async () => {
    const unknown = { code: 'BAD_USER_INPUT', details: { field: 'attachmentIds', reason: 'UNKNOWN_MEDIA' } };
    const rule = { ...RULE, field: 'attachmentIds' };
    expect(await refusal(confirmedUploads(['a'], rule, () => Promise.reject(new NotFoundError('Media', 'a'))))).toEqual(unknown);
    expect(await refusal(confirmedUploads(['a', 'b'], rule, () => Promise.reject(new ValidationError('bad id'))))).toEqual(unknown);
    expect(await refusal(confirmedUploads(['a', 'b'], rule, async () => [file('a')]))).toEqual(unknown);
  });

  it('a rule without an owner (public content: catalog images) takes any uploader’s file, still checking status and purpose', async () => {
    const anyOwner = { ...RULE, ownerUserId: null };
    expect(await confirmedUploads(['a'], anyOwner, async () => [file('a', { ownerUserId: 'someone-else' })])).toHaveLength(1);
    expect(await refusal(confirmedUploads(['a'], anyOwner, async () => [file('a', { status: 'PENDING' })]))).toEqual({ code: 'BAD_USER_INPUT', details: { field: 'proofMediaId', reason: 'MEDIA_NOT_CONFIRMED' } });
  });

  it('other failures (integrations down) pass through unchanged', async () => {
    const down = new Error('connect ECONNREFUSED');
    await expect(confirmedUploads(['a'], RULE, () => Promise.reject(down))).rejects.toBe(down);
  });
});

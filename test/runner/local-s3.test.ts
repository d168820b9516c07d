import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultServerS3Dir, LocalS3 } from '../../src/integrations/local-s3/local-s3.js';
import { performObjectIo } from '../../src/integrations/local-s3/perform.js';

function store(): { s3: LocalS3; root: string } {
  const root = mkdtempSync(join(tmpdir(), 'sw-local-s3-'));
  mkdirSync(join(root, 'b'));
  return { s3: new LocalS3(root), root };
}

describe('LocalS3: a folder standing in for S3', () => {
  it('puts and gets objects at <root>/<bucket>/<key>, keys with / as subfolders', async () => {
    const { s3, root } = store();
    await s3.put('b', 'a/b/c.json', '{"x":1}');
    expect(await s3.get('b', 'a/b/c.json')).toBe('{"x":1}');
    expect(readdirSync(join(root, 'b', 'a', 'b'))).toEqual(['c.json']);
    await s3.put('b', 'a/b/c.json', 'again');
    expect(await s3.get('b', 'a/b/c.json')).toBe('again');
  });

  it('refuses keys that leave the bucket folder, and bad bucket names', async () => {
    const { s3, root } = store();
    writeFileSync(join(root, 'secret.txt'), 'no');
    for (const key of ['../secret.txt', 'a/../../secret.txt', '/abs', 'a//b', './x', 'a\\b', '']) {
      await expect(s3.get('b', key), key).rejects.toMatchObject({ code: 'InvalidArgument', status: 400 });
    }
    await expect(s3.put('b', '../escape.txt', 'x')).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(s3.get('..', 'secret.txt')).rejects.toMatchObject({ code: 'InvalidBucketName' });
    await expect(s3.get('b/../..', 'x')).rejects.toMatchObject({ code: 'InvalidBucketName' });
  });

  it('reports NoSuchBucket / NoSuchKey as S3 does, and never creates buckets', async () => {
    const { s3 } = store();
    await expect(s3.get('nope', 'k')).rejects.toMatchObject({ code: 'NoSuchBucket', status: 404 });
    await expect(s3.put('nope', 'k', 'x')).rejects.toMatchObject({ code: 'NoSuchBucket' });
    await expect(s3.get('b', 'k')).rejects.toMatchObject({ code: 'NoSuchKey', message: 'The specified key does not exist.' });
  });

  it('lists in UTF-8 byte order, filtered by prefix', async () => {
    const { s3 } = store();
    for (const k of ['p/z', 'p/a', 'p/\u00e9', 'p/B', 'q/a', 'p0']) await s3.put('b', k, k);
    expect((await s3.list('b', 'p/', false)).map((o) => o.Key)).toEqual(['p/B', 'p/a', 'p/z', 'p/\u00e9']);
    expect((await s3.list('b', 'p', true)).map((o) => [o.Key, o.Body])).toEqual([['p/B', 'p/B'], ['p/a', 'p/a'], ['p/z', 'p/z'], ['p/\u00e9', 'p/\u00e9'], ['p0', 'p0']]);
  });

  it('performObjectIo turns answers and errors into deliveries', async () => {
    const { s3 } = store();
    const cmd = { kind: 'ObjectIo' as const, threadId: 1, ticket: 7, stateName: 'M' };
    expect(await performObjectIo(s3, { ...cmd, request: { action: 'putObjects', bucket: 'b', objects: [{ key: 'k', body: 'v' }] } })).toEqual({ kind: 'TaskSucceeded', threadId: 1, ticket: 7, output: { written: 1 } });
    expect(await performObjectIo(s3, { ...cmd, request: { action: 'getObject', bucket: 'b', key: 'k' } })).toEqual({ kind: 'TaskSucceeded', threadId: 1, ticket: 7, output: { body: 'v' } });
    expect(await performObjectIo(s3, { ...cmd, request: { action: 'getObject', bucket: 'b', key: 'missing' } })).toEqual({
      kind: 'TaskFailed', threadId: 1, ticket: 7, error: 'NoSuchKey', cause: 'The specified key does not exist. (Service: S3, Status Code: 404, Error Code: NoSuchKey)',
    });
  });

  it('defaults: <data>/s3 for the server, ./.stepwise-s3 when the data is in memory', () => {
    expect(defaultServerS3Dir('/var/lib/stepwise')).toBe(join('/var/lib/stepwise', 's3'));
    expect(defaultServerS3Dir(':memory:')).toBe('.stepwise-s3');
  });
});

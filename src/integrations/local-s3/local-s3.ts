import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { ListedObject } from '../../asl/interpreter/object-io.js';
import { noSuchBucket, noSuchKey, S3Error, type ObjectStore } from './object-store.js';

/** Marks a file being written (then renamed into place): never listed, never read. */
const TEMP_MARK = '.stepwise-tmp-';

/**
 * A local folder standing in for S3: `<root>/<Bucket>/<Key>`, where each `/` of the key is a
 * subfolder. A bucket is a folder that must exist (as in S3, nothing creates buckets);
 * keys that would leave their bucket's folder (`..`, `.`, empty segments, backslashes) are
 * refused.
 */
export class LocalS3 implements ObjectStore {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async get(bucket: string, key: string): Promise<string> {
    const dir = await this.bucketDir(bucket);
    const file = this.objectPath(dir, key);
    try {
      return await readFile(file, 'utf8');
    } catch (e) {
      if (isCode(e, 'ENOENT') || isCode(e, 'EISDIR') || isCode(e, 'ENOTDIR')) throw noSuchKey();
      throw e;
    }
  }

  async list(bucket: string, prefix: string, withBodies: boolean): Promise<(ListedObject & { Body?: string })[]> {
    const dir = await this.bucketDir(bucket);
    const keys = (await walk(dir, '', prefix)).filter((k) => k.startsWith(prefix));
    // S3 lists keys in the binary order of their UTF-8 bytes.
    keys.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    const out: (ListedObject & { Body?: string })[] = [];
    for (const key of keys) {
      const file = join(dir, ...key.split('/'));
      const [content, info] = await Promise.all([readFile(file), stat(file)]);
      const item: ListedObject & { Body?: string } = {
        Etag: `"${createHash('md5').update(content).digest('hex')}"`,
        Key: key,
        LastModified: Math.floor(info.mtimeMs / 1000),
        Size: info.size,
        StorageClass: 'STANDARD',
      };
      if (withBodies) item.Body = content.toString('utf8');
      out.push(item);
    }
    return out;
  }

  async put(bucket: string, key: string, body: string): Promise<void> {
    const dir = await this.bucketDir(bucket);
    const file = this.objectPath(dir, key);
    await mkdir(dirname(file), { recursive: true });
    // Write then rename: a reader (or a crash) never sees half an object.
    const temp = `${file}${TEMP_MARK}${randomUUID()}`;
    try {
      await writeFile(temp, body, 'utf8');
      await rename(temp, file);
    } catch (e) {
      await rm(temp, { force: true });
      throw e;
    }
  }

  /** The bucket's folder; NoSuchBucket when it does not exist. */
  private async bucketDir(bucket: string): Promise<string> {
    if (bucket === '' || bucket === '.' || bucket === '..' || /[/\\\0]/.test(bucket)) {
      throw new S3Error('InvalidBucketName', 'The specified bucket is not valid.', 400);
    }
    const dir = join(this.root, bucket);
    try {
      if ((await stat(dir)).isDirectory()) return dir;
    } catch (e) {
      if (!isCode(e, 'ENOENT') && !isCode(e, 'ENOTDIR')) throw e;
    }
    throw noSuchBucket();
  }

  /** The file of `key` inside the bucket folder `dir`; keys that would escape it are refused. */
  private objectPath(dir: string, key: string): string {
    const segments = key.split('/');
    const bad = key === '' || key.includes('\\') || key.includes('\0') || key.includes(TEMP_MARK) || segments.some((s) => s === '' || s === '.' || s === '..');
    const file = resolve(dir, ...segments);
    if (bad || !file.startsWith(dir + sep)) {
      throw new S3Error('InvalidArgument', `The key '${key}' cannot be stored in a local folder (it would leave the bucket's folder).`, 400);
    }
    return file;
  }
}

/**
 * The keys under `dir` (relative, `/`-separated), descending only into folders that can hold
 * keys starting with `prefix`.
 */
async function walk(dir: string, base: string, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    const key = `${base}${entry.name}`;
    if (entry.isDirectory()) {
      const folder = `${key}/`;
      if (folder.startsWith(prefix) || prefix.startsWith(folder)) keys.push(...(await walk(join(dir, entry.name), folder, prefix)));
    } else if (entry.isFile() && !entry.name.includes(TEMP_MARK)) {
      keys.push(key);
    }
  }
  return keys;
}

function isCode(e: unknown, code: string): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === code;
}

/** `stepwise serve`'s default S3 folder: `<data dir>/s3`, or `./.stepwise-s3` when the data is in memory. */
export function defaultServerS3Dir(data: string): string {
  return data === ':memory:' ? '.stepwise-s3' : join(data, 's3');
}

/** `stepwise run`'s (and runExecution's) default S3 folder: `./s3`. */
export const DEFAULT_RUN_S3_DIR = 's3';

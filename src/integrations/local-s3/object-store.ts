import type { ListedObject } from '../../asl/interpreter/object-io.js';

/**
 * Where a Distributed Map's ItemReader reads and its ResultWriter writes: S3, or (the only
 * implementation today) a local folder standing in for it (LocalS3). Hosts call it for the
 * core's ObjectIo commands; tests can inject their own.
 */
export interface ObjectStore {
  /** GetObject: the object's content as UTF-8 text. */
  get(bucket: string, key: string): Promise<string>;
  /** ListObjectsV2 (every page): the objects whose key starts with `prefix`, in S3's key order. */
  list(bucket: string, prefix: string, withBodies: boolean): Promise<(ListedObject & { Body?: string })[]>;
  /** PutObject: replaces the object (atomically, so a retry after a crash is harmless). */
  put(bucket: string, key: string, body: string): Promise<void>;
}

/** An S3 error as S3 reports it: its code (NoSuchKey, NoSuchBucket, ...), message and HTTP status. */
export class S3Error extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'S3Error';
  }
}

export const noSuchBucket = (): S3Error => new S3Error('NoSuchBucket', 'The specified bucket does not exist', 404);
export const noSuchKey = (): S3Error => new S3Error('NoSuchKey', 'The specified key does not exist.', 404);

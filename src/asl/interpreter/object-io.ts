/**
 * The object-store protocol between the core and its host, for a Distributed Map's ItemReader
 * and ResultWriter. The core never reads or writes objects itself: it issues an `ObjectIo`
 * command with one of these requests and the host delivers the reply (or the S3 error) back
 * through `Execution.deliver`, where the durable engine journals it, so a replay sees the
 * same objects without reading them again.
 */
export type ObjectRequest =
  /** S3 GetObject: the object's text. */
  | { readonly action: 'getObject'; readonly bucket: string; readonly key: string }
  /**
   * S3 ListObjectsV2, every page: the objects under `prefix`, in key order. `withBodies` also
   * returns each object's text (ReaderConfig Transformation LOAD_AND_FLATTEN).
   */
  | { readonly action: 'listObjectsV2'; readonly bucket: string; readonly prefix: string; readonly withBodies?: boolean }
  /** S3 PutObject for each object (idempotent: the same request writes the same bytes). */
  | { readonly action: 'putObjects'; readonly bucket: string; readonly objects: readonly { readonly key: string; readonly body: string }[] };

/** One object as a listObjectsV2 ItemReader item (the shape AWS gives child executions). */
export interface ListedObject {
  /** The quoted MD5 of the content, e.g. `"\"05704fbd…\""` (S3 keeps the quotes). */
  Etag: string;
  Key: string;
  /** Epoch seconds. */
  LastModified: number;
  Size: number;
  StorageClass: string;
}

/** The host's answer to an ObjectRequest, delivered as a TaskSucceeded output. */
export type ObjectReply =
  | { body: string }
  | { objects: (ListedObject & { Body?: string })[] }
  | { written: number };

/** The ItemReader / ResultWriter resources AWS accepts. */
export const S3_GET_OBJECT = 'arn:aws:states:::s3:getObject';
export const S3_LIST_OBJECTS_V2 = 'arn:aws:states:::s3:listObjectsV2';
export const S3_PUT_OBJECT = 'arn:aws:states:::s3:putObject';

import type { ObjectReply, ObjectRequest } from '../../asl/interpreter/object-io.js';
import type { Command, ExecutionInput } from '../../asl/interpreter/types.js';
import { S3Error, type ObjectStore } from './object-store.js';

/**
 * Carries out a core ObjectIo command against an object store and returns the outcome to
 * deliver (TaskSucceeded with the reply, or TaskFailed with the S3 error code and a cause
 * worded like the AWS SDK's: `<message> (Service: S3, Status Code: 404, Error Code: NoSuchKey)`).
 * Never throws.
 */
export async function performObjectIo(store: ObjectStore, command: Extract<Command, { kind: 'ObjectIo' }>): Promise<ExecutionInput> {
  const ticket = { threadId: command.threadId, ticket: command.ticket };
  try {
    return { kind: 'TaskSucceeded', ...ticket, output: await perform(store, command.request) };
  } catch (e) {
    const err = e instanceof S3Error ? e : asS3Error(e);
    return { kind: 'TaskFailed', ...ticket, error: err.code, cause: `${err.message} (Service: S3, Status Code: ${err.status}, Error Code: ${err.code})` };
  }
}

async function perform(store: ObjectStore, request: ObjectRequest): Promise<ObjectReply> {
  switch (request.action) {
    case 'getObject':
      return { body: await store.get(request.bucket, request.key) };
    case 'listObjectsV2':
      return { objects: await store.list(request.bucket, request.prefix, request.withBodies === true) };
    case 'putObjects':
      // In order: the manifest comes last, so it only exists once every file it lists does.
      for (const o of request.objects) await store.put(request.bucket, o.key, o.body);
      return { written: request.objects.length };
  }
}

/** File-system errors as the S3 errors a caller would have seen. */
function asS3Error(e: unknown): S3Error {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return new S3Error('AccessDenied', 'Access Denied', 403);
  return new S3Error('InternalError', e instanceof Error ? e.message : String(e), 500);
}

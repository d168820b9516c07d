import { utf8Length } from '../payload-size.js';
import type { Join } from '../types.js';
import { childRecords, transformSucceeded, type ChildRecord } from './child-records.js';
import type { WriterPlan } from './writer-plan.js';

/** What a ResultWriter export puts in the bucket, and the Map state's result once it is there. */
export interface ResultExport {
  readonly objects: { key: string; body: string }[];
  readonly result: { MapRunArn: string; ResultWriterDetails: { Bucket: string; Key: string } };
}

/**
 * The export of a Map Run's results: under `<Prefix>/<MapRunId>/`, one file per status that
 * has records (SUCCEEDED_0, FAILED_0 for failed, timed out and aborted children, PENDING_0 for
 * children never started), then `manifest.json` listing them with their sizes. The state's
 * result points at the manifest. Files are never split (AWS splits at 5 GB).
 * https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultwriter.html
 */
export function exportResults(plan: WriterPlan & { bucket: string }, mapRunArn: string, join: Join): ResultExport {
  const runId = mapRunArn.slice(mapRunArn.lastIndexOf(':') + 1);
  const folder = `${plan.prefix}${runId}/`;
  const records = childRecords(join);
  const groups: Record<'SUCCEEDED' | 'FAILED' | 'PENDING', ChildRecord[]> = { SUCCEEDED: [], FAILED: [], PENDING: [] };
  for (const r of records) groups[r.Status === 'SUCCEEDED' ? 'SUCCEEDED' : r.Status === 'PENDING' ? 'PENDING' : 'FAILED'].push(r);
  const objects: { key: string; body: string }[] = [];
  const files: Record<string, { Key: string; Size: number }[]> = { FAILED: [], PENDING: [], SUCCEEDED: [] };
  const extension = plan.outputType === 'JSONL' ? 'jsonl' : 'json';
  for (const status of ['SUCCEEDED', 'FAILED', 'PENDING'] as const) {
    const group = groups[status];
    if (group.length === 0) continue;
    // Transformation shapes the succeeded results; failures are always written unchanged (NONE).
    const values = status === 'SUCCEEDED' ? transformSucceeded(group, plan.transformation) : group;
    const body = plan.outputType === 'JSONL' ? values.map((v) => `${JSON.stringify(v)}\n`).join('') : JSON.stringify(values);
    const key = `${folder}${status}_0.${extension}`;
    objects.push({ key, body });
    (files[status] as { Key: string; Size: number }[]).push({ Key: key, Size: utf8Length(body) });
  }
  const manifestKey = `${folder}manifest.json`;
  // Written last: whoever finds the manifest finds every file it lists.
  objects.push({ key: manifestKey, body: JSON.stringify({ DestinationBucket: plan.bucket, MapRunArn: mapRunArn, ResultFiles: files }) });
  return { objects, result: { MapRunArn: mapRunArn, ResultWriterDetails: { Bucket: plan.bucket, Key: manifestKey } } };
}

/**
 * WriterConfig without Resource: the results stay in the state output, formatted. Failed
 * children are given unchanged (as NONE records), whatever the Transformation.
 */
export function formattedResults(plan: WriterPlan, join: Join): unknown[] {
  const records = childRecords(join);
  if (plan.transformation === 'NONE') return records;
  const out: unknown[] = [];
  for (const r of records) {
    if (r.Status === 'SUCCEEDED') out.push(...transformSucceeded([r], plan.transformation));
    else out.push(r);
  }
  return out;
}

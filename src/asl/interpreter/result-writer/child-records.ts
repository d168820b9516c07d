import { isoTime } from '../context-object.js';
import type { ChildRun, Join } from '../types.js';

/** A child execution's outcome as a ResultWriter record (Transformation NONE). */
export type ChildRecord = Record<string, unknown> & { Status: string };

/**
 * One record per item, by index, as AWS writes them to SUCCEEDED_n / FAILED_n / PENDING_n:
 * the child's ARN, name, input and output (JSON strings), dates and redrive status; failed,
 * timed out and aborted children carry Error and Cause instead of the output; items whose
 * child never started (the Map Run failed first) are PENDING with their input.
 * https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultwriter.html
 */
export function childRecords(join: Join): ChildRecord[] {
  const records: ChildRecord[] = [];
  for (let i = 0; i < join.total; i++) records.push(recordOf(join.runs?.[i], join.childInput(i)));
  return records;
}

function recordOf(run: ChildRun | undefined, input: unknown): ChildRecord {
  const final = run?.final;
  if (run === undefined || final === undefined) {
    return { Input: JSON.stringify(input), InputDetails: { Included: true }, Status: 'PENDING' };
  }
  const common = {
    ExecutionArn: run.arn,
    Input: JSON.stringify(run.input),
    InputDetails: { Included: true },
    Name: run.name,
  };
  const dates = { StartDate: isoTime(run.startDate), StateMachineArn: run.stateMachineArn, Status: final.status, StopDate: isoTime(final.at) };
  if (final.status === 'SUCCEEDED') {
    return {
      ...common,
      Output: JSON.stringify(final.output),
      OutputDetails: { Included: true },
      RedriveCount: run.redriveCount,
      RedriveStatus: 'NOT_REDRIVABLE',
      RedriveStatusReason: 'Execution is SUCCEEDED and cannot be redriven',
      ...dates,
    };
  }
  // Keys in AWS's (alphabetical) order: Cause and Error come first.
  return {
    ...(final.cause !== undefined ? { Cause: final.cause } : {}),
    ...(final.error !== undefined ? { Error: final.error } : {}),
    ...common,
    RedriveCount: run.redriveCount,
    RedriveStatus: 'REDRIVABLE_BY_MAP_RUN',
    ...dates,
  };
}

/**
 * The WriterConfig Transformation of the succeeded children: NONE keeps the records, COMPACT
 * the outputs, FLATTEN the outputs with arrays spread into one list.
 */
export function transformSucceeded(records: readonly ChildRecord[], transformation: 'NONE' | 'COMPACT' | 'FLATTEN'): unknown[] {
  if (transformation === 'NONE') return [...records];
  const outputs = records.map((r) => JSON.parse(r.Output as string) as unknown);
  return transformation === 'COMPACT' ? outputs : outputs.flatMap((o) => (Array.isArray(o) ? (o as unknown[]) : [o]));
}

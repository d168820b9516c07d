import { requireArn } from '../../engine/control/arn.js';
import { Errors } from '../../engine/control/errors.js';
import type { ApiContext } from '../context.js';
import { F } from '../schema/common.js';
import { req } from '../schema/fields.js';
import { parseInput } from '../schema/parse-input.js';
import { epoch } from '../shapes.js';

const Input = { mapRunArn: req(F.longArn()) };

/**
 * DescribeMapRun: the run's limits and the counts of its items and child executions.
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_DescribeMapRun.html
 */
export function describeMapRun(body: unknown, ctx: ApiContext): unknown {
  const { mapRunArn } = parseInput(Input, body);
  requireArn(mapRunArn, ['mapRun']);
  const found = ctx.runtime.describeMapRun(mapRunArn);
  if (found === undefined) throw Errors.resourceNotFound(mapRunArn);
  const { run, counts } = found;
  const n = (status: string): number => counts[status] ?? 0;
  const started = Object.values(counts).reduce((a, b) => a + b, 0);
  // One child execution per item (or per batch): the item and execution counts agree.
  const tally = {
    pending: Math.max(0, run.total - started),
    running: n('RUNNING'),
    succeeded: n('SUCCEEDED'),
    failed: n('FAILED'),
    timedOut: n('TIMED_OUT'),
    aborted: n('ABORTED'),
    total: run.total,
    resultsWritten: 0,
    failuresNotRedrivable: 0,
    pendingRedrive: 0,
  };
  return {
    mapRunArn: run.arn,
    executionArn: run.executionArn,
    status: run.status,
    startDate: epoch(run.startDate),
    ...(run.stopDate !== null ? { stopDate: epoch(run.stopDate) } : {}),
    maxConcurrency: run.maxConcurrency,
    toleratedFailurePercentage: run.toleratedFailurePercentage,
    toleratedFailureCount: run.toleratedFailureCount,
    itemCounts: tally,
    executionCounts: tally,
    redriveCount: run.redriveCount,
    ...(run.redriveDate !== null ? { redriveDate: epoch(run.redriveDate) } : {}),
  };
}

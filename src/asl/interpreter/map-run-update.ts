import type { Execution } from './execution.js';
import { effectiveLimit, failJoin, launch } from './join.js';
import { withinTolerance } from './map-tolerance.js';
import type { MapRunUpdate } from './types.js';

/**
 * UpdateMapRun on a Map Run of this execution. The run records the new limits (DescribeMapRun
 * reports them); a run in progress applies them at once, as AWS does: a higher MaxConcurrency
 * starts more child executions now (a lower one lets running children finish and starts no new
 * ones until fewer run), and a lower tolerated failure threshold that the failures so far
 * already exceed fails the run (States.ExceedToleratedFailureThreshold).
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_UpdateMapRun.html
 */
export function applyMapRunUpdate(ex: Execution, update: MapRunUpdate): void {
  const tracked = ex.mapRun(update.mapRunArn);
  if (tracked === undefined) return;
  const { run, join } = tracked;
  if (update.maxConcurrency !== undefined) run.maxConcurrency = update.maxConcurrency;
  if (update.toleratedFailureCount !== undefined) run.toleratedFailureCount = update.toleratedFailureCount;
  if (update.toleratedFailurePercentage !== undefined) run.toleratedFailurePercentage = update.toleratedFailurePercentage;
  ex.noteMapRun(run);
  if (join === undefined || join.failed || run.status !== 'RUNNING' || ex.status !== 'RUNNING') return;
  join.limit = Math.max(1, effectiveLimit(join.state, run.maxConcurrency));
  join.toleratedFailureCount = run.toleratedFailureCount;
  join.toleratedFailurePercentage = run.toleratedFailurePercentage;
  if (join.failures > 0 && !withinTolerance(join)) {
    failJoin(ex, join, 'States.ExceedToleratedFailureThreshold', 'The specified tolerated failure threshold was exceeded');
    return;
  }
  launch(ex, join);
}

import type { Join } from './types.js';

/**
 * Whether a Distributed Map's failures so far stay within its tolerated failure threshold:
 * at most ToleratedFailureCount, or at most ToleratedFailurePercentage of all items. Read live,
 * so an UpdateMapRun that lowers the threshold can fail a run already in progress.
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-map-distributed.html#maprun-fail-threshold
 */
export function withinTolerance(join: Join): boolean {
  if (join.failures <= join.toleratedFailureCount) return true;
  return join.total > 0 && (join.failures / join.total) * 100 <= join.toleratedFailurePercentage;
}

/** Counts one more failed child; true when the run tolerates it. */
export function tolerateFailure(join: Join): boolean {
  join.failures++;
  return withinTolerance(join);
}

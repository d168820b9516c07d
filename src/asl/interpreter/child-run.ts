import { errorDetails, type Execution } from './execution.js';
import type { ChildRun, Join, MapRunInfo, Thread } from './types.js';

/**
 * A Distributed Map child is an execution of its own: ExecutionStarted, ids from 1. The thread's
 * events go to the child's history from here on (its cursor counts in that history).
 */
export function startChildRun(ex: Execution, child: Thread, join: Join, mapRun: MapRunInfo): void {
  const name = ex.env.uuid();
  const run: ChildRun = {
    arn: `${mapRun.stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`,
    name,
    mapRunArn: mapRun.arn,
    stateMachineArn: mapRun.stateMachineArn,
    index: child.index,
    input: child.input,
    startDate: ex.env.now(),
    lastId: 0,
    events: [],
    isNew: true,
    redriveCount: 0,
    redrivePending: false,
  };
  child.childRun = run;
  if (join.runs !== undefined) join.runs[child.index] = run;
  ex.emitChild(run, 'ExecutionStarted', 0, () => ({
    executionStartedEventDetails: { input: JSON.stringify(child.input), inputDetails: { truncated: false }, roleArn: ex.identity.roleArn },
  }));
  child.cursor = 0;
}

/**
 * A redriven Map Run reruns an unsuccessful Standard child as AWS's RedriveExecution does: the
 * same execution (ARN, name, history), RUNNING again after an ExecutionRedriven event, from the
 * state where it stopped. https://docs.aws.amazon.com/step-functions/latest/dg/redrive-map-run.html
 */
export function redriveChildRun(ex: Execution, child: Thread, run: ChildRun): void {
  delete run.final;
  run.redriveCount++;
  run.redriveDate = ex.env.now();
  run.redrivePending = true;
  child.cursor = ex.emitChild(run, 'ExecutionRedriven', run.lastId, () => ({ executionRedrivenEventDetails: { redriveCount: run.redriveCount } }));
}

/** Closes a Distributed Map child's own history (the child thread itself, not its descendants). */
export function endChildRun(ex: Execution, child: Thread, final: NonNullable<ChildRun['final']>): void {
  const run = child.childRun;
  if (run === undefined || (child.join as Join).mapRun === undefined || run.final !== undefined) return;
  run.final = final;
  if (final.status === 'SUCCEEDED') {
    ex.emitChild(run, 'ExecutionSucceeded', child.cursor, () => ({ executionSucceededEventDetails: { output: JSON.stringify(final.output), outputDetails: { truncated: false } } }));
  } else if (final.status === 'FAILED') {
    ex.emitChild(run, 'ExecutionFailed', child.cursor, () => ({ executionFailedEventDetails: errorDetails(final.error, final.cause) }));
  } else {
    ex.emitChild(run, 'ExecutionAborted', child.cursor, () => ({ executionAbortedEventDetails: {} }));
  }
}

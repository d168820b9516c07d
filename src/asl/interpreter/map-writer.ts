import { withStatePrefix } from '../errors/states-error.js';
import type { CompiledState } from '../program/types.js';
import { toStatesError, type Execution } from './execution.js';
import { applyInputPath } from './io.js';
import { completeJoin } from './join-complete.js';
import { endMapRun, failMapRun } from './map-run.js';
import type { Outcome } from './outcome.js';
import { exportResults, formattedResults } from './result-writer/result-files.js';
import { planWriteJsonata, planWriteJsonPath, type WriterPlan } from './result-writer/writer-plan.js';
import type { ExecutionInput, Join, Thread } from './types.js';

/** Why the Map Run failed, when the results are written after a failure. */
export interface RunFailure {
  readonly error: string;
  readonly cause: string | undefined;
}

/** What a Map waiting for its ResultWriter keeps (Thread.scratch). */
export interface WriteWait {
  readonly phase: 'write';
  readonly join: Join;
  readonly result: unknown;
  readonly failure: RunFailure | undefined;
}

/**
 * ResultWriter (Distributed Map), once the children are done: with Resource and Parameters the
 * results are exported (the host writes the files, the state's result points at the
 * manifest); with WriterConfig alone they are formatted into the state output. After a failed
 * run the files are written too (FAILED and PENDING records), then the state fails as it
 * would have. https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultwriter.html
 */
export function startWriting(ex: Execution, t: Thread, state: CompiledState, join: Join, failure?: RunFailure): Outcome | Promise<Outcome> {
  const write = (plan: WriterPlan): Outcome | Promise<Outcome> => {
    const run = join.mapRun;
    if (plan.bucket === undefined || run === undefined) {
      if (failure !== undefined) return ex.stateFailed(t, state, failure.error, failure.cause);
      return completeJoin(ex, t, state, join, formattedResults(plan, join));
    }
    const out = exportResults({ ...plan, bucket: plan.bucket }, run.arn, join);
    const wait: WriteWait = { phase: 'write', join, result: out.result, failure };
    t.scratch = wait;
    ex.requestObjects(t, state.name, { action: 'putObjects', bucket: plan.bucket, objects: out.objects });
    return ex.block(t, 'task');
  };
  try {
    if (state.jsonata) return planWriteJsonata(ex, t, state).then(write, (e: unknown) => writerError(ex, t, state, join, failure, e));
    return write(planWriteJsonPath(ex, t, state, applyInputPath(ex, t, state)));
  } catch (e) {
    return writerError(ex, t, state, join, failure, e);
  }
}

/** The host wrote the files (the state completes), or could not (States.ResultWriterFailed). */
export function resumeWriting(ex: Execution, t: Thread, state: CompiledState, outcome: ExecutionInput, wait: WriteWait): Outcome | Promise<Outcome> {
  // After a failed run the export is best effort: the state fails with the run's error.
  if (wait.failure !== undefined) return ex.stateFailed(t, state, wait.failure.error, wait.failure.cause);
  if (outcome.kind === 'TaskFailed') {
    return failMapRun(ex, t, state, wait.join.mapRun, 'States.ResultWriterFailed', withStatePrefix(state.name, t.enteredEventId, outcome.cause ?? outcome.error));
  }
  if (outcome.kind !== 'TaskSucceeded') return ex.block(t, 'task');
  return completeJoin(ex, t, state, wait.join, wait.result);
}

function writerError(ex: Execution, t: Thread, state: CompiledState, join: Join, failure: RunFailure | undefined, e: unknown): Outcome | Promise<Outcome> {
  if (failure !== undefined) return ex.stateFailed(t, state, failure.error, failure.cause);
  const err = toStatesError(e);
  if (err.error !== 'States.ResultWriterFailed') {
    endMapRun(ex, join.mapRun, 'FAILED');
    throw err;
  }
  const cause = err.prefixed && err.causeText !== undefined ? withStatePrefix(state.name, t.enteredEventId, err.causeText) : (err.causeText ?? '');
  return failMapRun(ex, t, state, join.mapRun, err.error, cause);
}

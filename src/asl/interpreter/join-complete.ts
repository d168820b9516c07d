import type { CompiledState } from '../program/types.js';
import type { Execution } from './execution.js';
import { leaveWithResult } from './io.js';
import { endMapRun } from './map-run.js';
import type { Outcome } from './outcome.js';
import type { Join, Thread } from './types.js';

/**
 * All children succeeded (or failed within tolerance): close the state with `result` (the
 * children's outputs, or what a ResultWriter made of them).
 */
export function completeJoin(ex: Execution, t: Thread, state: CompiledState, join: Join, result: unknown): Outcome | Promise<Outcome> {
  endMapRun(ex, join.mapRun, 'SUCCEEDED');
  if (state.distributed) {
    // Since late 2024 AWS chains MapStateExited from MapRunStarted (recordings from before
    // chain it from MapRunSucceeded); MapStateSucceeded follows MapRunSucceeded.
    const runStarted = t.cursor;
    const runSucceeded = ex.emit(t, 'MapRunSucceeded');
    ex.emitSide(t, 'MapStateSucceeded', runSucceeded);
    if (!t.silent) t.cursor = runStarted;
  } else {
    ex.emitSide(t, `${state.type}StateSucceeded`, join.lastCompletionEventId);
    if (!t.silent) t.cursor = join.lastCompletionEventId;
  }
  return leaveWithResult(ex, t, state, result);
}

import { withStatePrefix } from '../errors/states-error.js';
import type { CompiledState } from '../program/types.js';
import { toStatesError, type Execution } from './execution.js';
import { itemsFromReply, type ReadItems } from './item-reader/parse-items.js';
import { planReadJsonata, planReadJsonPath, type ReadPlan, type ReaderSettings } from './item-reader/reader-request.js';
import { openMap, type MapPlan } from './map-start.js';
import { endMapRun, failMapRun, startMapRun } from './map-run.js';
import type { Outcome } from './outcome.js';
import type { ExecutionInput, MapRunInfo, Thread } from './types.js';

/** What a Map waiting for its ItemReader keeps (Thread.scratch). */
export interface ReadWait {
  readonly phase: 'read';
  readonly plan: MapPlan;
  readonly run: MapRunInfo;
  readonly settings: ReaderSettings;
}

/**
 * ItemReader (Distributed Map): the Map Run starts, then the core asks the host for the object
 * (GetObject) or the listing (ListObjectsV2) and waits. The answer comes back through
 * `deliver` (journaled by the durable engine), and `resumeReading` turns it into the items.
 * AWS records no event of its own for the read: MapStateStarted (length 0), MapRunStarted,
 * then the children or MapRunFailed with States.ItemReaderFailed.
 * https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itemreader.html
 */
export function startReading(ex: Execution, t: Thread, state: CompiledState, plan: MapPlan): Outcome | Promise<Outcome> {
  const run = startMapRun(ex, t, state, plan.limit, plan.tolerance, 0);
  const request = (read: ReadPlan): Outcome => {
    const wait: ReadWait = { phase: 'read', plan, run, settings: read.settings };
    t.scratch = wait;
    ex.requestObjects(t, state.name, read.request);
    return ex.block(t, 'task');
  };
  try {
    if (state.jsonata) return planReadJsonata(ex, t, state).then(request, (e: unknown) => readerError(ex, t, state, run, e));
    return request(planReadJsonPath(ex, t, state, plan.effective));
  } catch (e) {
    return readerError(ex, t, state, run, e);
  }
}

/** The host answered: the items (and the iterations), or States.ItemReaderFailed. */
export function resumeReading(ex: Execution, t: Thread, state: CompiledState, outcome: ExecutionInput, wait: ReadWait): Outcome | Promise<Outcome> {
  const { run } = wait;
  if (outcome.kind === 'TaskFailed') {
    // The object store's error (NoSuchKey, NoSuchBucket, ...) with its message.
    return failMapRun(ex, t, state, run, 'States.ItemReaderFailed', withStatePrefix(state.name, t.enteredEventId, outcome.cause ?? outcome.error));
  }
  if (outcome.kind !== 'TaskSucceeded') return ex.block(t, 'task');
  let read: ReadItems;
  try {
    read = itemsFromReply(outcome.output, wait.settings);
  } catch (e) {
    return readerError(ex, t, state, run, e);
  }
  try {
    const opened = openMap(ex, t, state, wait.plan, read, run);
    return typeof opened === 'number' ? opened : opened.catch((e: unknown) => closeAndThrow(ex, run, e));
  } catch (e) {
    return closeAndThrow(ex, run, e);
  }
}

/** ItemReaderFailed fails the Map Run (catchable); anything else closes it and fails as usual. */
function readerError(ex: Execution, t: Thread, state: CompiledState, run: MapRunInfo, e: unknown): Outcome | Promise<Outcome> {
  const err = toStatesError(e);
  if (err.error !== 'States.ItemReaderFailed') return closeAndThrow(ex, run, err);
  const cause = err.prefixed && err.causeText !== undefined ? withStatePrefix(state.name, t.enteredEventId, err.causeText) : (err.causeText ?? '');
  return failMapRun(ex, t, state, run, err.error, cause);
}

function closeAndThrow(ex: Execution, run: MapRunInfo, e: unknown): never {
  endMapRun(ex, run, 'FAILED');
  throw e;
}

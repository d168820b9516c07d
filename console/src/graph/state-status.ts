/**
 * Execution history → run status of every state. Events form threads through
 * `previousEventId` (a Parallel branch or Map iteration is its own thread), so each event
 * is interpreted in the context of the states open in *its* thread: that pairs each
 * `…StateExited` with the right `…StateEntered` even when iterations interleave, and a
 * failure is charged to the state it happened in. Events without usable ids fall back to
 * list order.
 */
import { detail, enteredType, isExited, isStateFailure, isStateSuccess, readEvents, type HistoryEvent } from './history-events.js';
import type { StateRunInfo, StateStatus } from './types.js';

/** One entry into a state. */
interface Span {
  name: string;
  type: string;
  entered: HistoryEvent;
  exited?: HistoryEvent;
  failure?: HistoryEvent;
  parent?: Span;
}

/** The states open in a thread, innermost first (a persistent list: threads share tails). */
interface Open {
  span: Span;
  below: Open | undefined;
}

type End = 'SUCCEEDED' | 'FAILED' | 'CANCELLED' | undefined;

function find(open: Open | undefined, test: (span: Span) => boolean): Open | undefined {
  for (let o = open; o; o = o.below) if (test(o.span)) return o;
  return undefined;
}

/**
 * The state an outcome event belongs to: `ParallelStateFailed` to the nearest Parallel
 * (even if a failed branch state is on top), `TaskFailed` and the like to the innermost.
 */
function owner(open: Open | undefined, type: string): Open | undefined {
  const match = /^(\w+)State(?:Failed|Succeeded)$/.exec(type);
  const stateType = match?.[1];
  return (stateType !== undefined ? find(open, (s) => s.type === stateType) : undefined) ?? open;
}

/**
 * Removes a closed span from a thread. Spans above it that died (Fail states, failed
 * states) are dropped with it; live ones are kept: in list-order fallback they are
 * concurrent branch states that simply share the list.
 */
function close(open: Open | undefined, closed: Open): Open | undefined {
  const above: Span[] = [];
  for (let o = open; o && o !== closed; o = o.below) {
    if (o.span.type !== 'Fail' && !o.span.failure) above.push(o.span);
  }
  let result = closed.below;
  for (const span of above.reverse()) result = { span, below: result };
  return result;
}

function collectSpans(events: HistoryEvent[]): { spans: Span[]; end: End; endEvent?: HistoryEvent } {
  const spans: Span[] = [];
  const contextById = new Map<number, Open | undefined>();
  const idCounts = new Map<number, number>();
  for (const e of events) if (e.id !== undefined) idCounts.set(e.id, (idCounts.get(e.id) ?? 0) + 1);
  let previous: Open | undefined;
  let end: End;
  let endEvent: HistoryEvent | undefined;
  for (const e of events) {
    const linked = e.previousEventId !== undefined && contextById.has(e.previousEventId);
    let open = linked ? contextById.get(e.previousEventId as number) : previous;
    const type = enteredType(e.type);
    if (type !== undefined) {
      const span: Span = { name: detail(e, 'name') ?? '', type, entered: e };
      if (open) span.parent = open.span;
      spans.push(span);
      open = { span, below: open };
    } else if (isExited(e.type)) {
      const name = detail(e, 'name');
      const match = find(open, (s) => s.name === name && !s.exited);
      if (match) {
        match.span.exited = e;
        open = close(open, match);
      }
    } else if (isStateFailure(e.type)) {
      const target = owner(open, e.type);
      if (target) target.span.failure = e;
    } else if (isStateSuccess(e.type)) {
      // A retry succeeded: the earlier failure was recovered, not caught.
      const target = owner(open, e.type);
      if (target) delete target.span.failure;
    } else if (e.type === 'ExecutionSucceeded') end = 'SUCCEEDED';
    else if (e.type === 'ExecutionFailed' || e.type === 'ExecutionTimedOut') end = 'FAILED';
    else if (e.type === 'ExecutionAborted') end = 'CANCELLED';
    else if (e.type === 'ExecutionRedriven') end = undefined; // running again after a failure
    if (e.type.startsWith('Execution')) endEvent = end === undefined ? undefined : e;
    // Only unique ids can name a thread; duplicated ones (normalized recordings) use list order.
    if (e.id !== undefined && idCounts.get(e.id) === 1) contextById.set(e.id, open);
    previous = open;
  }
  return endEvent ? { spans, end, endEvent } : { spans, end };
}

function spanStatus(span: Span, end: End): StateStatus {
  if (span.exited) return span.failure ? 'CAUGHT_ERROR' : 'SUCCEEDED';
  // A Fail state never exits; a failure with no exit means the error escaped the state.
  if (span.failure || span.type === 'Fail') return 'FAILED';
  if (end === 'FAILED') return 'FAILED';
  if (end !== undefined) return 'CANCELLED'; // the execution is over, so this entry was cut short
  for (let p = span.parent; p; p = p.parent) if (p.exited) return 'CANCELLED'; // its scope moved on
  return 'IN_PROGRESS';
}

// Aggregate over entries: the most alarming status wins.
const PRIORITY: StateStatus[] = ['FAILED', 'IN_PROGRESS', 'CAUGHT_ERROR', 'CANCELLED', 'SUCCEEDED', 'NOT_STARTED'];

/**
 * Run status of every entered state, keyed by state name (states never entered are absent:
 * treat them as NOT_STARTED). Pure; tolerates any input.
 */
export function stateStatuses(history: readonly unknown[] | undefined): Map<string, StateRunInfo> {
  const result = new Map<string, StateRunInfo>();
  const { spans, end, endEvent } = collectSpans(readEvents(history));
  // Iterations interleave, so "last exit" and "last failure" are by event order, not entry order.
  const lastExit = new Map<string, number>();
  const lastFailure = new Map<string, number>();
  for (const span of spans) {
    const status = spanStatus(span, end);
    let info = result.get(span.name);
    if (!info) {
      info = { stateName: span.name, status, count: 0, statusCounts: {}, stateType: span.type };
      result.set(span.name, info);
    }
    info.count += 1;
    info.statusCounts[status] = (info.statusCounts[status] ?? 0) + 1;
    if (PRIORITY.indexOf(status) < PRIORITY.indexOf(info.status)) info.status = status;
    // Spans are in entry order, so later spans overwrite: the last entry wins.
    info.input = span.entered.details.input;
    info.enteredAt = span.entered.timestamp;
    info.enteredEventId = span.entered.id;
    if (span.exited && (lastExit.get(span.name) ?? -1) < span.exited.index) {
      lastExit.set(span.name, span.exited.index);
      info.output = span.exited.details.output;
      info.exitedAt = span.exited.timestamp;
      info.exitedEventId = span.exited.id;
    }
    // Fail states and Map/Parallel failures carry no error of their own; when the state
    // failed the execution, the execution's error is the one that escaped it.
    const own = span.failure && detail(span.failure, 'error') !== undefined ? span.failure : undefined;
    const failure = own ?? (status === 'FAILED' && end === 'FAILED' ? endEvent : span.failure);
    if (failure && (lastFailure.get(span.name) ?? -1) < failure.index) {
      lastFailure.set(span.name, failure.index);
      info.error = detail(failure, 'error');
      info.cause = detail(failure, 'cause');
    }
  }
  return result;
}

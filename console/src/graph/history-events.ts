/**
 * Tolerant reading of GetExecutionHistory events. Histories come from our API, from AWS
 * recordings and from hand-written fixtures, so ids may be missing, timestamps may be
 * epoch seconds, Dates or ISO strings, and details may be absent.
 */

/** The fields of a history event that the status derivation uses. */
export interface HistoryEvent {
  index: number;
  type: string;
  id?: number;
  previousEventId?: number;
  timestamp?: number;
  /** The `<something>EventDetails` object, if any. */
  details: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function eventId(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Epoch milliseconds from a timestamp. Numbers below 1e11 are taken as epoch seconds (the
 * AWS SDK's JSON form); larger ones as milliseconds.
 */
export function toEpochMillis(value: unknown): number | undefined {
  let ms: number | undefined;
  if (value instanceof Date) ms = value.getTime();
  else if (typeof value === 'number') ms = value < 1e11 ? value * 1000 : value;
  else if (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim())) ms = toEpochMillis(Number(value));
  else if (typeof value === 'string') ms = Date.parse(value);
  return ms !== undefined && Number.isFinite(ms) ? ms : undefined;
}

/** Normalizes raw events; entries that are not objects with a string `type` are dropped. */
export function readEvents(history: readonly unknown[] | undefined): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  if (!Array.isArray(history)) return events;
  for (const raw of history as unknown[]) {
    if (!isRecord(raw) || typeof raw.type !== 'string') continue;
    const detailsKey = Object.keys(raw).find((k) => k.endsWith('EventDetails') && isRecord(raw[k]));
    const event: HistoryEvent = {
      index: events.length,
      type: raw.type,
      details: detailsKey ? (raw[detailsKey] as Record<string, unknown>) : {},
    };
    const id = eventId(raw.id);
    const previous = eventId(raw.previousEventId);
    const timestamp = toEpochMillis(raw.timestamp);
    if (id !== undefined) event.id = id;
    if (previous !== undefined) event.previousEventId = previous;
    if (timestamp !== undefined) event.timestamp = timestamp;
    events.push(event);
  }
  return events;
}

/** `PassStateEntered` → `Pass`; undefined for other events. */
export function enteredType(type: string): string | undefined {
  return type.endsWith('StateEntered') ? type.slice(0, -'StateEntered'.length) : undefined;
}

/** True for `…StateExited` events. */
export function isExited(type: string): boolean {
  return type.endsWith('StateExited');
}

// Failures that belong to the execution or to one Map iteration, not to a state: the
// execution's end decides for open states, and a failed iteration does not fail its Map.
const NOT_STATE_FAILURES = new Set([
  'ExecutionFailed', 'ExecutionTimedOut', 'MapIterationFailed', 'MapIterationAborted', 'MapRunFailed', 'MapRunAborted',
]);

/** True for events reporting that a state (or the work it started) failed. */
export function isStateFailure(type: string): boolean {
  return (type.endsWith('Failed') || type.endsWith('TimedOut')) && !NOT_STATE_FAILURES.has(type);
}

// Successes that do not belong to one state's own work.
const NOT_STATE_SUCCESSES = new Set(['ExecutionSucceeded', 'MapIterationSucceeded', 'MapRunSucceeded']);

/** True for events reporting that a state's work succeeded (e.g. TaskSucceeded after a retry). */
export function isStateSuccess(type: string): boolean {
  return type.endsWith('Succeeded') && !NOT_STATE_SUCCESSES.has(type);
}

/** Text of a string field in the event's details. */
export function detail(event: HistoryEvent, key: string): string | undefined {
  const value = event.details[key];
  return typeof value === 'string' ? value : undefined;
}

import type { HistoryEvent } from '../api/types.js';

export type StepStatus = 'IN_PROGRESS' | 'SUCCEEDED' | 'FAILED' | 'CAUGHT_ERROR' | 'CANCELLED';

/** One run of one state, read from the history: what the table view and the inspector show. */
export interface Step {
  name: string;
  /** State type, from the event type (`TaskStateEntered` → Task). */
  type: string;
  enteredId: number;
  enteredAt: number;
  exitedAt?: number;
  input?: string;
  output?: string;
  status: StepStatus;
  error?: string;
  cause?: string;
  /** JSON text of the variables the state assigned (`assignedVariables`). */
  assignedVariables?: Record<string, string>;
  /** What the state sent to its resource (TaskScheduled parameters, ActivityScheduled input). */
  resourceInput?: string;
  /** What the resource returned (TaskSucceeded output, …), before ResultSelector/ResultPath. */
  resourceResult?: string;
  resource?: string;
  events: HistoryEvent[];
}

const ENDS = new Set(['ExecutionSucceeded', 'ExecutionFailed', 'ExecutionTimedOut', 'ExecutionAborted']);

function details(e: HistoryEvent): Record<string, unknown> {
  for (const [key, value] of Object.entries(e)) if (key.endsWith('EventDetails') && typeof value === 'object' && value !== null) return value as Record<string, unknown>;
  return {};
}

/**
 * The steps of an execution, in the order they were entered. Pure. A failure event belongs
 * to the state entered most recently and still open; a step that had a failure and still
 * exited was caught (Catch); one still open when the execution ended failed or was cancelled.
 */
export function executionSteps(history: readonly HistoryEvent[]): Step[] {
  const steps: Step[] = [];
  const open: Step[] = [];
  let end: string | undefined;
  for (const event of history) {
    const d = details(event);
    if (event.type.endsWith('StateEntered')) {
      const step: Step = { name: String(d.name ?? ''), type: event.type.replace(/StateEntered$/, ''), enteredId: event.id, enteredAt: event.timestamp, status: 'IN_PROGRESS', events: [event] };
      if (typeof d.input === 'string') step.input = d.input;
      steps.push(step);
      open.push(step);
      continue;
    }
    if (event.type.endsWith('StateExited')) {
      const index = findLastIndex(open, (s) => s.name === d.name);
      const step = index >= 0 ? open.splice(index, 1)[0] : undefined;
      if (step) {
        step.events.push(event);
        step.exitedAt = event.timestamp;
        if (typeof d.output === 'string') step.output = d.output;
        if (d.assignedVariables && typeof d.assignedVariables === 'object') step.assignedVariables = d.assignedVariables as Record<string, string>;
        step.status = step.error !== undefined ? 'CAUGHT_ERROR' : 'SUCCEEDED';
      }
      continue;
    }
    if (ENDS.has(event.type)) end = event.type;
    const current = open[open.length - 1];
    if (!current) continue;
    current.events.push(event);
    if (typeof d.error === 'string' || typeof d.cause === 'string') {
      if (typeof d.error === 'string') current.error = d.error;
      if (typeof d.cause === 'string') current.cause = d.cause;
    }
    if (/Scheduled$/.test(event.type)) {
      if (typeof d.resource === 'string') current.resource = d.resource;
      const sent = d.parameters ?? d.input;
      if (typeof sent === 'string') current.resourceInput = sent;
    }
    if (/(Task|Activity|LambdaFunction)Succeeded$/.test(event.type)) {
      if (typeof d.output === 'string') current.resourceResult = d.output;
      // A retry that succeeded: the earlier failure did not decide the step's outcome.
      delete current.error;
      delete current.cause;
    }
  }
  for (const step of open) {
    if (end === 'ExecutionAborted') step.status = 'CANCELLED';
    else if (end !== undefined) step.status = 'FAILED';
  }
  return steps;
}

function findLastIndex<T>(items: T[], match: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (match(items[i] as T)) return i;
  return -1;
}

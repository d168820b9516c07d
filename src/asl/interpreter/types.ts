import type { HistoryEvent } from '../history/types.js';
import type { CompiledState, Scope } from '../program/types.js';
import type { ObjectRequest } from './object-io.js';

/**
 * One Distributed Map iteration as the child execution AWS runs it: its own ARN and its own
 * history (ids from 1), which the engine persists as an execution of the Map Run.
 */
export interface ChildRun {
  readonly arn: string;
  readonly name: string;
  readonly mapRunArn: string;
  readonly stateMachineArn: string;
  readonly index: number;
  readonly input: unknown;
  readonly startDate: number;
  lastId: number;
  /** Events not yet taken by the host. */
  events: HistoryEvent[];
  /** True until the host has seen this child once. */
  isNew: boolean;
  /** RedriveExecution of the parent reran this child this many times (same ARN, as on AWS). */
  redriveCount: number;
  redriveDate?: number;
  /** True until the host has seen the child's latest redrive (it is RUNNING again). */
  redrivePending: boolean;
  final?: { status: 'SUCCEEDED' | 'FAILED' | 'ABORTED'; output?: unknown; error?: string; cause?: string; at: number };
}

/** A Distributed Map's run (DescribeMapRun). */
export interface MapRunInfo {
  readonly arn: string;
  readonly executionArn: string;
  /** `<state machine ARN>/<label>`: what the child executions run. */
  readonly stateMachineArn: string;
  readonly startDate: number;
  stopDate?: number;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED';
  /** Live limits: UpdateMapRun changes them while the run is in progress (MapRunUpdated). */
  maxConcurrency: number;
  toleratedFailureCount: number;
  toleratedFailurePercentage: number;
  /** Items in the run; set once an ItemReader has delivered them. */
  total: number;
  /** Times a RedriveExecution of the parent redrove this run (MapRunRedriven). */
  redriveCount: number;
  redriveDate?: number;
}

/** A mutable frame of workflow variables; inner scopes (branch, iteration) read through to outer ones. */
export interface VarFrame {
  readonly values: Record<string, unknown>;
  readonly parent: VarFrame | null;
}

/**
 * A sequential run through one Scope: the execution's top level, one Parallel branch or one
 * Map iteration. Plain data, so the engine can persist it.
 */
export interface Thread {
  readonly id: number;
  readonly scope: Scope;
  stateName: string;
  /** The current state's raw input. */
  input: unknown;
  /** The id of the last event this thread chains from (AWS's previousEventId). */
  cursor: number;
  readonly vars: VarFrame;
  readonly join: Join | null;
  /** Branch or iteration index within the join. */
  readonly index: number;
  enteredEventId: number;
  enteredPrev: number;
  enteredTime: number;
  /** Per-retrier attempt counts for the current state; reset on every transition. */
  retryCounts: number[];
  /** What the thread waits for: a timer (Wait / retry back-off), a task, or children. */
  waiting: 'none' | 'wait' | 'retry' | 'task' | 'children';
  /** The state being retried after a back-off, to re-run without a new Entered event. */
  started: boolean;
  aborted: boolean;
  /** The Map/Parallel join this thread's current state opened, while it runs. */
  childJoin: Join | null;
  /**
   * The join the current state opened last, kept after it failed or was abandoned: a redrive
   * reruns only its unsuccessful branches or iterations. Cleared when the thread moves on.
   */
  lastJoin: Join | null;
  /** Set on a thread a redrive created: its Map/Parallel state reopens this join. */
  redriveJoin: Join | null;
  /** The thread continues one from before a redrive (a Distributed Map child is redriven, not started). */
  redriven: boolean;
  /** Task token for the task in flight, when the resource asks for one. */
  taskToken?: string;
  /** The Distributed Map child execution this thread belongs to, if any. */
  childRun: ChildRun | undefined;
  /** Whether the thread has run at all (its MapIterationStarted is emitted when it first runs). */
  begun: boolean;
  /** Threads inside a Distributed Map run as child executions: no events in this history. */
  readonly silent: boolean;
  /** State-local data kept between entering and leaving (effective input, task parameters). */
  scratch: unknown;
  /** The timer and task the thread currently waits for; outcomes with other tickets are stale. */
  timerTicket: number;
  taskTicket: number;
  /** The HeartbeatSeconds timer of the task in flight. */
  heartbeatTicket: number;
  /** The outcome a blocked state resumes with. */
  resumeWith?: ExecutionInput | undefined;
}

/** A Parallel or Map state waiting for its branches/iterations. */
export interface Join {
  readonly kind: 'parallel' | 'map';
  readonly parent: Thread;
  readonly state: CompiledState;
  readonly results: unknown[];
  /** What each child receives (branch input, or the computed item input per index). */
  readonly childInput: (index: number) => unknown;
  /** The scope every child runs (the branch for Parallel; the item processor for Map). */
  readonly childScope: (index: number) => import('../program/types.js').Scope;
  readonly total: number;
  /** Position in `order` (or the next index when there is no order) of the next child to launch. */
  nextIndex: number;
  /** The indexes to run, in order, when only some run (a redrive); undefined: all of them. */
  readonly order: readonly number[] | undefined;
  /** Children that stopped before a redrive, by index: they continue where they stopped. */
  readonly resume: ReadonlyMap<number, Thread> | undefined;
  /** Indexes whose child succeeded (a redrive keeps their results and does not rerun them). */
  readonly succeeded: Set<number>;
  /** Children that failed or were aborted, by index, kept so a redrive can continue them. */
  readonly unsuccessful: Map<number, Thread>;
  running: number;
  completed: number;
  /** Distributed Map: follows UpdateMapRun while the run is in progress. */
  limit: number;
  /** The event the next completion chains from (AWS chains the final event from it). */
  lastCompletionEventId: number;
  readonly active: Set<Thread>;
  failed: boolean;
  failError: string | undefined;
  failCause: string | undefined;
  toleratedFailureCount: number;
  toleratedFailurePercentage: number;
  failures: number;
  /** Iterations/branches inherit the enclosing variable frame (read-only for them). */
  readonly vars: VarFrame;
  /** Set for a Distributed Map. */
  readonly mapRun: MapRunInfo | undefined;
  /** A Distributed Map with a ResultWriter keeps each child's run (by index) for the result files. */
  readonly runs: (ChildRun | undefined)[] | undefined;
}

/** Effects the core asks the host (engine, in-memory runner) to carry out. */
export type Command =
  | { kind: 'StartTimer'; threadId: number; ticket: number; dueAt: number }
  | { kind: 'InvokeTask'; threadId: number; ticket: number; resource: string; input: unknown; stateName: string; taskToken?: string; timeoutSeconds?: number; heartbeatSeconds?: number }
  /**
   * Object I/O for a Distributed Map's ItemReader / ResultWriter (S3 or its local stand-in).
   * The host answers with TaskSucceeded (`output`: an ObjectReply) or TaskFailed (`error`: the
   * S3 error code, `cause`: its message), through `deliver`, so the answer is journaled.
   */
  | { kind: 'ObjectIo'; threadId: number; ticket: number; stateName: string; request: ObjectRequest };

/** Events the host delivers back. */
export type ExecutionInput =
  | { kind: 'TimerFired'; threadId: number; ticket: number; /** set by the core: the heartbeat clock ran out */ heartbeat?: boolean }
  /** A worker took an activity task (GetActivityTask): ActivityStarted, heartbeat clock starts. */
  | { kind: 'TaskStarted'; threadId: number; ticket: number; workerName?: string }
  /** SendTaskHeartbeat: the heartbeat clock starts again. */
  | { kind: 'TaskHeartbeat'; threadId: number; ticket: number }
  | { kind: 'TaskSucceeded'; threadId: number; ticket: number; output: unknown }
  | { kind: 'TaskFailed'; threadId: number; ticket: number; error: string; cause?: string }
  | MapRunUpdate;

/**
 * UpdateMapRun: new limits for a Map Run. Delivered (and journaled) like any outcome, so a
 * replay applies it at the same point; a run in progress picks them up at once.
 */
export interface MapRunUpdate {
  kind: 'MapRunUpdated';
  mapRunArn: string;
  maxConcurrency?: number;
  toleratedFailureCount?: number;
  toleratedFailurePercentage?: number;
}

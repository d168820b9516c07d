import { errorMatches } from '../errors/error-matching.js';
import { maxAttempts, retryDelayMs } from '../errors/retry-backoff.js';
import { StatesError, withStatePrefix } from '../errors/states-error.js';
import type { HistoryEvent } from '../history/types.js';
import type { CompiledState, Program } from '../program/types.js';
import type { RuntimeEnv } from '../runtime-env.js';
import { buildContextObject, type ExecutionIdentity, type StateContext } from './context-object.js';
import { exceedsPayloadLimit, utf8Length } from './payload-size.js';
import { applyCatcher } from './catch.js';
import { beginChild, childFailed, childSucceeded } from './join.js';
import { continueThread } from './join-redrive.js';
import { stopMapRuns } from './map-run.js';
import { applyMapRunUpdate } from './map-run-update.js';
import { runStateLogic } from './state-logic.js';
import { BLOCKED, CONTINUE, DONE, type Outcome } from './outcome.js';
import type { ObjectRequest } from './object-io.js';
import type { ChildRun, Command, ExecutionInput, Join, MapRunInfo, Thread, VarFrame } from './types.js';

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

export interface ExecutionOptions {
  env: RuntimeEnv;
  identity: Omit<ExecutionIdentity, 'startTime'>;
  /** Record history events (ids and previousEventIds are tracked either way). */
  history: boolean;
  /** Largest state output in bytes (AWS: 256 KiB); Infinity disables the check. */
  payloadLimitBytes: number;
  /** Keep Distributed Map children's own histories for the host (takeMapRunUpdates). */
  recordChildRuns?: boolean;
  /** AWS fails a Standard execution whose history reaches 25,000 events; Infinity disables it. */
  maxHistoryEvents: number;
  region: string;
  /**
   * Optional synchronous task path for the in-memory runner: return the outcome now, or
   * undefined to receive the InvokeTask command instead.
   */
  invokeTaskSync?: (command: Extract<Command, { kind: 'InvokeTask' }>) => ExecutionInput | undefined;
}


/**
 * One execution of a Program, driven by events: `start()`, then `deliver()` for each timer
 * or task outcome. Each call runs every thread as far as it can go and returns the commands
 * (timers, task invocations) the host must carry out. No I/O, clock or randomness of its
 * own (all from `env`), so the same events always produce the same history.
 */
export class Execution {
  status: ExecutionStatus = 'RUNNING';
  output: unknown;
  error: string | undefined;
  cause: string | undefined;
  readonly history: HistoryEvent[] | null;
  transitions = 0;
  readonly identity: ExecutionIdentity;
  private lastEventId = 0;
  private nextThreadId = 1;
  private readonly queue: Thread[] = [];
  private queueHead = 0;
  private readonly blocked = new Map<number, Thread>();
  private commands: Command[] = [];
  readonly env: RuntimeEnv;

  constructor(
    readonly program: Program,
    input: unknown,
    readonly options: ExecutionOptions,
  ) {
    this.env = options.env;
    this.history = options.history ? [] : null;
    this.identity = { ...options.identity, input, startTime: options.env.now() };
  }

  /** Starts the execution: ExecutionStarted, then runs until every thread waits or ends. */
  async start(inputText?: string): Promise<Command[]> {
    // ExecutionStarted does not advance the chain: the first state's Entered has previousEventId 0.
    this.emitRaw('ExecutionStarted', 0, () => ({
      executionStartedEventDetails: {
        input: inputText ?? JSON.stringify(this.identity.input),
        inputDetails: { truncated: false },
        roleArn: this.identity.roleArn,
      },
    }));
    const root = this.newThread(this.program.root, this.program.root.startAt, this.identity.input, 0, { values: {}, parent: null }, null, 0);
    this.root = root;
    if (this.program.timeoutSeconds !== undefined) {
      this.commands.push({ kind: 'StartTimer', threadId: 0, ticket: 0, dueAt: this.identity.startTime + this.program.timeoutSeconds * 1000 });
    }
    this.enqueue(root);
    return this.drain();
  }

  /** The top-level thread: where a redrive resumes. */
  private root: Thread | undefined;

  /**
   * RedriveExecution: a FAILED, TIMED_OUT or ABORTED execution continues from the state its
   * top level stopped in, with that state's input, after an ExecutionRedriven event; variables
   * keep their values. Everything still pending (timers, tasks, branches) is abandoned first.
   * A Parallel or Map state reruns only its unsuccessful branches / iterations (join-redrive.ts);
   * after an error that ended the execution at once (States.DataLimitExceeded, States.Runtime)
   * the state runs again whole, as AWS documents.
   * https://docs.aws.amazon.com/step-functions/latest/dg/redrive-executions.html
   */
  async redrive(redriveCount: number): Promise<Command[]> {
    const root = this.root;
    if (this.status === 'RUNNING' || this.status === 'SUCCEEDED' || root === undefined) return [];
    for (const t of this.blocked.values()) t.aborted = true;
    this.blocked.clear();
    this.queue.length = 0;
    this.queueHead = 0;
    this.status = 'RUNNING';
    this.error = undefined;
    this.cause = undefined;
    this.identity.redriveCount = redriveCount;
    this.identity.redriveTime = this.env.now();
    const fresh = continueThread(this, root, null, 0, !this.fatal);
    this.fatal = false;
    fresh.cursor = this.emitRaw('ExecutionRedriven', this.lastEventId, () => ({ executionRedrivenEventDetails: { redriveCount } }));
    this.root = fresh;
    if (this.program.timeoutSeconds !== undefined) {
      this.commands.push({ kind: 'StartTimer', threadId: 0, ticket: 0, dueAt: this.env.now() + this.program.timeoutSeconds * 1000 });
    }
    this.enqueue(fresh);
    return this.drain();
  }

  /** The execution ended through failExecution: a redrive reruns the stopped state whole. */
  private fatal = false;

  /** Delivers a timer or task outcome. Outcomes for aborted or unknown threads are ignored. */
  async deliver(event: ExecutionInput): Promise<Command[]> {
    if (event.kind === 'MapRunUpdated') {
      // Applies to finished runs too: DescribeMapRun reports the limits, a redrive uses them.
      applyMapRunUpdate(this, event);
      return this.drain();
    }
    if (this.status !== 'RUNNING') return [];
    if (event.kind === 'TimerFired' && event.threadId === 0) {
      this.timeOut();
      return [];
    }
    const t = this.blocked.get(event.threadId);
    if (t === undefined || t.aborted) return [];
    if (event.kind === 'TimerFired') {
      if (event.ticket !== t.timerTicket && event.ticket !== t.heartbeatTicket) return [];
    } else if (event.ticket !== t.taskTicket) {
      return [];
    }
    let delivered = event;
    // Started/heartbeat keep the task in flight; any other outcome settles the wait, which
    // makes every ticket the thread held stale (a new attempt gets new ones).
    if (event.kind !== 'TaskStarted' && event.kind !== 'TaskHeartbeat') {
      if (event.kind === 'TimerFired' && event.ticket === t.heartbeatTicket) delivered = { ...event, heartbeat: true };
      t.timerTicket = 0;
      t.taskTicket = 0;
      t.heartbeatTicket = 0;
    }
    this.blocked.delete(event.threadId);
    this.resume(t, delivered);
    return this.drain();
  }

  /** Stops the execution (StopExecution): ExecutionAborted, every thread abandoned. */
  abort(error?: string, cause?: string): void {
    if (this.status !== 'RUNNING') return;
    this.status = 'ABORTED';
    this.error = error;
    this.cause = cause;
    stopMapRuns(this, 'ABORTED');
    this.emitRaw('ExecutionAborted', this.lastEventId, () => ({ executionAbortedEventDetails: errorDetails(error, cause) }));
  }

  // ---- threads ----------------------------------------------------------------------

  newThread(scope: Thread['scope'], stateName: string, input: unknown, cursor: number, vars: VarFrame, join: Join | null, index: number): Thread {
    return {
      id: this.nextThreadId++,
      scope,
      stateName,
      input,
      cursor,
      vars,
      join,
      index,
      enteredEventId: 0,
      enteredPrev: 0,
      enteredTime: 0,
      retryCounts: [],
      waiting: 'none',
      started: false,
      aborted: false,
      childJoin: null,
      lastJoin: null,
      redriveJoin: null,
      redriven: false,
      silent: join !== null && (join.parent.silent || join.state.distributed === true),
      begun: false,
      childRun: join?.parent.childRun,
      timerTicket: 0,
      taskTicket: 0,
      heartbeatTicket: 0,
      scratch: undefined,
    };
  }

  enqueue(t: Thread): void {
    this.queue.push(t);
  }

  /** Re-queues a thread blocked on its children (Parallel/Map join finished or failed). */
  unblock(t: Thread): void {
    if (!this.blocked.delete(t.id)) return;
    t.waiting = 'none';
    this.enqueue(t);
  }

  block(t: Thread, waiting: Thread['waiting']): Outcome {
    t.waiting = waiting;
    this.blocked.set(t.id, t);
    return BLOCKED;
  }

  private ticketSeq = 0;

  /** Asks the host for a timer that resumes `t` at `dueAt` (epoch ms). */
  startTimer(t: Thread, dueAt: number): void {
    t.timerTicket = ++this.ticketSeq;
    this.commands.push({ kind: 'StartTimer', threadId: t.id, ticket: t.timerTicket, dueAt });
  }

  /** (Re)starts the HeartbeatSeconds clock of the task in flight; the previous one goes stale. */
  startHeartbeatTimer(t: Thread, dueAt: number): void {
    t.heartbeatTicket = ++this.ticketSeq;
    this.commands.push({ kind: 'StartTimer', threadId: t.id, ticket: t.heartbeatTicket, dueAt });
  }

  /** Asks the host to invoke a task for `t`; the sync path may answer at once. */
  invokeTask(t: Thread, c: Omit<Extract<Command, { kind: 'InvokeTask' }>, 'kind' | 'threadId' | 'ticket'>): void {
    t.taskTicket = ++this.ticketSeq;
    this.command({ kind: 'InvokeTask', threadId: t.id, ticket: t.taskTicket, ...c });
  }

  /**
   * Asks the host to read or write objects for `t` (ItemReader / ResultWriter); the reply comes
   * back as TaskSucceeded / TaskFailed with this ticket. Never answered synchronously: it is I/O.
   */
  requestObjects(t: Thread, stateName: string, request: ObjectRequest): void {
    t.taskTicket = ++this.ticketSeq;
    this.commands.push({ kind: 'ObjectIo', threadId: t.id, ticket: t.taskTicket, stateName, request });
  }

  private command(c: Command): void {
    if (c.kind === 'InvokeTask' && this.options.invokeTaskSync) {
      const outcome = this.options.invokeTaskSync(c);
      if (outcome !== undefined) {
        this.syncOutcome = outcome;
        return;
      }
    }
    this.commands.push(c);
  }

  /** A task outcome the sync path produced while the thread was blocking on it. */
  syncOutcome: ExecutionInput | undefined;

  private async drain(): Promise<Command[]> {
    while (this.queueHead < this.queue.length && this.status === 'RUNNING') {
      const t = this.queue[this.queueHead++] as Thread;
      if (this.queueHead > 1024 && this.queueHead * 2 > this.queue.length) {
        this.queue.splice(0, this.queueHead);
        this.queueHead = 0;
      }
      if (t.aborted) continue;
      const r = this.runThread(t);
      if (r !== undefined) await r;
    }
    const out = this.commands;
    this.commands = [];
    return this.status === 'RUNNING' ? out : [];
  }

  /** Runs a thread's states until it blocks or ends; returns a promise only when a state is async. */
  private runThread(t: Thread): Promise<void> | undefined {
    for (;;) {
      if (t.aborted || this.status !== 'RUNNING') return undefined;
      const o = this.runState(t);
      if (typeof o !== 'number') return this.finishAsync(t, o);
      if (o !== CONTINUE) {
        if (o !== BLOCKED || this.syncOutcome === undefined) return undefined;
        // The host answered the task synchronously: resume the thread right here.
        this.takeSyncOutcome(t);
      }
    }
  }

  private async finishAsync(t: Thread, pending: Promise<Outcome>): Promise<void> {
    let o = await pending;
    for (;;) {
      if (o === BLOCKED && this.syncOutcome !== undefined) this.takeSyncOutcome(t);
      else if (o !== CONTINUE) return;
      if (t.aborted || this.status !== 'RUNNING') return;
      const next = this.runState(t);
      o = typeof next === 'number' ? next : await next;
    }
  }

  private takeSyncOutcome(t: Thread): void {
    t.resumeWith = this.syncOutcome;
    this.syncOutcome = undefined;
    this.blocked.delete(t.id);
    t.waiting = 'none';
    t.timerTicket = 0;
    t.taskTicket = 0;
    t.heartbeatTicket = 0;
  }

  private runState(t: Thread): Outcome | Promise<Outcome> {
    const state = t.scope.states.get(t.stateName);
    if (state === undefined) {
      return this.failExecution(t, 'States.Runtime', `State '${t.stateName}' does not exist.`);
    }
    if (!t.begun) {
      t.begun = true;
      if (t.join !== null) beginChild(this, t);
    }
    if (!t.started) {
      this.enterState(t, state);
      if (this.status !== 'RUNNING') return DONE;
    }
    try {
      const r = runStateLogic(this, t, state);
      if (typeof r === 'number') return r;
      return r.catch((e: unknown) => this.stateError(t, state, e));
    } catch (e) {
      return this.stateError(t, state, e);
    }
  }

  /** Re-queues a blocked thread with the outcome it waited for. */
  private resume(t: Thread, event: ExecutionInput): void {
    const waiting = t.waiting;
    t.waiting = 'none';
    if (waiting === 'retry') {
      this.enqueue(t);
      return;
    }
    t.resumeWith = event;
    this.enqueue(t);
  }

  // ---- events -------------------------------------------------------------------------

  /** Emits a history event chained from `prev`; returns its id (ids advance with or without history). */
  emitRaw(type: string, prev: number, details?: () => Record<string, unknown>): number {
    const id = ++this.lastEventId;
    if (this.history !== null) {
      this.history.push({ timestamp: this.env.now(), type, id, previousEventId: prev, ...(details ? details() : {}) });
    }
    return id;
  }

  /** Emits an event in a thread's chain and advances the thread's cursor to it. */
  emit(t: Thread, type: string, details?: () => Record<string, unknown>): number {
    if (t.silent) {
      if (t.childRun === undefined) return t.cursor;
      t.cursor = this.emitChild(t.childRun, type, t.cursor, details);
      return t.cursor;
    }
    const id = this.emitRaw(type, t.cursor, details);
    t.cursor = id;
    return id;
  }

  /** Emits an event chained from `prev` without moving any cursor (side events). */
  emitSide(t: Thread, type: string, prev: number, details?: () => Record<string, unknown>): number {
    if (t.silent) return t.childRun === undefined ? prev : this.emitChild(t.childRun, type, prev, details);
    return this.emitRaw(type, prev, details);
  }

  /** An event in a Distributed Map child's own history (its own ids). */
  emitChild(run: ChildRun, type: string, prev: number, details?: () => Record<string, unknown>): number {
    const id = ++run.lastId;
    if (this.options.recordChildRuns === true) {
      run.events.push({ timestamp: this.env.now(), type, id, previousEventId: prev, ...(details ? details() : {}) });
      this.dirtyChildren.add(run);
    }
    return id;
  }

  private readonly dirtyChildren = new Set<ChildRun>();
  private readonly dirtyMapRuns = new Set<MapRunInfo>();

  noteMapRun(run: MapRunInfo): void {
    if (this.options.recordChildRuns === true) this.dirtyMapRuns.add(run);
  }

  /** This execution's Map Runs by ARN, with the join running each (UpdateMapRun finds them here). */
  private readonly mapRuns = new Map<string, { run: MapRunInfo; join: Join | undefined }>();

  trackMapRun(run: MapRunInfo): void {
    this.mapRuns.set(run.arn, { run, join: undefined });
  }

  /** The join now running `run` (undefined once the run has ended: nothing left to update). */
  trackMapRunJoin(run: MapRunInfo, join: Join | undefined): void {
    const tracked = this.mapRuns.get(run.arn);
    if (tracked !== undefined) tracked.join = join;
  }

  mapRun(arn: string): { run: MapRunInfo; join: Join | undefined } | undefined {
    return this.mapRuns.get(arn);
  }

  mapRunsInProgress(): { run: MapRunInfo; join: Join | undefined }[] {
    return [...this.mapRuns.values()].filter((m) => m.run.status === 'RUNNING');
  }

  /**
   * Distributed Map children and Map Runs changed since the last call (their new events are
   * handed over once), for the host to persist as executions of the Map Run.
   */
  takeMapRunUpdates(): { children: ChildRun[]; mapRuns: MapRunInfo[] } {
    const children = [...this.dirtyChildren].map((run) => {
      const taken = { ...run, events: run.events.splice(0) };
      run.isNew = false;
      run.redrivePending = false;
      return taken;
    });
    const mapRuns = [...this.dirtyMapRuns].map((r) => ({ ...r }));
    this.dirtyChildren.clear();
    this.dirtyMapRuns.clear();
    return { children, mapRuns };
  }

  get recording(): boolean {
    return this.history !== null;
  }

  private enterState(t: Thread, state: CompiledState): void {
    if (this.lastEventId >= this.options.maxHistoryEvents) {
      // Checked per transition (cheap) rather than per event: a runaway loop ends here.
      this.failExecution(
        t,
        'States.Runtime',
        `The execution reached the maximum number of history events (${this.options.maxHistoryEvents}).`,
      );
      return;
    }
    this.transitions++;
    t.started = true;
    t.enteredPrev = t.cursor;
    t.enteredTime = this.env.now();
    t.enteredEventId = this.emit(t, state.enteredType, () => ({
      stateEnteredEventDetails: { input: JSON.stringify(t.input), inputDetails: { truncated: false }, name: state.name },
    }));
  }

  /**
   * Leaves a state with its output: checks the payload limit, commits the state's variable
   * assignments, emits `<Type>StateExited`, then moves to `next` or ends the thread.
   */
  exitState(t: Thread, state: CompiledState, output: unknown, assigned: Record<string, unknown> | undefined, next: string | undefined): Outcome {
    const text = this.recording ? JSON.stringify(output) : undefined;
    const limit = this.options.payloadLimitBytes;
    if (text !== undefined ? text.length > limit / 3 && utf8Length(text) > limit : exceedsPayloadLimit(output, limit)) {
      return this.failExecution(
        t,
        'States.DataLimitExceeded',
        `The state/task '${state.name}' returned a result with a size exceeding the maximum number of bytes service limit.`,
      );
    }
    if (assigned !== undefined) {
      const problem = variableLimitProblem(assigned);
      if (problem !== undefined) return this.failExecution(t, 'States.DataLimitExceeded', problem);
      Object.assign(t.vars.values, assigned);
    }
    this.emit(t, state.exitedType, () => ({
      stateExitedEventDetails: {
        name: state.name,
        output: text,
        outputDetails: { truncated: false },
        ...(assigned !== undefined
          ? { assignedVariables: stringifyValues(assigned), assignedVariablesDetails: { truncated: false } }
          : {}),
      },
    }));
    if (next === undefined) return this.finishThread(t, output);
    this.transition(t, next, output);
    return CONTINUE;
  }

  /** Moves a thread to its next state (retry counts reset on every transition). */
  transition(t: Thread, next: string, input: unknown): void {
    t.stateName = next;
    t.input = input;
    t.started = false;
    if (t.retryCounts.length > 0) t.retryCounts = [];
    t.scratch = undefined;
    t.lastJoin = null;
  }

  /** A thread reached a terminal state successfully. */
  finishThread(t: Thread, output: unknown): Outcome {
    if (t.join === null) {
      this.status = 'SUCCEEDED';
      this.output = output;
      this.emit(t, 'ExecutionSucceeded', () => ({
        executionSucceededEventDetails: { output: JSON.stringify(output), outputDetails: { truncated: false } },
      }));
      return DONE;
    }
    childSucceeded(this, t, output);
    return DONE;
  }

  /** A thread failed (no retry/catch left in it): fails the execution or its Parallel/Map. */
  failThread(t: Thread, error: string | undefined, cause: string | undefined): Outcome {
    if (t.join === null) {
      this.status = 'FAILED';
      this.error = error;
      this.cause = cause;
      this.emit(t, 'ExecutionFailed', () => ({ executionFailedEventDetails: errorDetails(error, cause) }));
      return DONE;
    }
    childFailed(this, t, error, cause);
    return DONE;
  }

  /** States.Runtime and States.DataLimitExceeded end the whole execution at once. */
  failExecution(t: Thread, error: string, cause: string): Outcome {
    this.status = 'FAILED';
    this.error = error;
    this.cause = cause;
    this.fatal = true;
    stopMapRuns(this, 'FAILED');
    this.emitRaw('ExecutionFailed', t.silent ? this.lastEventId : t.cursor, () => ({ executionFailedEventDetails: errorDetails(error, cause) }));
    return DONE;
  }

  private timeOut(): void {
    // DescribeExecution reports no error or cause for an execution-level timeout.
    this.status = 'TIMED_OUT';
    stopMapRuns(this, 'ABORTED');
    this.emitRaw('ExecutionTimedOut', this.lastEventId, () => ({ executionTimedOutEventDetails: {} }));
  }

  // ---- errors -------------------------------------------------------------------------

  /** An error raised while a state was evaluated or its task failed. */
  stateError(t: Thread, state: CompiledState, e: unknown): Outcome | Promise<Outcome> {
    const err = toStatesError(e);
    const cause = err.prefixed && err.causeText !== undefined ? withStatePrefix(state.name, t.enteredEventId, err.causeText) : err.causeText;
    if (err.error === 'States.Runtime' || err.error === 'States.DataLimitExceeded') {
      return this.failExecution(t, err.error, cause ?? '');
    }
    if (err.error === 'States.QueryEvaluationError') {
      const prev = state.type === 'Wait' ? t.enteredEventId : t.enteredPrev;
      const id = this.emitSide(t, 'EvaluationFailed', prev, () => ({
        evaluationFailedEventDetails: {
          error: err.error,
          cause,
          ...(err.location !== undefined ? { location: err.location } : {}),
          state: state.name,
        },
      }));
      if (!t.silent) t.cursor = id;
    }
    return this.stateFailed(t, state, err.error, cause);
  }

  /**
   * Retry, then Catch, then propagate: the ASL error-handling order for a failed state.
   * Map/Parallel emit their `<Type>StateFailed` event only when no retry follows.
   */
  stateFailed(t: Thread, state: CompiledState, error: string, cause: string | undefined): Outcome | Promise<Outcome> {
    const retryIndex = state.retry.findIndex((r) => errorMatches(r.ErrorEquals, error));
    if (retryIndex >= 0) {
      const retrier = state.retry[retryIndex]!;
      const attempts = t.retryCounts[retryIndex] ?? 0;
      if (attempts < maxAttempts(retrier)) {
        if (t.retryCounts.length === 0) t.retryCounts = state.retry.map(() => 0);
        t.retryCounts[retryIndex] = attempts + 1;
        const delay = retryDelayMs(retrier, attempts, this.env.random);
        this.startTimer(t, this.env.now() + delay);
        return this.block(t, 'retry');
      }
    }
    if (state.type === 'Map' || state.type === 'Parallel') this.emit(t, `${state.type}StateFailed`);
    const catchIndex = state.catch.findIndex((c) => errorMatches(c.errorEquals, error));
    if (catchIndex >= 0) return applyCatcher(this, t, state, catchIndex, error, cause);
    return this.failThread(t, error, cause);
  }

  // ---- scopes ------------------------------------------------------------------------

  /** The context object for the thread's current state. */
  context(t: Thread, state: CompiledState, extra?: Partial<StateContext>): Record<string, unknown> {
    return buildContextObject(this.identity, {
      name: state.name,
      enteredTime: t.enteredTime,
      retryCount: t.retryCounts.reduce((a, b) => a + b, 0),
      includeRetryCount: state.type === 'Task',
      ...(t.taskToken !== undefined ? { taskToken: t.taskToken } : {}),
      ...extra,
    });
  }
}

/** AWS's variable quotas: 256 KiB per variable and per Assign block (workflow-variables.html). */
const VARIABLE_LIMIT_BYTES = 262_144;

function variableLimitProblem(assigned: Record<string, unknown>): string | undefined {
  for (const [name, value] of Object.entries(assigned)) {
    if (exceedsPayloadLimit(value, VARIABLE_LIMIT_BYTES)) {
      return `The variable '${name}' exceeds the maximum variable size of ${VARIABLE_LIMIT_BYTES} bytes.`;
    }
  }
  if (exceedsPayloadLimit(assigned, VARIABLE_LIMIT_BYTES)) {
    return `The Assign field exceeds the maximum size of ${VARIABLE_LIMIT_BYTES} bytes.`;
  }
  return undefined;
}

export function lookupVariable(frame: VarFrame | null, name: string): unknown {
  for (let f = frame; f !== null; f = f.parent) {
    if (Object.prototype.hasOwnProperty.call(f.values, name)) return f.values[name];
  }
  return undefined;
}

/** All variables visible from a frame, outer first (for JSONata bindings). */
export function visibleVariables(frame: VarFrame): Record<string, unknown> {
  const frames: VarFrame[] = [];
  for (let f: VarFrame | null = frame; f !== null; f = f.parent) frames.push(f);
  const out: Record<string, unknown> = {};
  for (let i = frames.length - 1; i >= 0; i--) Object.assign(out, (frames[i] as VarFrame).values);
  return out;
}

export function errorDetails(error: string | undefined, cause: string | undefined): Record<string, string> {
  const d: Record<string, string> = {};
  if (error !== undefined) d.error = error;
  if (cause !== undefined) d.cause = cause;
  return d;
}

function stringifyValues(values: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) out[k] = JSON.stringify(v);
  return out;
}

/** Anything thrown inside a state becomes a StatesError; non-StatesErrors are engine bugs. */
export function toStatesError(e: unknown): StatesError {
  if (e instanceof StatesError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new StatesError('States.Runtime', `Internal error: ${message}`, true);
}

import type { ExecutionInput, MapRunUpdate } from '../../asl/interpreter/types.js';
import type { HistoryEvent } from '../../asl/history/types.js';
import { describeTaskError } from '../../runner/task-failure.js';
import type { TaskResolver } from '../../runner/types.js';
import type { ObjectStore } from '../../integrations/local-s3/object-store.js';
import { performObjectIo } from '../../integrations/local-s3/perform.js';
import type { ExecutionFilter, ExecutionRecord, ListPage, MapRunRecord, Store, TaskTokenRecord } from '../../store/types.js';
import { awsError } from '../errors.js';
import type { Runtime, StartRequest, SyncResult } from '../runtime-api.js';
import { testState, type TestStateRequest, type TestStateResult } from '../test-state.js';
import { ActivityWaiters } from './activity-waiters.js';
import { CommitQueue } from './commit-queue.js';
import { DurableExecution, type HostCall, type ObjectIoCommand, type StepResult } from './durable-execution.js';
import { newExecutionRecord } from './execution-record.js';
import { ExpressExecutions } from './express-executions.js';
import { historyPage, withoutData } from './history-page.js';
import { KeyedLock } from './keyed-lock.js';
import { ProgramCache } from './program-cache.js';
import { TimerScheduler } from './timer-scheduler.js';

/** Task tokens are UUIDs drawn from the execution's env (journaled, so replay reproduces them). */
const TASK_TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface RuntimeOptions {
  store: Store;
  accountId: string;
  region: string;
  /** Test-mode bindings for Task resources (local functions, fixed results or failures). */
  resolver?: TaskResolver;
  /** Where Distributed Map ItemReaders read and ResultWriters write (the local S3 folder). */
  objects?: ObjectStore;
  payloadLimitBytes?: number;
  maxHistoryEvents?: number;
  /** How long finished Express executions stay visible (AWS keeps none). */
  expressRetentionMs?: number;
  /** Live Standard executions kept in memory; the rest are rebuilt from the journal on demand. */
  maxLiveExecutions?: number;
  clock?: () => number;
}

/**
 * The durable execution runtime. Standard executions: every step is journaled and
 * group-committed before anything is acted on (task dispatch, acknowledgement), timers and
 * tokens are rows, and a restart rebuilds running executions by replay. Express executions
 * run in memory (at-least-once) and stay visible for a retention period.
 */
export class DurableRuntime implements Runtime {
  private readonly store: Store;
  private readonly commits: CommitQueue;
  private readonly programs = new ProgramCache();
  private readonly live = new Map<string, DurableExecution>();
  private readonly locks = new KeyedLock();
  private readonly waiters = new ActivityWaiters();
  private readonly timers: TimerScheduler;
  private readonly express: ExpressExecutions;
  private readonly now: () => number;
  private closed = false;

  constructor(private readonly options: RuntimeOptions) {
    this.store = options.store;
    this.commits = new CommitQueue(this.store);
    this.now = options.clock ?? Date.now;
    this.timers = new TimerScheduler(this.store, this.now, (t) => this.deliver(t.executionArn, { kind: 'TimerFired', threadId: t.threadId, ticket: t.ticket }));
    this.express = new ExpressExecutions({
      accountId: options.accountId,
      region: options.region,
      retentionMs: options.expressRetentionMs ?? 60 * 60 * 1000,
      programs: this.programs,
      ...(options.resolver ? { resolver: options.resolver } : {}),
      payloadLimitBytes: options.payloadLimitBytes ?? 262_144,
      ...(options.objects ? { objects: options.objects } : {}),
    });
  }

  /**
   * After a restart: starts the timer loop at once (timers are rows: they fire whether or not
   * their execution is in memory), then rebuilds the executions that had a local task in
   * flight, evicting as it goes, so those tasks are dispatched again. Memory stays bounded by
   * maxLiveExecutions however many executions are parked.
   */
  async recover(): Promise<number> {
    this.timers.start();
    // Only executions with a local task in flight need rebuilding now (to dispatch it again);
    // the rest are rebuilt lazily when a timer, worker or callback reaches them.
    const arns = this.store.executionsWithLocalTasks();
    for (const arn of arns) {
      if (this.closed) break;
      await this.locks.run(arn, () => this.load(arn));
      this.evictIfNeeded(arn);
    }
    return arns.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.timers.stop();
    this.waiters.closeAll();
    this.commits.flush();
  }

  // ---- starting and stopping -------------------------------------------------------------

  async start(request: StartRequest): Promise<ExecutionRecord> {
    if (request.type === 'EXPRESS') return this.express.start(request);
    const { accountId, region } = this.options;
    const arn = `arn:aws:states:${region}:${accountId}:execution:${request.stateMachineName}:${request.name}`;
    return this.locks.run(arn, async () => {
      const existing = this.store.getExecution(arn);
      if (existing !== undefined) {
        // Idempotent by name: the same input to a running execution returns it.
        if (existing.status === 'RUNNING' && existing.input === request.input) return existing;
        throw awsError('ExecutionAlreadyExists', `Execution Already Exists: '${arn}'`);
      }
      const record = newExecutionRecord(arn, request, this.now());
      const durable = this.newDurable(record);
      this.live.set(arn, durable);
      // The execution row commits in the same (group) transaction as its first step.
      await this.commitStep(durable, await durable.start(record.startDate), () => this.store.insertExecution(record));
      return this.store.getExecution(arn) ?? record;
    });
  }

  async startSync(request: StartRequest): Promise<SyncResult> {
    if (request.type !== 'EXPRESS') {
      throw awsError('StateMachineTypeNotSupported', 'This operation is not supported by this type of state machine');
    }
    return this.express.startSync(request);
  }

  async stop(executionArn: string, error?: string, cause?: string): Promise<ExecutionRecord> {
    if (this.express.has(executionArn)) {
      throw awsError('ValidationException', 'Express executions cannot be stopped.');
    }
    return this.locks.run(executionArn, async () => {
      const record = this.store.getExecution(executionArn);
      if (record === undefined) throw awsError('ExecutionDoesNotExist', `Execution Does Not Exist: '${executionArn}'`);
      if (record.status !== 'RUNNING') return record;
      const durable = await this.load(executionArn);
      if (durable !== undefined) await this.commitStep(durable, durable.abort(this.now(), error, cause));
      return this.store.getExecution(executionArn) ?? record;
    });
  }

  /**
   * RedriveExecution: a Standard execution that FAILED, TIMED_OUT or was ABORTED in the last
   * 14 days continues from the state where it stopped (see Execution.redrive).
   * https://docs.aws.amazon.com/step-functions/latest/apireference/API_RedriveExecution.html
   */
  async redrive(executionArn: string): Promise<ExecutionRecord> {
    const found = this.describe(executionArn);
    if (found === undefined) throw awsError('ExecutionDoesNotExist', `Execution Does Not Exist: '${executionArn}'`);
    return this.locks.run(executionArn, async () => {
      const record = this.store.getExecution(executionArn) ?? found;
      const reason = notRedrivable(record, this.now());
      if (reason !== undefined) throw awsError('ExecutionNotRedrivable', reason);
      const durable = this.newDurable(record);
      await durable.replay(this.store.journal(executionArn), [], []);
      const at = this.now();
      const redriveCount = record.redriveCount + 1;
      durable.record.redriveCount = redriveCount;
      this.live.set(executionArn, durable);
      const step = await durable.redrive(at, redriveCount);
      await this.commitStep(durable, step, () =>
        this.store.updateExecution(executionArn, { status: 'RUNNING', stopDate: null, output: null, error: null, cause: null, redriveCount, redriveDate: at }),
      );
      return this.store.getExecution(executionArn) ?? record;
    });
  }

  // ---- reads --------------------------------------------------------------------------

  describe(executionArn: string): ExecutionRecord | undefined {
    return this.express.get(executionArn)?.record ?? this.store.getExecution(executionArn);
  }

  list(filter: ExecutionFilter, limit: number, nextToken: string | null): ListPage<ExecutionRecord> {
    if (filter.stateMachineArn !== undefined && this.express.knows(filter.stateMachineArn)) {
      return this.express.list(filter, limit, nextToken);
    }
    return this.store.listExecutions(filter, limit, nextToken);
  }

  history(
    executionArn: string,
    options: { reverseOrder: boolean; maxResults: number; nextToken: string | null; includeExecutionData: boolean },
  ): { events: HistoryEvent[]; nextToken: string | null } {
    const express = this.express.get(executionArn);
    if (express !== undefined) return historyPage(express.history, options);
    if (this.store.getExecution(executionArn) === undefined) {
      throw awsError('ExecutionDoesNotExist', `Execution Does Not Exist: '${executionArn}'`);
    }
    const afterId = options.nextToken === null ? 0 : parseHistoryToken(options.nextToken);
    const limit = options.maxResults > 0 ? options.maxResults : 100;
    const rows = this.store.history(executionArn, afterId, limit + 1, options.reverseOrder);
    const events = rows.slice(0, limit).map((r) => JSON.parse(r.event) as HistoryEvent);
    const last = events[events.length - 1];
    return {
      events: options.includeExecutionData ? events : events.map(withoutData),
      nextToken: rows.length > limit && last !== undefined ? String(last.id) : null,
    };
  }

  // ---- activities and task tokens ----------------------------------------------------------

  async getActivityTask(activityArn: string, workerName: string | null, signal: AbortSignal): Promise<{ taskToken: string; input: string } | null> {
    const deadline = this.now() + 60_000;
    while (!signal.aborted && !this.closed) {
      const task = this.store.claimActivityTask(activityArn, workerName, this.now());
      if (task !== undefined) {
        // ActivityStarted (with the worker's name) is recorded before the worker gets the task.
        await this.deliver(task.executionArn, { kind: 'TaskStarted', threadId: task.threadId, ticket: task.ticket, ...(workerName !== null ? { workerName } : {}) });
        return { taskToken: task.token, input: task.input };
      }
      const remaining = deadline - this.now();
      if (remaining <= 0) return null;
      await this.waiters.wait(activityArn, remaining, signal);
    }
    return null;
  }

  async sendTaskSuccess(taskToken: string, output: string): Promise<void> {
    const token = this.requireToken(taskToken);
    await this.deliver(token.executionArn, { kind: 'TaskSucceeded', threadId: token.threadId, ticket: token.ticket, output: JSON.parse(output) as unknown }, token.token);
  }

  async sendTaskFailure(taskToken: string, error?: string, cause?: string): Promise<void> {
    const token = this.requireToken(taskToken);
    const input: ExecutionInput = { kind: 'TaskFailed', threadId: token.threadId, ticket: token.ticket, error: error ?? '', ...(cause !== undefined ? { cause } : {}) };
    await this.deliver(token.executionArn, input, token.token);
  }

  async sendTaskHeartbeat(taskToken: string): Promise<void> {
    const token = this.requireToken(taskToken);
    await this.deliver(token.executionArn, { kind: 'TaskHeartbeat', threadId: token.threadId, ticket: token.ticket });
  }

  /**
   * The open task behind a token. A token Stepwise could have issued (a UUID) whose task is
   * gone has closed or timed out: TaskTimedOut, as AWS answers; anything else is InvalidToken.
   */
  describeMapRun(mapRunArn: string): { run: MapRunRecord; counts: Record<string, number> } | undefined {
    const run = this.store.getMapRun(mapRunArn);
    return run === undefined ? undefined : { run, counts: this.store.countMapRunExecutions(mapRunArn) };
  }

  waitingTasks(limit: number): TaskTokenRecord[] {
    return this.store.waitingTasks(limit);
  }

  listMapRuns(executionArn: string): MapRunRecord[] {
    return this.store.listMapRuns(executionArn);
  }

  /**
   * UpdateMapRun: the new limits are delivered to the execution that owns the run as a journaled
   * input (MapRunUpdated), so a run in progress applies them at once (more or fewer children at a
   * time, a new failure tolerance) and a replay after a restart applies them at the same point.
   * The step upserts the run's row, so DescribeMapRun reports them. An execution that has ended
   * is rebuilt from its journal to take the update (a redrive then runs with the new limits).
   * https://docs.aws.amazon.com/step-functions/latest/apireference/API_UpdateMapRun.html
   */
  async updateMapRun(mapRunArn: string, fields: Partial<Pick<MapRunRecord, 'maxConcurrency' | 'toleratedFailureCount' | 'toleratedFailurePercentage'>>): Promise<boolean> {
    const row = this.store.getMapRun(mapRunArn);
    if (row === undefined) return false;
    const executionArn = row.executionArn;
    const update: MapRunUpdate = { kind: 'MapRunUpdated', mapRunArn, ...fields };
    await this.locks.run(executionArn, async () => {
      let durable = await this.load(executionArn);
      if (durable === undefined) {
        const record = this.store.getExecution(executionArn);
        const journal = this.store.journal(executionArn);
        if (record === undefined || journal.length === 0) {
          // Nothing to deliver to (no core to rebuild): the row alone records the limits.
          this.store.updateMapRun(mapRunArn, fields);
          return;
        }
        durable = this.newDurable(record);
        await durable.replay(journal, [], []);
      }
      await this.commitStep(durable, await durable.updateMapRun(update, this.now()));
    });
    return true;
  }

  testState(request: TestStateRequest): Promise<TestStateResult> {
    return testState(request, this.options.resolver, this.options.objects);
  }

  private requireToken(taskToken: string): TaskTokenRecord {
    const token = this.store.getToken(taskToken);
    if (token !== undefined && !token.token.startsWith('local:')) return token;
    if (TASK_TOKEN.test(taskToken)) throw awsError('TaskTimedOut', "Task Timed Out: 'Provided task does not exist anymore'");
    throw awsError('InvalidToken', 'Invalid Token: \'Invalid token\'');
  }

  // ---- the step loop --------------------------------------------------------------------

  /** Delivers an outcome to an execution (rebuilding it from the journal when evicted). */
  private deliver(executionArn: string, input: ExecutionInput, settledToken?: string): Promise<void> {
    return this.locks.run(executionArn, async () => {
      const durable = await this.load(executionArn);
      if (durable === undefined || durable.status !== 'RUNNING') {
        // The execution ended: drop whatever row brought us here.
        this.store.writeStep(orphanCleanup(executionArn, input, settledToken));
        return;
      }
      const step = await durable.deliver(input, this.now());
      if (settledToken !== undefined && !step.write.tokensRemoved.includes(settledToken)) {
        step.write.tokensRemoved.push(settledToken);
        durable.tokenSettled(settledToken);
      }
      await this.commitStep(durable, step);
    });
  }

  /** Commits a step, then acts on it: nothing happens before the commit. */
  private async commitStep(durable: DurableExecution, step: StepResult, before?: () => void): Promise<void> {
    try {
      await this.commits.commit(step.write, before);
    } catch (e) {
      // Not committed: forget the in-memory state, the journal is the truth.
      this.live.delete(durable.record.arn);
      throw e;
    }
    const arn = durable.record.arn;
    if (step.finished) this.live.delete(arn);
    else this.evictIfNeeded(arn);
    for (const t of step.write.timersAdded) this.timers.poke(t.dueAt);
    for (const token of step.tokens) if (token.activityArn !== null) this.waiters.notify(token.activityArn);
    for (const invoke of step.invokes) this.dispatch(arn, invoke);
  }

  /** Calls a Task resource through the test-mode resolver; the outcome comes back as a step. */
  private dispatch(executionArn: string, c: HostCall): void {
    if (c.kind === 'ObjectIo') return this.dispatchObjectIo(executionArn, c);
    const ticket = { threadId: c.threadId, ticket: c.ticket };
    const callback = c.taskToken !== undefined;
    const fail = (e: unknown): void => void this.deliver(executionArn, { kind: 'TaskFailed', ...ticket, ...describeTaskError(e) }).catch(logBug);
    const succeed = (output: unknown): void => {
      // A callback task waits for SendTaskSuccess/Failure: the call's own result is not its output.
      if (!callback) void this.deliver(executionArn, { kind: 'TaskSucceeded', ...ticket, output }).catch(logBug);
    };
    const resolver = this.options.resolver;
    if (resolver === undefined) {
      if (!callback) fail(Object.assign(new Error(`No integration is bound to the resource '${c.resource}'.`), { name: 'States.TaskFailed' }));
      return;
    }
    try {
      const result = resolver({
        resource: c.resource,
        input: c.input as never,
        stateName: c.stateName,
        ...(c.taskToken !== undefined ? { taskToken: c.taskToken } : {}),
      });
      if (typeof (result as PromiseLike<unknown> | undefined)?.then === 'function') (result as PromiseLike<unknown>).then(succeed, fail);
      else succeed(result);
    } catch (e) {
      fail(e);
    }
  }

  /**
   * ItemReader / ResultWriter I/O: the answer (objects read, or the S3 error) is delivered as a
   * step, so it is journaled and a replay never reads again.
   */
  private dispatchObjectIo(executionArn: string, c: ObjectIoCommand): void {
    const objects = this.options.objects;
    if (objects === undefined) {
      void this.deliver(executionArn, { kind: 'TaskFailed', threadId: c.threadId, ticket: c.ticket, error: 'NoSuchBucket', cause: 'No S3 folder is configured (--s3-dir).' }).catch(logBug);
      return;
    }
    void performObjectIo(objects, c).then((outcome) => this.deliver(executionArn, outcome)).catch(logBug);
  }

  /** The live execution, or one rebuilt from the journal; undefined when it is not running. */
  private async load(executionArn: string): Promise<DurableExecution | undefined> {
    const live = this.live.get(executionArn);
    if (live !== undefined) return live;
    const record = this.store.getExecution(executionArn);
    if (record === undefined || record.status !== 'RUNNING') return undefined;
    const durable = this.newDurable(record);
    const journal = this.store.journal(executionArn);
    this.live.set(executionArn, durable);
    if (journal.length === 0) {
      // Crashed between inserting the execution and committing its first step.
      await this.commitStep(durable, await durable.start(this.now()));
      return durable;
    }
    const inFlight = await durable.replay(journal, this.store.timers(executionArn), this.store.tokensOf(executionArn));
    for (const c of inFlight) this.dispatch(executionArn, c);
    for (const token of this.store.tokensOf(executionArn)) if (token.activityArn !== null) this.waiters.notify(token.activityArn);
    return durable;
  }

  private evictIfNeeded(justUsed: string): void {
    const max = this.options.maxLiveExecutions ?? 10_000;
    if (this.live.size <= max) return;
    // Map keeps insertion order: the oldest entries go first (their state is in the journal).
    for (const arn of this.live.keys()) {
      if (this.live.size <= max) break;
      if (arn !== justUsed && !this.locks.isBusy(arn)) this.live.delete(arn);
    }
  }

  private newDurable(record: ExecutionRecord): DurableExecution {
    return new DurableExecution(record, this.programs.get(record.definition), {
      region: this.options.region,
      payloadLimitBytes: this.options.payloadLimitBytes ?? 262_144,
      maxHistoryEvents: this.options.maxHistoryEvents ?? 25_000,
    });
  }
}

const REDRIVE_WINDOW_MS = 14 * 24 * 60 * 60 * 1000;

/** Why an execution cannot be redriven (undefined: it can), in the words DescribeExecution uses. */
export function notRedrivable(e: ExecutionRecord, now: number): string | undefined {
  if (e.type === 'EXPRESS') return 'Execution is of type EXPRESS and cannot be redriven';
  // A Distributed Map child has no journal of its own: AWS redrives it through its parent
  // (DescribeExecution reports REDRIVABLE_BY_MAP_RUN).
  if (e.mapRunArn !== null) return 'Execution is a child workflow of a Map Run and can only be redriven by redriving its parent execution';
  if (e.status === 'RUNNING' || e.status === 'SUCCEEDED' || e.status === 'PENDING_REDRIVE') return `Execution is ${e.status} and cannot be redriven`;
  if (e.stopDate !== null && now - e.stopDate > REDRIVE_WINDOW_MS) return 'Execution can only be redriven within 14 days of its end';
  return undefined;
}

/** History page tokens are the last event id returned: a positive integer, nothing else. */
function parseHistoryToken(token: string): number {
  if (!/^[1-9]\d{0,15}$/.test(token)) throw awsError('InvalidToken', `Invalid Token: '${token}'`);
  return Number(token);
}

function orphanCleanup(executionArn: string, input: ExecutionInput, settledToken: string | undefined) {
  return {
    executionArn,
    history: [],
    timersAdded: [],
    timersRemoved: input.kind === 'TimerFired' ? [{ executionArn, ticket: input.ticket }] : [],
    tokensAdded: [],
    tokensRemoved: settledToken !== undefined ? [settledToken] : [],
  };
}

function logBug(e: unknown): void {
  console.error('stepwise: internal error while delivering a task outcome:', e);
}

import type { HistoryEvent } from '../../src/asl/history/types.js';
import { Arns } from '../../src/engine/control/arn.js';
import { AwsError } from '../../src/engine/errors.js';
import type { TestStateResult } from '../../src/engine/test-state.js';
import type { Runtime, StartRequest, SyncResult } from '../../src/engine/runtime-api.js';
import type { ExecutionFilter, ExecutionRecord, ListPage, TaskTokenRecord } from '../../src/store/types.js';
import type { MemoryStore } from './memory-store.js';

/**
 * A Runtime stand-in for the API tests: executions stay RUNNING until a test finishes them;
 * activity tasks are queued by the test; every call is recorded.
 */
export class FakeRuntime implements Runtime {
  readonly starts: StartRequest[] = [];
  readonly events = new Map<string, HistoryEvent[]>();
  readonly tasks = new Map<string, { taskToken: string; input: string }[]>();
  readonly tokens = new Map<string, { status: 'open' | 'closed'; output?: string; error?: string; cause?: string; heartbeats: number }>();
  /** Resolved once a GetActivityTask poll has been aborted (the client went away). */
  pollAborted: Promise<void>;
  private markAborted: () => void = () => {};
  now = 1_700_000_000_123;

  constructor(private readonly store: MemoryStore) {
    this.pollAborted = new Promise((resolve) => { this.markAborted = resolve; });
  }

  async start(r: StartRequest): Promise<ExecutionRecord> {
    this.starts.push(r);
    const arn = Arns.execution(r.stateMachineArn, r.name);
    const existing = this.store.getExecution(arn);
    if (existing !== undefined) {
      if (existing.status === 'RUNNING' && existing.input === r.input) return existing;
      throw new AwsError('ExecutionAlreadyExists', `Execution Already Exists: '${arn}'`);
    }
    const e: ExecutionRecord = {
      arn, stateMachineArn: r.stateMachineArn, name: r.name, type: r.type, status: 'RUNNING', startDate: this.now, stopDate: null,
      input: r.input, output: null, error: null, cause: null, definition: r.definition, roleArn: r.roleArn,
      stateMachineVersionArn: r.stateMachineVersionArn ?? null, stateMachineAliasArn: r.stateMachineAliasArn ?? null,
      mapRunArn: null, parentExecutionArn: null, redriveCount: 0, redriveDate: null, traceHeader: r.traceHeader ?? null,
    };
    this.store.insertExecution(e);
    return e;
  }

  async startSync(r: StartRequest): Promise<SyncResult> {
    const e = await this.start(r);
    this.finish(e.arn, 'SUCCEEDED', e.input);
    return { execution: this.store.getExecution(e.arn) as ExecutionRecord, billedMemoryUsedInMB: 64, billedDurationInMilliseconds: 100 };
  }

  /** Ends an execution as the engine would. */
  finish(arn: string, status: ExecutionRecord['status'], output: string | null = null, error: string | null = null, cause: string | null = null): void {
    this.store.updateExecution(arn, { status, stopDate: this.now + 1000, output, error, cause });
  }

  async stop(arn: string, error?: string, cause?: string): Promise<ExecutionRecord> {
    this.finish(arn, 'ABORTED', null, error ?? null, cause ?? null);
    return this.store.getExecution(arn) as ExecutionRecord;
  }

  async redrive(arn: string): Promise<ExecutionRecord> {
    const e = this.store.getExecution(arn) as ExecutionRecord;
    if (e.status === 'RUNNING' || e.status === 'SUCCEEDED') throw new AwsError('ExecutionNotRedrivable', `Execution is ${e.status} and cannot be redriven`);
    this.store.updateExecution(arn, { status: 'RUNNING', stopDate: null, redriveCount: e.redriveCount + 1, redriveDate: this.now + 5000 });
    return this.store.getExecution(arn) as ExecutionRecord;
  }

  describe(arn: string): ExecutionRecord | undefined { return this.store.getExecution(arn); }
  list(filter: ExecutionFilter, limit: number, nextToken: string | null): ListPage<ExecutionRecord> { return this.store.listExecutions(filter, limit, nextToken); }

  history(arn: string, o: { reverseOrder: boolean; maxResults: number; nextToken: string | null; includeExecutionData: boolean }): { events: HistoryEvent[]; nextToken: string | null } {
    const all = [...(this.events.get(arn) ?? [])];
    if (o.reverseOrder) all.reverse();
    const start = o.nextToken === null ? 0 : Number(o.nextToken);
    const events = all.slice(start, start + o.maxResults);
    return { events, nextToken: start + o.maxResults < all.length ? String(start + o.maxResults) : null };
  }

  getActivityTask(activityArn: string, _worker: string | null, signal: AbortSignal): Promise<{ taskToken: string; input: string } | null> {
    const task = this.tasks.get(activityArn)?.shift();
    if (task !== undefined) return Promise.resolve(task);
    return new Promise((resolve) => {
      signal.addEventListener('abort', () => { this.markAborted(); resolve(null); });
    });
  }

  private token(taskToken: string) {
    const t = this.tokens.get(taskToken);
    if (t === undefined) throw new AwsError('TaskDoesNotExist', 'Task Does Not Exist');
    if (t.status === 'closed') throw new AwsError('TaskTimedOut', 'Task Timed Out');
    return t;
  }
  async sendTaskSuccess(taskToken: string, output: string): Promise<void> { Object.assign(this.token(taskToken), { status: 'closed', output }); }
  async sendTaskFailure(taskToken: string, error?: string, cause?: string): Promise<void> { Object.assign(this.token(taskToken), { status: 'closed', error, cause }); }
  async sendTaskHeartbeat(taskToken: string): Promise<void> { this.token(taskToken).heartbeats += 1; }
  async testState(): Promise<TestStateResult> { return { status: 'SUCCEEDED', output: '{}' }; }
  describeMapRun(): undefined { return undefined; }
  listMapRuns(): [] { return []; }
  updateMapRun(): Promise<boolean> { return Promise.resolve(false); }
  waitingTasks(_limit: number): TaskTokenRecord[] { return []; }
}

import Database from 'better-sqlite3';
import { MapRunQueries } from './map-run-queries.js';
import type {
  ActivityRecord, AliasRecord, ExecutionFilter, ExecutionRecord, MapRunRecord, HistoryRow, JournalEntry, ListPage,
  StateMachineRecord, Store, StepWrite, TaskTokenRecord, TimerRecord, VersionRecord,
} from '../types.js';
import { ActivityTagQueries } from './activity-tag-queries.js';
import { ExecutionQueries } from './execution-queries.js';
import { HistoryQueries } from './history-queries.js';
import { migrate } from './migrate.js';
import { StateMachineQueries } from './state-machine-queries.js';
import { StepWriter } from './step-writer.js';
import { WorkQueries } from './work-queries.js';

export interface SqliteStoreOptions {
  /**
   * FULL (default): every commit is fsynced before it returns, so nothing the engine has
   * acknowledged can be lost, even to power loss; group commit keeps that affordable.
   * NORMAL: in WAL mode the log is fsynced only at checkpoints; the database stays
   * consistent, but the last commits can be lost on power loss or OS crash (not on a
   * process crash). For tests and throwaway data.
   */
  synchronous?: 'FULL' | 'NORMAL';
  /** How long a write waits for another connection's lock before SQLITE_BUSY (default 5 s). */
  busyTimeoutMs?: number;
}

/**
 * The embedded store: one SQLite file (or ':memory:') through better-sqlite3, synchronous.
 * Opening applies pending migrations. WAL mode lets readers (API lists, console) run while
 * the engine writes. See src/store/types.ts for the contract every adapter keeps.
 */
export class SqliteStore implements Store {
  /** The underlying connection, for diagnostics and tests; not part of the Store contract. */
  readonly db: Database.Database;
  private readonly runInTransaction: Database.Transaction<(fn: () => unknown) => unknown>;
  private readonly machines: StateMachineQueries;
  private readonly activitiesAndTags: ActivityTagQueries;
  private readonly executions: ExecutionQueries;
  private readonly steps: StepWriter;
  private readonly histories: HistoryQueries;
  private readonly work: WorkQueries;
  private readonly mapRuns: MapRunQueries;

  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.db = new Database(path);
    try {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma(`synchronous = ${options.synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
      this.db.pragma('foreign_keys = ON');
      this.db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
      migrate(this.db);
    } catch (e: unknown) {
      this.db.close();
      throw e;
    }
    this.runInTransaction = this.db.transaction((fn: () => unknown) => fn());
    this.machines = new StateMachineQueries(this.db);
    this.activitiesAndTags = new ActivityTagQueries(this.db);
    this.executions = new ExecutionQueries(this.db);
    this.steps = new StepWriter(this.db);
    this.histories = new HistoryQueries(this.db);
    this.work = new WorkQueries(this.db);
    this.mapRuns = new MapRunQueries(this.db);
  }

  /** Idempotent. Runs `PRAGMA optimize` first, as SQLite recommends before closing. */
  close(): void {
    if (!this.db.open) return;
    this.db.pragma('optimize');
    this.db.close();
  }

  /**
   * Runs `fn` in one IMMEDIATE transaction (the write lock is taken up front, so it cannot
   * fail half-way on a lock upgrade) and commits once: group commit. If `fn` throws, all of
   * its writes are rolled back and the error is rethrown. Nested calls become savepoints.
   * `fn` must be synchronous (a returned promise is rejected by better-sqlite3).
   */
  transaction<T>(fn: () => T): T {
    return this.runInTransaction.immediate(fn) as T;
  }

  putStateMachine(sm: StateMachineRecord): void { this.machines.putStateMachine(sm); }
  getStateMachine(arn: string): StateMachineRecord | undefined { return this.machines.getStateMachine(arn); }
  listStateMachines(limit: number, nextToken: string | null): ListPage<StateMachineRecord> {
    return this.machines.listStateMachines(limit, nextToken);
  }
  /** Also deletes its versions, aliases and tags. Its executions are kept. */
  deleteStateMachine(arn: string): void {
    this.transaction(() => {
      this.machines.deleteStateMachine(arn);
      this.activitiesAndTags.clearTagsOf(arn);
    });
  }

  putVersion(v: VersionRecord): void { this.transaction(() => this.machines.putVersion(v)); }
  getVersion(arn: string): VersionRecord | undefined { return this.machines.getVersion(arn); }
  listVersions(stateMachineArn: string, limit: number, nextToken: string | null): ListPage<VersionRecord> {
    return this.machines.listVersions(stateMachineArn, limit, nextToken);
  }
  deleteVersion(arn: string): void { this.machines.deleteVersion(arn); }
  latestVersionNumber(stateMachineArn: string): number { return this.machines.latestVersionNumber(stateMachineArn); }

  putAlias(a: AliasRecord): void { this.machines.putAlias(a); }
  getAlias(arn: string): AliasRecord | undefined { return this.machines.getAlias(arn); }
  listAliases(stateMachineArn: string, limit: number, nextToken: string | null): ListPage<AliasRecord> {
    return this.machines.listAliases(stateMachineArn, limit, nextToken);
  }
  deleteAlias(arn: string): void { this.machines.deleteAlias(arn); }

  putActivity(a: ActivityRecord): void { this.activitiesAndTags.putActivity(a); }
  getActivity(arn: string): ActivityRecord | undefined { return this.activitiesAndTags.getActivity(arn); }
  listActivities(limit: number, nextToken: string | null): ListPage<ActivityRecord> {
    return this.activitiesAndTags.listActivities(limit, nextToken);
  }
  /** Also deletes its tags. */
  deleteActivity(arn: string): void {
    this.transaction(() => {
      this.activitiesAndTags.deleteActivity(arn);
      this.activitiesAndTags.clearTagsOf(arn);
    });
  }

  getTags(resourceArn: string): Record<string, string> { return this.activitiesAndTags.getTags(resourceArn); }
  setTags(resourceArn: string, tags: Record<string, string>): void { this.activitiesAndTags.setTags(resourceArn, tags); }
  removeTags(resourceArn: string, keys: string[]): void { this.activitiesAndTags.removeTags(resourceArn, keys); }

  insertExecution(e: ExecutionRecord): void { this.executions.insertExecution(e); }
  getExecution(arn: string): ExecutionRecord | undefined { return this.executions.getExecution(arn); }
  updateExecution(arn: string, fields: Partial<ExecutionRecord>): void { this.executions.updateExecution(arn, fields); }
  listExecutions(filter: ExecutionFilter, limit: number, nextToken: string | null): ListPage<ExecutionRecord> {
    return this.executions.listExecutions(filter, limit, nextToken);
  }
  runningExecutionArns(): string[] { return this.executions.runningExecutionArns(); }

  writeStep(step: StepWrite): void { this.steps.writeStep(step); }
  journal(executionArn: string): JournalEntry[] { return this.histories.journal(executionArn); }
  history(executionArn: string, afterId: number, limit: number, reverse: boolean): HistoryRow[] {
    return this.histories.history(executionArn, afterId, limit, reverse);
  }
  lastEventId(executionArn: string): number { return this.histories.lastEventId(executionArn); }

  timersDue(now: number, limit: number): TimerRecord[] { return this.work.timersDue(now, limit); }
  nextTimerDue(): number | null { return this.work.nextTimerDue(); }
  timers(executionArn: string): TimerRecord[] { return this.work.timers(executionArn); }

  getToken(token: string): TaskTokenRecord | undefined { return this.work.getToken(token); }
  updateToken(token: string, fields: Partial<TaskTokenRecord>): void { this.work.updateToken(token, fields); }
  claimActivityTask(activityArn: string, workerName: string | null, now: number): TaskTokenRecord | undefined {
    return this.work.claimActivityTask(activityArn, workerName, now);
  }
  tokensOf(executionArn: string): TaskTokenRecord[] { return this.work.tokensOf(executionArn); }
  executionsWithLocalTasks(): string[] { return this.work.executionsWithLocalTasks(); }
  waitingTasks(limit: number): TaskTokenRecord[] { return this.work.waitingTasks(limit); }
  getMapRun(arn: string): MapRunRecord | undefined { return this.mapRuns.getMapRun(arn); }
  listMapRuns(executionArn: string): MapRunRecord[] { return this.mapRuns.listMapRuns(executionArn); }
  updateMapRun(arn: string, fields: Partial<Pick<MapRunRecord, 'maxConcurrency' | 'toleratedFailureCount' | 'toleratedFailurePercentage'>>): void { this.mapRuns.updateMapRun(arn, fields); }
  countMapRunExecutions(mapRunArn: string): Record<string, number> { return this.mapRuns.countMapRunExecutions(mapRunArn); }
}

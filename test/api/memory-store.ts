import { AwsError } from '../../src/engine/errors.js';
import type {
  ActivityRecord, AliasRecord, ExecutionFilter, ExecutionRecord, MapRunRecord, HistoryRow, JournalEntry, ListPage, StateMachineRecord,
  StepWrite, Store, TaskTokenRecord, TimerRecord, VersionRecord,
} from '../../src/store/types.js';

/**
 * In-memory Store test double for the API tests, until the SQLite store lands. Pages use an
 * opaque offset token; a token it did not issue is AWS's `InvalidToken`.
 */
export class MemoryStore implements Store {
  readonly stateMachines = new Map<string, StateMachineRecord>();
  readonly versions = new Map<string, VersionRecord>();
  readonly aliases = new Map<string, AliasRecord>();
  readonly activities = new Map<string, ActivityRecord>();
  readonly tags = new Map<string, Record<string, string>>();
  readonly executions = new Map<string, ExecutionRecord>();

  close(): void {}
  transaction<T>(fn: () => T): T { return fn(); }

  putStateMachine(sm: StateMachineRecord): void { this.stateMachines.set(sm.arn, { ...sm }); }
  getStateMachine(arn: string): StateMachineRecord | undefined { return copy(this.stateMachines.get(arn)); }
  listStateMachines(limit: number, nextToken: string | null): ListPage<StateMachineRecord> {
    return page([...this.stateMachines.values()].sort((a, b) => a.name.localeCompare(b.name)), limit, nextToken);
  }
  deleteStateMachine(arn: string): void { this.stateMachines.delete(arn); }

  putVersion(v: VersionRecord): void { this.versions.set(v.arn, { ...v }); }
  getVersion(arn: string): VersionRecord | undefined { return copy(this.versions.get(arn)); }
  listVersions(stateMachineArn: string, limit: number, nextToken: string | null): ListPage<VersionRecord> {
    const all = [...this.versions.values()].filter((v) => v.stateMachineArn === stateMachineArn).sort((a, b) => b.version - a.version);
    return page(all, limit, nextToken);
  }
  deleteVersion(arn: string): void { this.versions.delete(arn); }
  latestVersionNumber(stateMachineArn: string): number {
    return Math.max(0, ...[...this.versions.values()].filter((v) => v.stateMachineArn === stateMachineArn).map((v) => v.version));
  }

  putAlias(a: AliasRecord): void { this.aliases.set(a.arn, { ...a }); }
  getAlias(arn: string): AliasRecord | undefined { return copy(this.aliases.get(arn)); }
  listAliases(stateMachineArn: string, limit: number, nextToken: string | null): ListPage<AliasRecord> {
    const all = [...this.aliases.values()].filter((a) => a.stateMachineArn === stateMachineArn).sort((a, b) => b.creationDate - a.creationDate);
    return page(all, limit, nextToken);
  }
  deleteAlias(arn: string): void { this.aliases.delete(arn); }

  putActivity(a: ActivityRecord): void { this.activities.set(a.arn, { ...a }); }
  getActivity(arn: string): ActivityRecord | undefined { return copy(this.activities.get(arn)); }
  listActivities(limit: number, nextToken: string | null): ListPage<ActivityRecord> {
    return page([...this.activities.values()].sort((a, b) => a.name.localeCompare(b.name)), limit, nextToken);
  }
  deleteActivity(arn: string): void { this.activities.delete(arn); }

  getTags(resourceArn: string): Record<string, string> { return { ...(this.tags.get(resourceArn) ?? {}) }; }
  setTags(resourceArn: string, tags: Record<string, string>): void { this.tags.set(resourceArn, { ...this.getTags(resourceArn), ...tags }); }
  removeTags(resourceArn: string, keys: string[]): void {
    const tags = this.getTags(resourceArn);
    for (const k of keys) delete tags[k];
    this.tags.set(resourceArn, tags);
  }

  insertExecution(e: ExecutionRecord): void { this.executions.set(e.arn, { ...e }); }
  getExecution(arn: string): ExecutionRecord | undefined { return copy(this.executions.get(arn)); }
  updateExecution(arn: string, fields: Partial<ExecutionRecord>): void {
    const e = this.executions.get(arn);
    if (e !== undefined) this.executions.set(arn, { ...e, ...fields });
  }
  listExecutions(filter: ExecutionFilter, limit: number, nextToken: string | null): ListPage<ExecutionRecord> {
    const all = [...this.executions.values()].filter((e) =>
      (filter.stateMachineArn === undefined || e.stateMachineArn === filter.stateMachineArn) &&
      (filter.versionOrAliasArn === undefined || e.stateMachineVersionArn === filter.versionOrAliasArn || e.stateMachineAliasArn === filter.versionOrAliasArn) &&
      (filter.mapRunArn === undefined || e.mapRunArn === filter.mapRunArn) &&
      (filter.status === undefined || e.status === filter.status) &&
      (filter.redriveFilter === undefined || (filter.redriveFilter === 'REDRIVEN') === e.redriveCount > 0));
    return page(all.sort((a, b) => b.startDate - a.startDate), limit, nextToken);
  }
  runningExecutionArns(): string[] { return [...this.executions.values()].filter((e) => e.status === 'RUNNING').map((e) => e.arn); }

  // The engine's side of the store: not used by the API tests.
  writeStep(_step: StepWrite): void { throw new Error('not in the test double'); }
  journal(_executionArn: string): JournalEntry[] { return []; }
  history(_executionArn: string, _afterId: number, _limit: number, _reverse: boolean): HistoryRow[] { return []; }
  lastEventId(_executionArn: string): number { return 0; }
  timersDue(_now: number, _limit: number): TimerRecord[] { return []; }
  nextTimerDue(): number | null { return null; }
  timers(_executionArn: string): TimerRecord[] { return []; }
  getToken(_token: string): TaskTokenRecord | undefined { return undefined; }
  updateToken(_token: string, _fields: Partial<TaskTokenRecord>): void {}
  claimActivityTask(_activityArn: string, _workerName: string | null, _now: number): TaskTokenRecord | undefined { return undefined; }
  tokensOf(_executionArn: string): TaskTokenRecord[] { return []; }
  executionsWithLocalTasks(): string[] { return []; }
  waitingTasks(_limit: number): TaskTokenRecord[] { return []; }
  getMapRun(_arn: string): MapRunRecord | undefined { return undefined; }
  listMapRuns(_executionArn: string): MapRunRecord[] { return []; }
  updateMapRun(): void { /* no map runs in the API test double */ }
  countMapRunExecutions(_mapRunArn: string): Record<string, number> { return {}; }
}

const copy = <T extends object>(v: T | undefined): T | undefined => (v === undefined ? undefined : { ...v });

function page<T>(all: T[], limit: number, nextToken: string | null): ListPage<T> {
  let start = 0;
  if (nextToken !== null) {
    const m = /^offset:(\d+)$/.exec(nextToken);
    if (m === null) throw new AwsError('InvalidToken', `Invalid Token: '${nextToken}'`);
    start = Number(m[1]);
  }
  const items = all.slice(start, start + limit);
  return { items, nextToken: start + limit < all.length ? `offset:${start + limit}` : null };
}

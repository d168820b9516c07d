/**
 * The store: a narrow interface with one contract suite, implemented for SQLite (embedded
 * default) and later PostgreSQL. Times are epoch milliseconds. JSON columns hold text.
 * Every method is synchronous on SQLite (better-sqlite3); the PostgreSQL adapter will need an
 * async twin of this interface, which the engine already awaits.
 */

export type StateMachineType = 'STANDARD' | 'EXPRESS';
export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED' | 'PENDING_REDRIVE';

export interface StateMachineRecord {
  arn: string;
  name: string;
  type: StateMachineType;
  definition: string;
  roleArn: string;
  status: 'ACTIVE' | 'DELETING';
  description: string;
  revisionId: string;
  creationDate: number;
  updateDate: number;
  /** JSON text of loggingConfiguration / tracingConfiguration / encryptionConfiguration. */
  loggingConfiguration: string;
  tracingConfiguration: string;
  encryptionConfiguration: string;
}

export interface VersionRecord {
  arn: string;
  stateMachineArn: string;
  version: number;
  definition: string;
  roleArn: string;
  revisionId: string;
  description: string;
  creationDate: number;
  type: StateMachineType;
  loggingConfiguration: string;
  tracingConfiguration: string;
  encryptionConfiguration: string;
}

export interface AliasRecord {
  arn: string;
  stateMachineArn: string;
  name: string;
  description: string;
  /** JSON text: [{ stateMachineVersionArn, weight }] */
  routingConfiguration: string;
  creationDate: number;
  updateDate: number;
}

export interface ExecutionRecord {
  arn: string;
  stateMachineArn: string;
  name: string;
  type: StateMachineType;
  status: ExecutionStatus;
  startDate: number;
  stopDate: number | null;
  input: string;
  output: string | null;
  error: string | null;
  cause: string | null;
  /** The definition the execution runs (copied at start: updates do not affect it). */
  definition: string;
  roleArn: string;
  stateMachineVersionArn: string | null;
  stateMachineAliasArn: string | null;
  mapRunArn: string | null;
  parentExecutionArn: string | null;
  redriveCount: number;
  redriveDate: number | null;
  traceHeader: string | null;
}

/** One `deliver()` of the core, as replayed after a restart (event-sourcing journal). */
export interface JournalEntry {
  executionArn: string;
  seq: number;
  /** JSON text: { input: ExecutionInput | {kind:'Start'}, draws: EnvDraw[] } */
  entry: string;
}

export interface HistoryRow {
  executionArn: string;
  id: number;
  /** JSON text of the HistoryEvent. */
  event: string;
}

export interface TimerRecord {
  executionArn: string;
  threadId: number;
  ticket: number;
  dueAt: number;
}

/**
 * A task waiting for an outcome: an activity task, a `.waitForTaskToken` callback, or a local
 * task invocation in flight (token `local:<uuid>`, an outbox row: after a restart the
 * runtime dispatches these again, and only these executions need rebuilding).
 */
export interface TaskTokenRecord {
  token: string;
  executionArn: string;
  threadId: number;
  ticket: number;
  /** Activity ARN for activity tasks; null for callbacks. */
  activityArn: string | null;
  input: string;
  status: 'SCHEDULED' | 'STARTED';
  workerName: string | null;
  createdAt: number;
  heartbeatSeconds: number | null;
  heartbeatDeadline: number | null;
  /** The Task state waiting ('' for rows written before migration 003). */
  stateName: string;
  /** The Task's Resource ARN ('' for rows written before migration 003). */
  resource: string;
}

/** A Distributed Map's run (DescribeMapRun); its child executions carry `mapRunArn`. */
export interface MapRunRecord {
  arn: string;
  executionArn: string;
  stateMachineArn: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED';
  startDate: number;
  stopDate: number | null;
  maxConcurrency: number;
  toleratedFailureCount: number;
  toleratedFailurePercentage: number;
  total: number;
  /** Times a RedriveExecution of the parent redrove the run (DescribeMapRun redriveCount). */
  redriveCount: number;
  redriveDate: number | null;
}

export interface ActivityRecord {
  arn: string;
  name: string;
  creationDate: number;
}

export interface ListPage<T> {
  items: T[];
  nextToken: string | null;
}

export interface ExecutionFilter {
  stateMachineArn?: string;
  versionOrAliasArn?: string;
  mapRunArn?: string;
  status?: ExecutionStatus;
  redriveFilter?: 'REDRIVEN' | 'NOT_REDRIVEN';
  /**
   * Stepwise extension (the console's search; not an AWS filter): case-insensitive substring
   * of the name, input, output, error or cause.
   */
  search?: string;
}

/** Everything one engine step writes, committed atomically (and group-committed with others). */
export interface StepWrite {
  executionArn: string;
  journal?: JournalEntry;
  history: HistoryRow[];
  /** Set when the execution ends (or changes status). */
  execution?: Pick<ExecutionRecord, 'status' | 'stopDate' | 'output' | 'error' | 'cause'>;
  timersAdded: TimerRecord[];
  /** Timers that fired or are no longer needed, by ticket. */
  timersRemoved: { executionArn: string; ticket: number }[];
  tokensAdded: TaskTokenRecord[];
  tokensRemoved: string[];
  /** Distributed Map child executions started by this step (inserted before `history`). */
  executionsAdded?: ExecutionRecord[];
  /**
   * Status changes of other executions (Distributed Map children that ended, or that a redrive
   * of their Map Run made RUNNING again: then `redrive` carries their new redrive count and date).
   */
  executionUpdates?: {
    arn: string;
    fields: Pick<ExecutionRecord, 'status' | 'stopDate' | 'output' | 'error' | 'cause'>;
    redrive?: { redriveCount: number; redriveDate: number };
  }[];
  /** Map Runs started or changed by this step (upserted). */
  mapRuns?: MapRunRecord[];
}

export interface Store {
  close(): void;
  /** Runs fn in one transaction (group commit: the engine batches many steps into one). */
  transaction<T>(fn: () => T): T;

  putStateMachine(sm: StateMachineRecord): void;
  getStateMachine(arn: string): StateMachineRecord | undefined;
  listStateMachines(limit: number, nextToken: string | null): ListPage<StateMachineRecord>;
  deleteStateMachine(arn: string): void;

  putVersion(v: VersionRecord): void;
  getVersion(arn: string): VersionRecord | undefined;
  listVersions(stateMachineArn: string, limit: number, nextToken: string | null): ListPage<VersionRecord>;
  deleteVersion(arn: string): void;
  latestVersionNumber(stateMachineArn: string): number;

  putAlias(a: AliasRecord): void;
  getAlias(arn: string): AliasRecord | undefined;
  listAliases(stateMachineArn: string, limit: number, nextToken: string | null): ListPage<AliasRecord>;
  deleteAlias(arn: string): void;

  putActivity(a: ActivityRecord): void;
  getActivity(arn: string): ActivityRecord | undefined;
  listActivities(limit: number, nextToken: string | null): ListPage<ActivityRecord>;
  deleteActivity(arn: string): void;

  getTags(resourceArn: string): Record<string, string>;
  setTags(resourceArn: string, tags: Record<string, string>): void;
  removeTags(resourceArn: string, keys: string[]): void;

  insertExecution(e: ExecutionRecord): void;
  getExecution(arn: string): ExecutionRecord | undefined;
  updateExecution(arn: string, fields: Partial<ExecutionRecord>): void;
  listExecutions(filter: ExecutionFilter, limit: number, nextToken: string | null): ListPage<ExecutionRecord>;
  /** Executions still RUNNING (to resume after a restart). */
  runningExecutionArns(): string[];

  writeStep(step: StepWrite): void;
  journal(executionArn: string): JournalEntry[];
  history(executionArn: string, afterId: number, limit: number, reverse: boolean): HistoryRow[];
  lastEventId(executionArn: string): number;

  timersDue(now: number, limit: number): TimerRecord[];
  nextTimerDue(): number | null;
  timers(executionArn: string): TimerRecord[];

  getToken(token: string): TaskTokenRecord | undefined;
  updateToken(token: string, fields: Partial<TaskTokenRecord>): void;
  /** Oldest scheduled task of an activity, marked STARTED for `workerName` (atomically). */
  claimActivityTask(activityArn: string, workerName: string | null, now: number): TaskTokenRecord | undefined;
  tokensOf(executionArn: string): TaskTokenRecord[];
  /** Executions with a local task invocation in flight (token rows starting `local:`). */
  executionsWithLocalTasks(): string[];
  /** Activity tasks and `.waitForTaskToken` callbacks still waiting (no local invocations), oldest first. */
  waitingTasks(limit: number): TaskTokenRecord[];

  getMapRun(arn: string): MapRunRecord | undefined;
  listMapRuns(executionArn: string): MapRunRecord[];
  updateMapRun(arn: string, fields: Partial<Pick<MapRunRecord, 'maxConcurrency' | 'toleratedFailureCount' | 'toleratedFailurePercentage'>>): void;
  /** How many of a Map Run's child executions are in each status. */
  countMapRunExecutions(mapRunArn: string): Record<string, number>;
}

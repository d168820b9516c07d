import type { ExecutionFilter, ExecutionRecord, ListPage, MapRunRecord, StateMachineType, TaskTokenRecord } from '../store/types.js';
import type { HistoryEvent } from '../asl/history/types.js';
import type { TestStateRequest, TestStateResult } from './test-state.js';

/** What StartExecution / StartSyncExecution hand the runtime once the target is resolved. */
export interface StartRequest {
  stateMachineArn: string;
  stateMachineName: string;
  type: StateMachineType;
  /** The definition to run (of the state machine, or of the version the alias chose). */
  definition: string;
  roleArn: string;
  /** Execution name; the API generates a UUID when the caller gives none. */
  name: string;
  /** The input JSON text, already validated as JSON by the API. */
  input: string;
  stateMachineVersionArn?: string;
  stateMachineAliasArn?: string;
  traceHeader?: string;
}

export interface SyncResult {
  execution: ExecutionRecord;
  billedMemoryUsedInMB: number;
  billedDurationInMilliseconds: number;
}

/**
 * The execution runtime as the API layer sees it. Errors are AwsError (src/engine/errors.ts)
 * with AWS's codes: ExecutionAlreadyExists, ExecutionDoesNotExist, TaskDoesNotExist,
 * TaskTimedOut, ActivityDoesNotExist, InvalidToken, ...
 */
export interface Runtime {
  /** Idempotent by name for STANDARD: same name and input returns the existing execution. */
  start(request: StartRequest): Promise<ExecutionRecord>;
  /** EXPRESS only: runs to completion and returns the finished execution. */
  startSync(request: StartRequest): Promise<SyncResult>;
  stop(executionArn: string, error?: string, cause?: string): Promise<ExecutionRecord>;
  redrive(executionArn: string): Promise<ExecutionRecord>;

  describe(executionArn: string): ExecutionRecord | undefined;
  list(filter: ExecutionFilter, limit: number, nextToken: string | null): ListPage<ExecutionRecord>;
  history(executionArn: string, options: { reverseOrder: boolean; maxResults: number; nextToken: string | null; includeExecutionData: boolean }): { events: HistoryEvent[]; nextToken: string | null };

  /** Long poll (up to 60 s, or until `signal` aborts): a task for the activity, or null. */
  getActivityTask(activityArn: string, workerName: string | null, signal: AbortSignal): Promise<{ taskToken: string; input: string } | null>;
  sendTaskSuccess(taskToken: string, output: string): Promise<void>;
  sendTaskFailure(taskToken: string, error?: string, cause?: string): Promise<void>;
  sendTaskHeartbeat(taskToken: string): Promise<void>;
  /** Activity tasks and callbacks waiting for an outcome, oldest first (the console's list). */
  waitingTasks(limit: number): TaskTokenRecord[];
  /** A Distributed Map run and how many of its child executions are in each status. */
  describeMapRun(mapRunArn: string): { run: MapRunRecord; counts: Record<string, number> } | undefined;
  listMapRuns(executionArn: string): MapRunRecord[];
  /** UpdateMapRun: false when no such Map Run exists. */
  updateMapRun(mapRunArn: string, fields: Partial<Pick<MapRunRecord, 'maxConcurrency' | 'toleratedFailureCount' | 'toleratedFailurePercentage'>>): Promise<boolean>;
  /** TestState: runs one state on its own with the runtime's task bindings. */
  testState(request: TestStateRequest): Promise<TestStateResult>;
}

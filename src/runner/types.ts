import type { JsonValue } from '../asl/json.js';
import type { HistoryEvent } from '../asl/history/types.js';
import type { RuntimeEnv } from '../asl/runtime-env.js';
import type { ObjectStore } from '../integrations/local-s3/object-store.js';

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

/** What a Task resource call sees; `resource` is the Task's Resource ARN. */
export interface TaskCall {
  resource: string;
  input: JsonValue;
  /** `$$.Task.Token` for `.waitForTaskToken` resources and activities. */
  taskToken?: string;
  stateName: string;
  timeoutSeconds?: number;
  heartbeatSeconds?: number;
}

/**
 * Binds Task resources to behaviour. Return (or resolve to) the task's result; throw a
 * `TaskFailure` (or any error: its `name` becomes the error, its `message` the cause).
 */
export type TaskResolver = (call: TaskCall) => unknown;

export interface RunOptions {
  /** The execution input as a JSON value, or `inputText` for the exact JSON text. */
  input?: JsonValue;
  inputText?: string;
  resolver?: TaskResolver;
  /** Record the AWS execution history (default false: faster, less memory). */
  history?: boolean;
  /** Clock and randomness; default: a virtual clock starting now, Math.random, crypto UUIDs. */
  env?: RuntimeEnv;
  /** Sleep for real on Wait states and retry back-offs instead of skipping time (default false). */
  realTime?: boolean;
  accountId?: string;
  region?: string;
  stateMachineName?: string;
  executionName?: string;
  /** The execution ARN, when the caller already assigned one (the server's Express runs). */
  executionArn?: string;
  stateMachineType?: 'STANDARD' | 'EXPRESS';
  roleArn?: string;
  /** Largest state output in bytes (AWS: 256 KiB, the default); Infinity turns the check off. */
  payloadLimitBytes?: number;
  /** History events after which a Standard execution fails (AWS: 25,000; Express: none). */
  maxHistoryEvents?: number;
  /**
   * The folder standing in for S3 (Distributed Map ItemReader / ResultWriter):
   * `<s3Dir>/<Bucket>/<Key>`. Default `./s3`.
   */
  s3Dir?: string;
  /** Another object store instead of the `s3Dir` folder (tests). */
  objects?: ObjectStore;
}

export interface RunResult {
  status: ExecutionStatus;
  output?: JsonValue;
  /** The output as AWS returns it (a JSON text). */
  outputText?: string;
  error?: string;
  cause?: string;
  history?: HistoryEvent[];
  /** States entered, nested Parallel/Map children included. */
  transitions: number;
}

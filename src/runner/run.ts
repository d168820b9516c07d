import { Execution } from '../asl/interpreter/execution.js';
import type { Command, ExecutionInput } from '../asl/interpreter/types.js';
import { compileProgram } from '../asl/program/compile.js';
import type { Program as CompiledProgram } from '../asl/program/types.js';
import type { JsonValue } from '../asl/json.js';
import { DEFAULT_RUN_S3_DIR, LocalS3 } from '../integrations/local-s3/local-s3.js';
import type { ObjectStore } from '../integrations/local-s3/object-store.js';
import { performObjectIo } from '../integrations/local-s3/perform.js';
import { parseDefinition } from './definition.js';
import { realEnv, virtualEnv, type VirtualEnv } from './clock.js';
import { describeTaskError } from './task-failure.js';
import { TimerQueue } from './timer-queue.js';
import type { RunOptions, RunResult, TaskCall, TaskResolver } from './types.js';

/**
 * The in-memory runner: drives the pure ASL core with a virtual clock (or a real one) and
 * binds Task resources to local functions. Used by the CLI, the conformance suite and the
 * in-memory benchmark. Nothing is persisted: see the durable engine for that.
 */
export interface Program {
  readonly definition: Record<string, unknown>;
  readonly compiled: CompiledProgram;
}

/** Parses, validates and compiles a definition once; throws InvalidDefinitionError. */
export function compileStateMachine(definition: string | object): Program {
  const parsed = parseDefinition(definition);
  return { definition: parsed, compiled: compileProgram(parsed) };
}

/** Compiles and runs in one call. */
export async function runExecution(definition: string | object, options: RunOptions = {}): Promise<RunResult> {
  return runProgram(compileStateMachine(definition), options);
}

/** Real milliseconds an in-flight task may take before the virtual clock moves past it. */
const STALL_MS = 100;

/** Runs one execution of a compiled program to completion. */
export async function runProgram(program: Program, options: RunOptions = {}): Promise<RunResult> {
  const realTime = options.realTime === true;
  const env = options.env ?? (realTime ? realEnv() : virtualEnv());
  const region = options.region ?? 'us-east-1';
  const account = options.accountId ?? '123456789012';
  const smName = options.stateMachineName ?? 'StateMachine';
  const execName = options.executionName ?? env.uuid();
  const stateMachineArn = `arn:aws:states:${region}:${account}:stateMachine:${smName}`;
  const executionArn =
    options.executionArn ??
    (options.stateMachineType === 'EXPRESS'
      ? `arn:aws:states:${region}:${account}:express:${smName}:${execName}:${env.uuid()}`
      : `arn:aws:states:${region}:${account}:execution:${smName}:${execName}`);
  const input = readInput(options);
  if ('error' in input) return { status: 'FAILED', error: 'States.Runtime', cause: input.error, transitions: 0, ...(options.history ? { history: [] } : {}) };

  const resolver = options.resolver ?? unboundResolver;
  const inbox: ExecutionInput[] = [];
  let wake: (() => void) | undefined;
  let inFlight = 0;
  const arrive = (ev: ExecutionInput): void => {
    inFlight--;
    inbox.push(ev);
    wake?.();
  };

  const execution = new Execution(program.compiled, input.value, {
    env,
    history: options.history === true,
    payloadLimitBytes: options.payloadLimitBytes ?? 262_144,
    maxHistoryEvents: options.maxHistoryEvents ?? (options.stateMachineType === 'EXPRESS' ? Infinity : 25_000),
    region,
    identity: {
      executionArn,
      executionName: execName,
      stateMachineArn,
      stateMachineName: smName,
      roleArn: options.roleArn ?? `arn:aws:iam::${account}:role/stepwise-execution-role`,
      input: input.value,
      redriveCount: 0,
    },
    invokeTaskSync: (cmd) => {
      const ticket = { threadId: cmd.threadId, ticket: cmd.ticket };
      let result: unknown;
      try {
        result = resolver(toTaskCall(cmd));
      } catch (e) {
        return { kind: 'TaskFailed', ...ticket, ...describeTaskError(e) };
      }
      if (!isThenable(result)) return { kind: 'TaskSucceeded', ...ticket, output: result };
      inFlight++;
      result.then(
        (output) => arrive({ kind: 'TaskSucceeded', ...ticket, output }),
        (e: unknown) => arrive({ kind: 'TaskFailed', ...ticket, ...describeTaskError(e) }),
      );
      return undefined;
    },
  });

  const timers = new TimerQueue();
  let objects: ObjectStore | undefined = options.objects;
  const schedule = (commands: Command[]): void => {
    for (const c of commands) {
      if (c.kind === 'StartTimer') timers.push({ dueAt: c.dueAt, threadId: c.threadId, ticket: c.ticket });
      else if (c.kind === 'ObjectIo') {
        // ItemReader / ResultWriter I/O: the outcome arrives like an async task's.
        objects ??= new LocalS3(options.s3Dir ?? DEFAULT_RUN_S3_DIR);
        inFlight++;
        void performObjectIo(objects, c).then(arrive);
      }
    }
  };
  schedule(await execution.start(options.inputText));
  while (execution.status === 'RUNNING') {
    const ev = inbox.shift();
    if (ev !== undefined) {
      schedule(await execution.deliver(ev));
      continue;
    }
    const next = timers.peek();
    if (inFlight > 0 || (realTime && next !== undefined)) {
      // Real time: sleep until the next timer is due. Virtual time: a task in flight takes no
      // virtual time, unless it stalls (no outcome for STALL_MS of real time) while a timer is
      // pending: then the clock moves on, so a Task TimeoutSeconds fires as it would on AWS.
      const waitMs = realTime ? (next === undefined ? undefined : Math.max(0, next.dueAt - env.now())) : next === undefined ? undefined : STALL_MS;
      let timedOut = false;
      let handle: ReturnType<typeof setTimeout> | undefined;
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (waitMs !== undefined) {
          handle = setTimeout(() => {
            timedOut = true;
            resolve();
          }, waitMs);
        }
      });
      clearTimeout(handle);
      wake = undefined;
      if (inbox.length > 0 || next === undefined || !timedOut) continue;
      if (realTime && next.dueAt > env.now()) continue;
    }
    const timer = timers.pop();
    if (timer === undefined) break;
    if (!realTime) (env as Partial<VirtualEnv>).advanceTo?.(timer.dueAt);
    schedule(await execution.deliver({ kind: 'TimerFired', threadId: timer.threadId, ticket: timer.ticket }));
  }
  return toResult(execution);
}

function toResult(execution: Execution): RunResult {
  const result: RunResult = { status: execution.status, transitions: execution.transitions };
  if (execution.status === 'SUCCEEDED') {
    result.output = execution.output as JsonValue;
    result.outputText = JSON.stringify(execution.output);
  }
  if (execution.error !== undefined) result.error = execution.error;
  if (execution.cause !== undefined) result.cause = execution.cause;
  if (execution.history !== null) result.history = execution.history;
  return result;
}

function readInput(options: RunOptions): { value: unknown } | { error: string } {
  if (options.inputText !== undefined) {
    try {
      return { value: JSON.parse(options.inputText) as unknown };
    } catch (e) {
      return { error: `The execution input is not valid JSON: ${(e as Error).message}` };
    }
  }
  return { value: options.input ?? {} };
}

function toTaskCall(cmd: Extract<Command, { kind: 'InvokeTask' }>): TaskCall {
  return {
    resource: cmd.resource,
    input: cmd.input as JsonValue,
    stateName: cmd.stateName,
    ...(cmd.taskToken !== undefined ? { taskToken: cmd.taskToken } : {}),
    ...(cmd.timeoutSeconds !== undefined ? { timeoutSeconds: cmd.timeoutSeconds } : {}),
    ...(cmd.heartbeatSeconds !== undefined ? { heartbeatSeconds: cmd.heartbeatSeconds } : {}),
  };
}

const unboundResolver: TaskResolver = (call) => {
  throw Object.assign(new Error(`No local function is bound to the resource '${call.resource}'.`), { name: 'States.TaskFailed' });
};

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';
}

import { Execution } from '../../asl/interpreter/execution.js';
import type { Command, ExecutionInput, MapRunUpdate } from '../../asl/interpreter/types.js';
import type { Program } from '../../asl/program/types.js';
import type { ExecutionRecord, JournalEntry, StepWrite, TaskTokenRecord, TimerRecord } from '../../store/types.js';
import { randomUUID } from 'node:crypto';
import { newExecutionRecord } from './execution-record.js';
import { StepEnv, type EnvDraw } from './step-env.js';

export type InvokeCommand = Extract<Command, { kind: 'InvokeTask' }>;
/** ItemReader / ResultWriter I/O the host carries out (see performObjectIo). */
export type ObjectIoCommand = Extract<Command, { kind: 'ObjectIo' }>;
/** What the host carries out after a commit: task invocations and object I/O. */
export type HostCall = InvokeCommand | ObjectIoCommand;

/** A journal line: what was delivered to the core, when, and what it drew from the env. */
interface JournalLine {
  input: ExecutionInput | { kind: 'Start' } | { kind: 'Abort'; error?: string; cause?: string } | { kind: 'Redrive'; redriveCount: number };
  at: number;
  draws: EnvDraw[];
}

/** What a step produced: the rows to commit, and what to do once they are committed. */
export interface StepResult {
  write: StepWrite;
  /** Local task invocations and object I/O to dispatch after the commit. */
  invokes: HostCall[];
  /** Activity/callback tokens created by this step (activity pollers are woken for them). */
  tokens: TaskTokenRecord[];
  finished: boolean;
}

export interface DurableOptions {
  region: string;
  payloadLimitBytes: number;
  maxHistoryEvents: number;
}

/**
 * A Standard execution made durable: every core step becomes one StepWrite (journal line,
 * history events, timer and token rows, final status) and the in-memory state can be rebuilt
 * from the journal after a restart, by replaying the same inputs with the same env draws.
 */
export class DurableExecution {
  private readonly env = new StepEnv();
  private core!: Execution;
  private seq = 0;
  /** Pending timer tickets and token strings, removed when the execution ends. */
  private readonly timers = new Set<number>();
  private readonly tokens = new Set<string>();
  /** Outbox rows of local task invocations in flight, by ticket. */
  private readonly localTasks = new Map<number, string>();

  constructor(
    readonly record: ExecutionRecord,
    private readonly program: Program,
    private readonly options: DurableOptions,
  ) {}

  get status(): Execution['status'] {
    return this.core.status;
  }

  /** The first step: ExecutionStarted and everything up to the first wait. */
  async start(at: number): Promise<StepResult> {
    this.env.beginLive(at);
    this.core = this.newCore();
    const commands = await this.core.start(this.record.input);
    return this.finishStep({ kind: 'Start' }, at, commands);
  }

  /** Delivers a timer or task outcome. */
  async deliver(input: ExecutionInput, at: number): Promise<StepResult> {
    this.env.beginLive(at);
    const commands = await this.core.deliver(input);
    return this.finishStep(input, at, commands);
  }

  /** StopExecution: ExecutionAborted. */
  abort(at: number, error?: string, cause?: string): StepResult {
    this.env.beginLive(at);
    this.core.abort(error, cause);
    return this.finishStep({ kind: 'Abort', ...(error !== undefined ? { error } : {}), ...(cause !== undefined ? { cause } : {}) }, at, []);
  }

  /** RedriveExecution: the execution continues from where its top level stopped. */
  async redrive(at: number, redriveCount: number): Promise<StepResult> {
    this.env.beginLive(at);
    const commands = await this.core.redrive(redriveCount);
    return this.finishStep({ kind: 'Redrive', redriveCount }, at, commands);
  }

  /**
   * UpdateMapRun: the new limits go to the core as a journaled input, so a replay applies them
   * at the same point. Also for an execution that has ended (its Map Run reports the limits and
   * a redrive runs with them): then the step leaves the execution's status as it is.
   */
  async updateMapRun(update: MapRunUpdate, at: number): Promise<StepResult> {
    this.env.beginLive(at);
    const ended = this.core.status !== 'RUNNING';
    const commands = await this.core.deliver(update);
    return this.finishStep(update, at, commands, ended);
  }

  /**
   * Rebuilds the in-memory state from the journal (no writes). Returns the local task
   * invocations that were issued but never answered: the caller dispatches them again
   * (at-least-once, like AWS's own task retries after a failover).
   */
  async replay(entries: readonly JournalEntry[], timers: readonly TimerRecord[], tokens: readonly TaskTokenRecord[]): Promise<HostCall[]> {
    const inFlight = new Map<number, HostCall>();
    for (const entry of entries) {
      const line = JSON.parse(entry.entry) as JournalLine;
      this.env.beginReplay(line.at, line.draws);
      let commands: Command[] = [];
      const input = line.input;
      if (input.kind === 'Start') {
        this.core = this.newCore();
        commands = await this.core.start(this.record.input);
      } else if (input.kind === 'Abort') {
        this.core.abort(input.error, input.cause);
      } else if (input.kind === 'Redrive') {
        commands = await this.core.redrive(input.redriveCount);
      } else {
        if (input.kind === 'TaskSucceeded' || input.kind === 'TaskFailed') inFlight.delete(input.ticket);
        commands = await this.core.deliver(input);
      }
      this.core.history?.splice(0);
      this.core.takeMapRunUpdates();
      // Object I/O in flight is redone too: a read that was not journaled is read again.
      for (const c of commands) if ((c.kind === 'InvokeTask' && !isTokenTask(c)) || c.kind === 'ObjectIo') inFlight.set(c.ticket, c);
      this.seq = entry.seq;
    }
    for (const t of timers) this.timers.add(t.ticket);
    for (const t of tokens) {
      this.tokens.add(t.token);
      if (t.token.startsWith('local:')) this.localTasks.set(t.ticket, t.token);
    }
    return [...inFlight.values()];
  }

  private newCore(): Execution {
    const r = this.record;
    return new Execution(this.program, JSON.parse(r.input) as unknown, {
      env: this.env,
      history: true,
      recordChildRuns: true,
      payloadLimitBytes: this.options.payloadLimitBytes,
      maxHistoryEvents: this.options.maxHistoryEvents,
      region: this.options.region,
      identity: {
        executionArn: r.arn,
        executionName: r.name,
        stateMachineArn: r.stateMachineArn,
        stateMachineName: r.stateMachineArn.split(':')[6] ?? '',
        roleArn: r.roleArn,
        input: JSON.parse(r.input) as unknown,
        // Replay starts where the original run started; each journaled Redrive raises it.
        redriveCount: 0,
      },
    });
  }

  /** `ended`: the execution had already ended before this step (its final status is stored). */
  private finishStep(input: JournalLine['input'], at: number, commands: readonly Command[], ended = false): StepResult {
    const arn = this.record.arn;
    const line: JournalLine = { input, at, draws: this.env.takeDraws() };
    const events = this.core.history?.splice(0) ?? [];
    const write: StepWrite = {
      executionArn: arn,
      journal: { executionArn: arn, seq: ++this.seq, entry: JSON.stringify(line) },
      history: events.map((e) => ({ executionArn: arn, id: e.id, event: JSON.stringify(e) })),
      timersAdded: [],
      timersRemoved: [],
      tokensAdded: [],
      tokensRemoved: [],
    };
    if (input.kind === 'TimerFired') {
      write.timersRemoved.push({ executionArn: arn, ticket: input.ticket });
      this.timers.delete(input.ticket);
    }
    if (input.kind === 'TaskSucceeded' || input.kind === 'TaskFailed') {
      const outbox = this.localTasks.get(input.ticket);
      if (outbox !== undefined) {
        write.tokensRemoved.push(outbox);
        this.localTasks.delete(input.ticket);
        this.tokens.delete(outbox);
      }
    }
    const invokes: HostCall[] = [];
    for (const c of commands) {
      if (c.kind === 'StartTimer') {
        write.timersAdded.push({ executionArn: arn, threadId: c.threadId, ticket: c.ticket, dueAt: c.dueAt });
        this.timers.add(c.ticket);
        continue;
      }
      if (c.kind === 'ObjectIo') {
        this.addOutbox(write, c.threadId, c.ticket, objectIoSummary(c), c.stateName, objectIoResource(c), at);
        invokes.push(c);
        continue;
      }
      if (isTokenTask(c)) {
        const token: TaskTokenRecord = {
          token: c.taskToken as string,
          executionArn: arn,
          threadId: c.threadId,
          ticket: c.ticket,
          activityArn: isActivity(c.resource) ? c.resource : null,
          input: JSON.stringify(c.input),
          status: 'SCHEDULED',
          workerName: null,
          createdAt: at,
          heartbeatSeconds: c.heartbeatSeconds ?? null,
          heartbeatDeadline: null,
          stateName: c.stateName,
          resource: c.resource,
        };
        write.tokensAdded.push(token);
        this.tokens.add(token.token);
      }
      // Callback (.waitForTaskToken) resources are also invoked: the call carries the token.
      if (!isActivity(c.resource)) invokes.push(c);
      if (!isTokenTask(c)) this.addOutbox(write, c.threadId, c.ticket, c.input, c.stateName, c.resource, at);
    }
    this.addMapRunUpdates(write, at);
    const finished = this.core.status !== 'RUNNING';
    if (finished && !ended) {
      write.execution = {
        status: this.core.status,
        stopDate: at,
        output: this.core.status === 'SUCCEEDED' ? JSON.stringify(this.core.output) : null,
        error: this.core.error ?? null,
        cause: this.core.cause ?? null,
      };
      for (const ticket of this.timers) write.timersRemoved.push({ executionArn: arn, ticket });
      write.tokensRemoved.push(...this.tokens);
      this.timers.clear();
      this.tokens.clear();
      this.localTasks.clear();
    }
    return { write, invokes: finished ? [] : invokes, tokens: write.tokensAdded, finished };
  }

  /** Outbox row: after a restart, this invocation (or object I/O) is dispatched again. */
  private addOutbox(write: StepWrite, threadId: number, ticket: number, input: unknown, stateName: string, resource: string, at: number): void {
    const arn = this.record.arn;
    const outbox = `local:${randomUUID()}`;
    write.tokensAdded.push({
      token: outbox, executionArn: arn, threadId, ticket, activityArn: null, input: JSON.stringify(input),
      status: 'SCHEDULED', workerName: null, createdAt: at, heartbeatSeconds: null, heartbeatDeadline: null,
      stateName, resource,
    });
    this.tokens.add(outbox);
    this.localTasks.set(ticket, outbox);
  }

  /** Distributed Map children become executions of their Map Run, with their own history. */
  private addMapRunUpdates(write: StepWrite, at: number): void {
    const { children, mapRuns } = this.core.takeMapRunUpdates();
    if (children.length === 0 && mapRuns.length === 0) return;
    write.mapRuns = mapRuns.map((r) => ({ ...r, stopDate: r.stopDate ?? null, redriveDate: r.redriveDate ?? null }));
    write.executionsAdded = [];
    write.executionUpdates = [];
    for (const child of children) {
      if (child.isNew) {
        write.executionsAdded.push({
          ...newExecutionRecord(child.arn, {
            stateMachineArn: child.stateMachineArn, stateMachineName: '', type: 'STANDARD', definition: this.record.definition,
            roleArn: this.record.roleArn, name: child.name, input: JSON.stringify(child.input),
          }, child.startDate),
          mapRunArn: child.mapRunArn,
          parentExecutionArn: this.record.arn,
        });
      }
      for (const e of child.events) write.history.push({ executionArn: child.arn, id: e.id, event: JSON.stringify(e) });
      if (child.redrivePending) {
        // Redriven with its Map Run: RUNNING again (before any end in this same step).
        write.executionUpdates.push({
          arn: child.arn,
          fields: { status: 'RUNNING', stopDate: null, output: null, error: null, cause: null },
          redrive: { redriveCount: child.redriveCount, redriveDate: child.redriveDate ?? at },
        });
      }
      if (child.final !== undefined) {
        write.executionUpdates.push({
          arn: child.arn,
          fields: {
            status: child.final.status,
            stopDate: child.final.at ?? at,
            output: child.final.status === 'SUCCEEDED' ? JSON.stringify(child.final.output) : null,
            error: child.final.error ?? null,
            cause: child.final.cause ?? null,
          },
        });
      }
    }
  }

  /** Forgets a token once its outcome was delivered (the store row is removed by the caller). */
  tokenSettled(token: string): void {
    this.tokens.delete(token);
  }
}

export function isActivity(resource: string): boolean {
  return /^arn:[^:]+:states:[^:]*:[^:]*:activity:/.test(resource);
}

function isTokenTask(c: InvokeCommand): boolean {
  return c.taskToken !== undefined;
}

/** The S3 action an ObjectIo stands for, as its outbox row's resource. */
function objectIoResource(c: ObjectIoCommand): string {
  return `arn:aws:states:::s3:${c.request.action === 'putObjects' ? 'putObject' : c.request.action}`;
}

/** The outbox row's input: the request, without the bodies of the objects to write. */
function objectIoSummary(c: ObjectIoCommand): unknown {
  const r = c.request;
  return r.action === 'putObjects' ? { action: r.action, bucket: r.bucket, keys: r.objects.map((o) => o.key) } : r;
}

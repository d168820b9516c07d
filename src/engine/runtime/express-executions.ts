import { randomUUID } from 'node:crypto';
import type { HistoryEvent } from '../../asl/history/types.js';
import { runProgram } from '../../runner/run.js';
import type { RunResult, TaskResolver } from '../../runner/types.js';
import type { ObjectStore } from '../../integrations/local-s3/object-store.js';
import type { ExecutionFilter, ExecutionRecord, ListPage } from '../../store/types.js';
import type { StartRequest, SyncResult } from '../runtime-api.js';
import { newExecutionRecord } from './execution-record.js';
import type { ProgramCache } from './program-cache.js';

interface ExpressEntry {
  record: ExecutionRecord;
  history: HistoryEvent[];
  expiresAt: number;
}

export interface ExpressOptions {
  accountId: string;
  region: string;
  retentionMs: number;
  /** At most this many finished Express executions are kept (the oldest go first). */
  maxRetained?: number;
  programs: ProgramCache;
  resolver?: TaskResolver;
  payloadLimitBytes: number;
  /** The S3 stand-in for Distributed Map ItemReader / ResultWriter. */
  objects?: ObjectStore;
}

/**
 * Express executions: run in memory on the real clock (at-least-once, as on AWS, where they
 * are not durable either). Beyond AWS, which only logs them, finished ones stay visible to
 * DescribeExecution, ListExecutions and GetExecutionHistory for `retentionMs`.
 */
export class ExpressExecutions {
  /** In start order (Map keeps insertion order), so the oldest go first. */
  private readonly entries = new Map<string, ExpressEntry>();
  private readonly machines = new Set<string>();
  private lastPrune = 0;

  constructor(private readonly options: ExpressOptions) {}

  /** StartExecution on an EXPRESS machine: returns at once, runs in the background. */
  async start(request: StartRequest): Promise<ExecutionRecord> {
    const entry = this.begin(request);
    void this.run(entry, request);
    return entry.record;
  }

  /** StartSyncExecution: runs to the end and returns the finished execution. */
  async startSync(request: StartRequest): Promise<SyncResult> {
    const entry = this.begin(request);
    await this.run(entry, request);
    const record = entry.record;
    const duration = (record.stopDate ?? record.startDate) - record.startDate;
    return { execution: record, billedMemoryUsedInMB: 64, billedDurationInMilliseconds: Math.max(100, Math.ceil(duration / 100) * 100) };
  }

  has(arn: string): boolean {
    return this.get(arn) !== undefined;
  }

  get(arn: string): ExpressEntry | undefined {
    const entry = this.entries.get(arn);
    if (entry !== undefined && entry.record.status !== 'RUNNING' && entry.expiresAt < Date.now()) {
      this.entries.delete(arn);
      return undefined;
    }
    return entry;
  }

  /** Whether this state machine has (had) Express executions here. */
  knows(stateMachineArn: string): boolean {
    return this.machines.has(stateMachineArn);
  }

  list(filter: ExecutionFilter, limit: number, nextToken: string | null): ListPage<ExecutionRecord> {
    this.prune();
    const all = [...this.entries.values()]
      .map((e) => e.record)
      .filter((r) => (filter.stateMachineArn === undefined || r.stateMachineArn === filter.stateMachineArn) && (filter.status === undefined || r.status === filter.status))
      .filter((r) => filter.search === undefined || matchesSearch(r, filter.search))
      .sort((a, b) => b.startDate - a.startDate || (a.arn < b.arn ? -1 : 1));
    const start = nextToken === null ? 0 : Number(nextToken);
    const size = limit > 0 ? limit : 100;
    return { items: all.slice(start, start + size), nextToken: start + size < all.length ? String(start + size) : null };
  }

  private begin(request: StartRequest): ExpressEntry {
    const { region, accountId } = this.options;
    const arn = `arn:aws:states:${region}:${accountId}:express:${request.stateMachineName}:${request.name}:${randomUUID()}`;
    const record = newExecutionRecord(arn, { ...request, type: 'EXPRESS' }, Date.now());
    const entry: ExpressEntry = { record, history: [], expiresAt: Infinity };
    this.prune();
    this.entries.set(arn, entry);
    this.machines.add(request.stateMachineArn);
    return entry;
  }

  private async run(entry: ExpressEntry, request: StartRequest): Promise<void> {
    let result: RunResult;
    try {
      result = await runProgram(
        { definition: {}, compiled: this.options.programs.get(request.definition) },
        {
          inputText: request.input,
          history: true,
          realTime: true,
          stateMachineType: 'EXPRESS',
          executionArn: entry.record.arn,
          executionName: request.name,
          stateMachineName: request.stateMachineName,
          accountId: this.options.accountId,
          region: this.options.region,
          roleArn: request.roleArn,
          payloadLimitBytes: this.options.payloadLimitBytes,
          ...(this.options.resolver ? { resolver: this.options.resolver } : {}),
          ...(this.options.objects ? { objects: this.options.objects } : {}),
        },
      );
    } catch (e) {
      result = { status: 'FAILED', error: 'States.Runtime', cause: e instanceof Error ? e.message : String(e), transitions: 0 };
    }
    const record = entry.record;
    record.status = result.status === 'RUNNING' ? 'FAILED' : result.status;
    record.stopDate = Date.now();
    record.output = result.outputText ?? null;
    record.error = result.error ?? null;
    record.cause = result.cause ?? null;
    entry.history = result.history ?? [];
    entry.expiresAt = Date.now() + this.options.retentionMs;
  }

  /** Drops expired entries (at most once a second) and the oldest beyond maxRetained. */
  private prune(): void {
    const max = this.options.maxRetained ?? 10_000;
    if (this.entries.size > max) {
      for (const [arn, e] of this.entries) {
        if (this.entries.size <= max) break;
        if (e.record.status !== 'RUNNING') this.entries.delete(arn);
      }
    }
    const now = Date.now();
    if (now - this.lastPrune < 1000) return;
    this.lastPrune = now;
    for (const [arn, e] of this.entries) if (e.record.status !== 'RUNNING' && e.expiresAt < now) this.entries.delete(arn);
  }
}

/** The console's search (see ExecutionFilter.search): case-insensitive, as SQLite's LIKE. */
function matchesSearch(r: ExecutionRecord, search: string): boolean {
  const needle = search.toLowerCase();
  return [r.name, r.input, r.output, r.error, r.cause].some((text) => text !== null && text.toLowerCase().includes(needle));
}

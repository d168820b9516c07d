import type Database from 'better-sqlite3';
import type { TaskTokenRecord, TimerRecord } from '../types.js';
import { pick, selectList, timerColumns, tokenColumns, updatableFields } from './columns.js';
import { sqlLimit } from './page-token.js';

/**
 * Pending work: timers (Wait, retry backoff, timeouts, heartbeats are rows with a due time)
 * and task tokens (activity tasks and `.waitForTaskToken` callbacks). Written by writeStep;
 * read and claimed here.
 */
export class WorkQueries {
  private readonly due: Database.Statement<[number, number]>;
  private readonly next: Database.Statement<[]>;
  private readonly timersOf: Database.Statement<[string]>;
  private readonly getTok: Database.Statement<[string]>;
  private readonly claim: Database.Statement;
  private readonly tokensOfExecution: Database.Statement<[string]>;
  private readonly localTaskExecutions: Database.Statement<[]>;
  private readonly waiting: Database.Statement<[number]>;
  private readonly tokenUpdates = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {
    const timer = selectList(timerColumns);
    const token = selectList(tokenColumns);
    this.due = db.prepare(`SELECT ${timer} FROM timers WHERE due_at <= ?
      ORDER BY due_at, execution_arn, ticket LIMIT ?`);
    this.next = db.prepare('SELECT min(due_at) FROM timers').pluck();
    this.timersOf = db.prepare(`SELECT ${timer} FROM timers WHERE execution_arn = ? ORDER BY ticket`);
    this.getTok = db.prepare(`SELECT ${token} FROM tokens WHERE token = ?`);
    // One statement: SQLite runs it under the write lock, so no two claims (in this
    // process or another on the same file) can pick the same row.
    this.claim = db.prepare(`UPDATE tokens SET status = 'STARTED', worker_name = @workerName,
        heartbeat_deadline = CASE WHEN heartbeat_seconds IS NULL THEN heartbeat_deadline
                                  ELSE @now + heartbeat_seconds * 1000 END
      WHERE id = (SELECT id FROM tokens WHERE activity_arn = @activityArn AND status = 'SCHEDULED'
                  ORDER BY created_at, id LIMIT 1)
      RETURNING ${token}`);
    this.tokensOfExecution = db.prepare(`SELECT ${token} FROM tokens WHERE execution_arn = ? ORDER BY id`);
    this.localTaskExecutions = db.prepare("SELECT DISTINCT execution_arn FROM tokens WHERE activity_arn IS NULL AND token LIKE 'local:%'").pluck();
    this.waiting = db.prepare(`SELECT ${token} FROM tokens WHERE token NOT LIKE 'local:%' ORDER BY created_at, id LIMIT ?`);
  }

  /** Activity tasks and callbacks still waiting for an outcome, oldest first. */
  waitingTasks(limit: number): TaskTokenRecord[] {
    return this.waiting.all(sqlLimit(limit)) as TaskTokenRecord[];
  }

  /** Timers with dueAt ≤ now, earliest first (ties: executionArn, then ticket). */
  timersDue(now: number, limit: number): TimerRecord[] {
    return this.due.all(now, sqlLimit(limit)) as TimerRecord[];
  }

  /** The earliest dueAt of all timers, or null when there are none (one index probe). */
  nextTimerDue(): number | null {
    return this.next.get() as number | null;
  }

  /** An execution's timers by ticket. */
  timers(executionArn: string): TimerRecord[] {
    return this.timersOf.all(executionArn) as TimerRecord[];
  }

  getToken(token: string): TaskTokenRecord | undefined {
    return this.getTok.get(token) as TaskTokenRecord | undefined;
  }

  /** Sets the given fields (undefined = leave as is); `token` cannot change. Unknown token: no-op. */
  updateToken(token: string, fields: Partial<TaskTokenRecord>): void {
    const names = updatableFields(tokenColumns, 'token', fields);
    if (names.length === 0) return;
    const cacheKey = names.join(',');
    let stmt = this.tokenUpdates.get(cacheKey);
    if (stmt === undefined) {
      const set = names.map((f) => `${tokenColumns[f]} = @${f}`).join(', ');
      stmt = this.db.prepare(`UPDATE tokens SET ${set} WHERE token = @token`);
      this.tokenUpdates.set(cacheKey, stmt);
    }
    stmt.run({ ...pick(fields, names), token });
  }

  /**
   * Atomically takes the oldest SCHEDULED task of the activity (by createdAt, then insertion
   * order) and marks it STARTED for `workerName`; a task is handed out at most once. When
   * the task has HeartbeatSeconds, its heartbeatDeadline restarts from `now`: the heartbeat
   * clock runs from the moment a worker holds the task. Undefined when none is waiting.
   */
  claimActivityTask(activityArn: string, workerName: string | null, now: number): TaskTokenRecord | undefined {
    return this.claim.get({ activityArn, workerName, now }) as TaskTokenRecord | undefined;
  }

  /** An execution's open tokens, in creation order. */
  executionsWithLocalTasks(): string[] {
    return this.localTaskExecutions.all() as string[];
  }

  tokensOf(executionArn: string): TaskTokenRecord[] {
    return this.tokensOfExecution.all(executionArn) as TaskTokenRecord[];
  }
}

import type Database from 'better-sqlite3';
import type { StepWrite } from '../types.js';
import { executionColumns, insertClause, mapRunColumns, timerColumns, tokenColumns, upsertSet } from './columns.js';

/**
 * Applies one engine step: journal entry, history events, execution status, timer and token
 * changes. Removals run before additions, so a step may re-arm a ticket it cancels.
 *
 * Atomic on its own, cheap in a group: called alone, it opens its own transaction, so a
 * crash never leaves half a step on disk; inside a caller's `transaction()` it joins that
 * transaction (group commit: one fsync for many steps). It takes no per-step savepoint
 * there (measured: ~30% fewer steps/s), so a step that throws inside a group may have
 * written part of itself: let the error leave the `transaction()` callback, which rolls the
 * whole group back. Every row references the execution, so a write for an execution that
 * was never inserted fails (foreign key).
 */
export class StepWriter {
  private readonly insertJournal: Database.Statement;
  private readonly insertHistory: Database.Statement;
  private readonly updateStatus: Database.Statement;
  private readonly updateRedrive: Database.Statement;
  private readonly insertTimer: Database.Statement;
  private readonly deleteTimer: Database.Statement<[string, number]>;
  private readonly insertToken: Database.Statement;
  private readonly deleteToken: Database.Statement<[string]>;
  private readonly insertExecution: Database.Statement;
  private readonly upsertMapRun: Database.Statement;
  private readonly alone: Database.Transaction<(step: StepWrite) => void>;

  constructor(private readonly db: Database.Database) {
    this.insertJournal = db.prepare('INSERT INTO journal (execution_arn, seq, entry) VALUES (@executionArn, @seq, @entry)');
    this.insertHistory = db.prepare('INSERT INTO history (execution_arn, id, event) VALUES (@executionArn, @id, @event)');
    this.updateStatus = db.prepare(`UPDATE executions SET status = @status, stop_date = @stopDate, output = @output,
      error = @error, cause = @cause WHERE arn = @arn`);
    this.updateRedrive = db.prepare('UPDATE executions SET redrive_count = @redriveCount, redrive_date = @redriveDate WHERE arn = @arn');
    this.insertTimer = db.prepare(`INSERT INTO timers ${insertClause(timerColumns)}`);
    this.deleteTimer = db.prepare('DELETE FROM timers WHERE execution_arn = ? AND ticket = ?');
    this.insertToken = db.prepare(`INSERT INTO tokens ${insertClause(tokenColumns)}`);
    this.deleteToken = db.prepare('DELETE FROM tokens WHERE token = ?');
    this.insertExecution = db.prepare(`INSERT INTO executions ${insertClause(executionColumns)}`);
    this.upsertMapRun = db.prepare(`INSERT INTO map_runs ${insertClause(mapRunColumns)} ON CONFLICT (arn) DO UPDATE SET ${upsertSet(mapRunColumns, 'arn')}`);
    this.alone = db.transaction((step: StepWrite) => this.apply(step));
  }

  writeStep(step: StepWrite): void {
    if (this.db.inTransaction) this.apply(step);
    else this.alone.immediate(step);
  }

  private apply(step: StepWrite): void {
    if (step.journal !== undefined) this.insertJournal.run(step.journal);
    for (const run of step.mapRuns ?? []) this.upsertMapRun.run(run);
    for (const e of step.executionsAdded ?? []) this.insertExecution.run(e);
    for (const row of step.history) this.insertHistory.run(row);
    if (step.execution !== undefined) {
      const { status, stopDate, output, error, cause } = step.execution;
      this.updateStatus.run({ status, stopDate, output, error, cause, arn: step.executionArn });
    }
    for (const u of step.executionUpdates ?? []) {
      this.updateStatus.run({ ...u.fields, arn: u.arn });
      if (u.redrive !== undefined) this.updateRedrive.run({ ...u.redrive, arn: u.arn });
    }
    for (const t of step.timersRemoved) this.deleteTimer.run(t.executionArn, t.ticket);
    for (const token of step.tokensRemoved) this.deleteToken.run(token);
    for (const t of step.timersAdded) this.insertTimer.run(t);
    for (const t of step.tokensAdded) this.insertToken.run(t);
  }
}

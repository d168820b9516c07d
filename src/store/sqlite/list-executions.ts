import type Database from 'better-sqlite3';
import type { ExecutionFilter, ExecutionRecord, ListPage } from '../types.js';
import { executionColumns, selectList } from './columns.js';
import { decodePageToken, fetchLimit, toPage } from './page-token.js';

const LIST = 'executions';

/**
 * ListExecutions over any table size: newest first by (startDate DESC, arn DESC), keyset
 * paginated on that pair, so page N costs the same as page 1 (no OFFSET). Each filter
 * combination is one SQL shape, prepared on first use and cached; every shape is served by
 * an index ending in (start_date, arn) (see migration 001).
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_ListExecutions.html
 */
export class ExecutionLister {
  private readonly shapes = new Map<string, Database.Statement>();
  private readonly aliasUsed: Database.Statement<[string]>;

  constructor(private readonly db: Database.Database) {
    this.aliasUsed = db.prepare('SELECT 1 FROM executions WHERE state_machine_alias_arn = ? LIMIT 1').pluck();
  }

  list(filter: ExecutionFilter, limit: number, nextToken: string | null): ListPage<ExecutionRecord> {
    const key = decodePageToken(LIST, nextToken, 'ns');
    const column = filter.versionOrAliasArn === undefined ? undefined : this.versionOrAliasColumn(filter.versionOrAliasArn);
    const { where, params } = executionListWhere(filter, column);
    params.beforeStart = (key?.[0] as number | undefined) ?? Number.MAX_SAFE_INTEGER;
    params.beforeArn = (key?.[1] as string | undefined) ?? '';
    params.limit = fetchLimit(limit);
    const rows = this.statement(where).all(params) as ExecutionRecord[];
    return toPage(rows, limit, LIST, (r) => [r.startDate, r.arn]);
  }

  /**
   * An ARN is either a version's or an alias's, never both, so "version = x OR alias = x"
   * equals whichever column holds x. Picking that column up front keeps the query on one
   * index range; an OR would read and sort every match before returning one page.
   */
  private versionOrAliasColumn(arn: string): string {
    return this.aliasUsed.get(arn) === undefined ? 'state_machine_version_arn' : 'state_machine_alias_arn';
  }

  private statement(where: string): Database.Statement {
    let stmt = this.shapes.get(where);
    if (stmt === undefined) {
      stmt = this.db.prepare(executionListSql(where));
      this.shapes.set(where, stmt);
    }
    return stmt;
  }
}

/** The page query for a WHERE clause from `executionListWhere`. */
export function executionListSql(where: string): string {
  return `SELECT ${selectList(executionColumns)} FROM executions WHERE ${where}
    ORDER BY start_date DESC, arn DESC LIMIT @limit`;
}

/**
 * The WHERE clause (one string per filter shape: the statement cache key) and its filter
 * parameters; the caller adds @beforeStart, @beforeArn (the keyset position) and @limit.
 * `versionOrAliasColumn` is the column holding `filter.versionOrAliasArn`.
 */
export function executionListWhere(filter: ExecutionFilter, versionOrAliasColumn?: string): { where: string; params: Record<string, string | number> } {
  const conditions: string[] = [];
  const params: Record<string, string | number> = {};
  if (filter.stateMachineArn !== undefined) {
    conditions.push('state_machine_arn = @stateMachineArn');
    params.stateMachineArn = filter.stateMachineArn;
  }
  if (filter.versionOrAliasArn !== undefined) {
    conditions.push(`${versionOrAliasColumn ?? 'state_machine_version_arn'} = @versionOrAliasArn`);
    params.versionOrAliasArn = filter.versionOrAliasArn;
  }
  if (filter.mapRunArn !== undefined) {
    conditions.push('map_run_arn = @mapRunArn');
    params.mapRunArn = filter.mapRunArn;
  }
  if (filter.status !== undefined) {
    conditions.push('status = @status');
    params.status = filter.status;
  }
  // Literal comparisons (not parameters) so the planner can match the partial index.
  if (filter.redriveFilter === 'REDRIVEN') conditions.push('redrive_count > 0');
  if (filter.redriveFilter === 'NOT_REDRIVEN') conditions.push('redrive_count = 0');
  if (filter.search !== undefined && filter.search !== '') {
    // A scan within the other filters' index range: fine for a console search box, and
    // the keyset condition below still makes each page a bounded read.
    conditions.push(`(name LIKE @search ESCAPE '\\' OR input LIKE @search ESCAPE '\\' OR output LIKE @search ESCAPE '\\'
      OR error LIKE @search ESCAPE '\\' OR cause LIKE @search ESCAPE '\\')`);
    params.search = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  conditions.push('(start_date, arn) < (@beforeStart, @beforeArn)');
  return { where: conditions.join(' AND '), params };
}

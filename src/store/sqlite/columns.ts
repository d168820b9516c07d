import type {
  ActivityRecord, AliasRecord, ExecutionRecord, MapRunRecord, StateMachineRecord, TaskTokenRecord, TimerRecord, VersionRecord,
} from '../types.js';

/**
 * Record field → column name, one map per table. Typed as `Record<keyof T, string>` so that
 * adding a field to a record type fails compilation until its column is mapped here. The
 * SQL built from these maps selects `column AS "field"` and binds `@field`, so rows come back
 * as records and records go in as parameters with no per-row mapping code.
 */
export type ColumnMap<T> = { readonly [K in keyof T]-?: string };

export const stateMachineColumns: ColumnMap<StateMachineRecord> = {
  arn: 'arn', name: 'name', type: 'type', definition: 'definition', roleArn: 'role_arn', status: 'status',
  description: 'description', revisionId: 'revision_id', creationDate: 'creation_date', updateDate: 'update_date',
  loggingConfiguration: 'logging_configuration', tracingConfiguration: 'tracing_configuration',
  encryptionConfiguration: 'encryption_configuration',
};

export const versionColumns: ColumnMap<VersionRecord> = {
  arn: 'arn', stateMachineArn: 'state_machine_arn', version: 'version', definition: 'definition', roleArn: 'role_arn',
  revisionId: 'revision_id', description: 'description', creationDate: 'creation_date', type: 'type',
  loggingConfiguration: 'logging_configuration', tracingConfiguration: 'tracing_configuration',
  encryptionConfiguration: 'encryption_configuration',
};

export const aliasColumns: ColumnMap<AliasRecord> = {
  arn: 'arn', stateMachineArn: 'state_machine_arn', name: 'name', description: 'description',
  routingConfiguration: 'routing_configuration', creationDate: 'creation_date', updateDate: 'update_date',
};

export const activityColumns: ColumnMap<ActivityRecord> = { arn: 'arn', name: 'name', creationDate: 'creation_date' };

export const executionColumns: ColumnMap<ExecutionRecord> = {
  arn: 'arn', stateMachineArn: 'state_machine_arn', name: 'name', type: 'type', status: 'status',
  startDate: 'start_date', stopDate: 'stop_date', input: 'input', output: 'output', error: 'error', cause: 'cause',
  definition: 'definition', roleArn: 'role_arn', stateMachineVersionArn: 'state_machine_version_arn',
  stateMachineAliasArn: 'state_machine_alias_arn', mapRunArn: 'map_run_arn', parentExecutionArn: 'parent_execution_arn',
  redriveCount: 'redrive_count', redriveDate: 'redrive_date', traceHeader: 'trace_header',
};

export const mapRunColumns: ColumnMap<MapRunRecord> = {
  arn: 'arn', executionArn: 'execution_arn', stateMachineArn: 'state_machine_arn', status: 'status', startDate: 'start_date',
  stopDate: 'stop_date', maxConcurrency: 'max_concurrency', toleratedFailureCount: 'tolerated_failure_count',
  toleratedFailurePercentage: 'tolerated_failure_percentage', total: 'total', redriveCount: 'redrive_count', redriveDate: 'redrive_date',
};

export const timerColumns: ColumnMap<TimerRecord> = {
  executionArn: 'execution_arn', threadId: 'thread_id', ticket: 'ticket', dueAt: 'due_at',
};

export const tokenColumns: ColumnMap<TaskTokenRecord> = {
  token: 'token', executionArn: 'execution_arn', threadId: 'thread_id', ticket: 'ticket', activityArn: 'activity_arn',
  input: 'input', status: 'status', workerName: 'worker_name', createdAt: 'created_at',
  heartbeatSeconds: 'heartbeat_seconds', heartbeatDeadline: 'heartbeat_deadline', stateName: 'state_name', resource: 'resource',
};

/** `col AS "field", …` for a SELECT or RETURNING list. */
export function selectList<T>(map: ColumnMap<T>): string {
  return Object.entries<string>(map).map(([field, col]) => (field === col ? col : `${col} AS "${field}"`)).join(', ');
}

/** `(col, …) VALUES (@field, …)` for an INSERT of a whole record. */
export function insertClause<T>(map: ColumnMap<T>): string {
  const entries = Object.entries<string>(map);
  return `(${entries.map(([, c]) => c).join(', ')}) VALUES (${entries.map(([f]) => `@${f}`).join(', ')})`;
}

/** `col = excluded.col, …` for an upsert's DO UPDATE, every column but the key. */
export function upsertSet<T>(map: ColumnMap<T>, key: keyof T): string {
  return Object.entries<string>(map).filter(([f]) => f !== key).map(([, c]) => `${c} = excluded.${c}`).join(', ');
}

/**
 * The fields of a partial update that name a real column, sorted (a stable cache key for the
 * prepared UPDATE). `undefined` means "not given"; the key field can never be changed.
 */
export function updatableFields<T>(map: ColumnMap<T>, key: keyof T, fields: Partial<T>): (keyof T & string)[] {
  return (Object.keys(fields) as (keyof T & string)[])
    .filter((f) => f !== key && Object.hasOwn(map, f) && fields[f] !== undefined)
    .sort();
}

/** The named fields of `from`, as bind parameters. */
export function pick<T>(from: Partial<T>, names: (keyof T & string)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const n of names) out[n] = from[n];
  return out;
}

import { FIELD_MATRIX } from '../../../../src/asl/validate/field-matrix.js';
import type { QueryLanguage, StateType } from './types.js';

/**
 * What the inspector shows for a state: every field AWS allows for its type in its query
 * language, except the transitions and nested machines the graph edits. Membership comes from
 * the validator's own field matrix, so the inspector can never offer a field the validator
 * refuses (or miss one it accepts); this file adds the order, the editor kind and the help.
 */

/**
 * How to edit a value. `path`: a JSONPath (or reference path); `stringOrPath`: a JSONPath or an
 * intrinsic function call (ErrorPath, CausePath); `jsonata`: a `{% %}` expression; `json`: any
 * JSON value; `number`: any number (ToleratedFailurePercentage takes fractions).
 */
export type FieldKind = 'string' | 'integer' | 'number' | 'boolean' | 'json' | 'enum' | 'path' | 'jsonata' | 'stringOrPath';

/** One inspector field. */
export interface FieldSpec {
  readonly name: string;
  readonly kind: FieldKind;
  /** The allowed values of an `enum`. */
  readonly options?: readonly string[];
  readonly help: string;
  /** True when a JSONata `{% … %}` string is accepted instead of a value of `kind`. */
  readonly expression?: boolean;
}

/** Fields the graph edits, not the inspector (plus `Type`, which is fixed). */
export const STRUCTURAL_FIELDS: readonly string[] = ['Type', 'Next', 'End', 'Default', 'Choices', 'Retry', 'Catch', 'Branches', 'ItemProcessor', 'Iterator'];

interface Entry { name: string; kind: FieldKind; help: string; expr?: true; options?: readonly string[] }

const CATALOG: readonly Entry[] = [
  { name: 'Comment', kind: 'string', help: 'A human-readable description of the state.' },
  { name: 'QueryLanguage', kind: 'enum', options: ['JSONPath', 'JSONata'], help: 'Overrides the machine\'s query language for this state.' },
  { name: 'Resource', kind: 'string', help: 'ARN of the work to run: an activity, a Lambda function or an integration such as arn:aws:states:::lambda:invoke.' },
  { name: 'TimeoutSeconds', kind: 'integer', expr: true, help: 'Fail with States.Timeout if the task runs longer than this.' },
  { name: 'TimeoutSecondsPath', kind: 'path', help: 'Path to the timeout, in seconds, in the state input.' },
  { name: 'HeartbeatSeconds', kind: 'integer', expr: true, help: 'Fail with States.Timeout if no heartbeat arrives within this interval; must be below TimeoutSeconds.' },
  { name: 'HeartbeatSecondsPath', kind: 'path', help: 'Path to the heartbeat interval in the state input.' },
  { name: 'Credentials', kind: 'json', expr: true, help: 'A role to assume for the task: {"RoleArn": …}.' },
  { name: 'Seconds', kind: 'integer', expr: true, help: 'How long to wait, in seconds.' },
  { name: 'SecondsPath', kind: 'path', help: 'Path to the number of seconds in the state input.' },
  { name: 'Timestamp', kind: 'string', expr: true, help: 'Wait until this RFC 3339 time, e.g. 2026-01-01T00:00:00Z.' },
  { name: 'TimestampPath', kind: 'path', help: 'Path to the timestamp in the state input.' },
  { name: 'Error', kind: 'string', expr: true, help: 'The error name the execution fails with.' },
  { name: 'ErrorPath', kind: 'stringOrPath', help: 'Path (or intrinsic function) giving the error name.' },
  { name: 'Cause', kind: 'string', expr: true, help: 'A human-readable explanation of the failure.' },
  { name: 'CausePath', kind: 'stringOrPath', help: 'Path (or intrinsic function) giving the cause.' },
  { name: 'ItemReader', kind: 'json', help: 'Read the items from S3 (Distributed mode): {Resource, Parameters|Arguments, ReaderConfig}.' },
  { name: 'Items', kind: 'json', expr: true, help: 'The array to iterate over; default: the state input.' },
  { name: 'ItemsPath', kind: 'path', help: 'Path to the array to iterate over; default: $.' },
  { name: 'ItemSelector', kind: 'json', expr: true, help: 'Shapes each item before it enters the processor ($$.Map.Item.Value is the item).' },
  { name: 'ItemBatcher', kind: 'json', help: 'Group items into batches (Distributed mode): {MaxItemsPerBatch, MaxInputBytesPerBatch, BatchInput}.' },
  { name: 'MaxConcurrency', kind: 'integer', expr: true, help: 'Upper bound on iterations running at once; 0 means no limit.' },
  { name: 'MaxConcurrencyPath', kind: 'path', help: 'Path to the concurrency limit in the state input.' },
  { name: 'ToleratedFailureCount', kind: 'integer', expr: true, help: 'Failed items allowed before the Map run fails (Distributed mode).' },
  { name: 'ToleratedFailureCountPath', kind: 'path', help: 'Path to the tolerated failure count.' },
  { name: 'ToleratedFailurePercentage', kind: 'number', expr: true, help: 'Percentage (0–100) of failed items allowed before the Map run fails.' },
  { name: 'ToleratedFailurePercentagePath', kind: 'path', help: 'Path to the tolerated failure percentage.' },
  { name: 'Label', kind: 'string', help: 'A label for the Map run\'s child executions (Distributed mode).' },
  { name: 'ResultWriter', kind: 'json', help: 'Write the results to S3 (Distributed mode): {Resource, Parameters|Arguments, WriterConfig}.' },
  { name: 'InputPath', kind: 'path', help: 'Selects the part of the state input to use; null discards it.' },
  { name: 'Parameters', kind: 'json', help: 'The effective input, built from a template (keys ending in .$ take paths).' },
  { name: 'Arguments', kind: 'json', expr: true, help: 'The input passed to the resource or branches, with {% %} expressions.' },
  { name: 'Result', kind: 'json', help: 'A fixed value the Pass state outputs as its result.' },
  { name: 'ResultSelector', kind: 'json', help: 'Reshapes the raw result before ResultPath applies.' },
  { name: 'ResultPath', kind: 'path', help: 'Where to put the result in the input; null discards the result.' },
  { name: 'OutputPath', kind: 'path', help: 'Selects the part of the output to pass on; null passes {}.' },
  { name: 'Output', kind: 'json', expr: true, help: 'The state output, with {% %} expressions; default: the result.' },
  { name: 'Assign', kind: 'json', help: 'Variables to set: {"name": value}; values may use expressions.' },
];

/** Help that differs by state type, keyed `Type.Field`. */
const HELP: Readonly<Record<string, string>> = {
  'Map.Parameters': 'Deprecated spelling of ItemSelector.',
  'Parallel.Parameters': 'The input given to every branch, built from a template.',
  'Parallel.Arguments': 'The input given to every branch, with {% %} expressions.',
  'Pass.Parameters': 'A template for the output (keys ending in .$ take paths).',
};

/** The inspector fields of `type` in `language`, in display order (none for an unknown type). */
export function fieldsFor(type: StateType | string, language: QueryLanguage): FieldSpec[] {
  if (!Object.prototype.hasOwnProperty.call(FIELD_MATRIX, type)) return [];
  const matrix = FIELD_MATRIX[type as StateType];
  const wanted = language === 'JSONata' ? 'J' : 'P';
  return CATALOG.filter((e) => matrix[e.name] === 'B' || matrix[e.name] === wanted).map((e) => ({
    name: e.name,
    kind: e.kind,
    ...(e.options ? { options: e.options } : {}),
    help: HELP[`${type}.${e.name}`] ?? e.help,
    ...(e.expr && language === 'JSONata' ? { expression: true } : {}),
  }));
}

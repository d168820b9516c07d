import { StatesError } from '../../errors/states-error.js';
import type { CompiledState } from '../../program/types.js';
import { compilePath, NOT_FOUND, type JsonPath } from '../../query/path.js';
import { cachedPayloadBuilder } from '../../query/payload-cache.js';
import type { Execution } from '../execution.js';
import { bindings, scopeFor } from '../io.js';
import { S3_GET_OBJECT, S3_LIST_OBJECTS_V2, type ObjectRequest } from '../object-io.js';
import type { Thread } from '../types.js';
import { CSV_DELIMITERS } from './csv.js';

/** How the delivered object(s) become items (ReaderConfig, evaluated). */
export interface ReaderSettings {
  readonly action: ObjectRequest['action'];
  /** JSON, JSONL or CSV: how an object's text is parsed (listObjectsV2 without LOAD_AND_FLATTEN: none). */
  readonly inputType: string | undefined;
  readonly csvHeaderLocation: 'FIRST_ROW' | 'GIVEN';
  readonly csvHeaders: readonly string[] | undefined;
  readonly delimiter: string;
  /** JSON Pointer to the items inside a JSON object ('' = the whole document). */
  readonly itemsPointer: string;
  /** At most this many items are read (Infinity: no limit). */
  readonly maxItems: number;
}

/** What to ask the host for, and how to read its answer. */
export interface ReadPlan {
  readonly request: ObjectRequest;
  readonly settings: ReaderSettings;
}

/** AWS's ceiling for ReaderConfig.MaxItems; 0 means "no limit". */
const MAX_ITEMS_CEILING = 100_000_000;

type Obj = Record<string, unknown>;

/**
 * The ItemReader of a JSONPath Map: Parameters (`Bucket.$` etc.) and MaxItemsPath are read from
 * the state's effective input (after InputPath) and the context object.
 * https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itemreader.html
 */
export function planReadJsonPath(ex: Execution, t: Thread, state: CompiledState, effective: unknown): ReadPlan {
  const block = state.raw.ItemReader as Obj;
  const scope = scopeFor(ex, t, state, effective);
  const params = block.Parameters === undefined ? {} : cachedPayloadBuilder(block.Parameters)(scope);
  const config = (block.ReaderConfig ?? {}) as Obj;
  let maxItems: unknown = config.MaxItems;
  if (typeof config.MaxItemsPath === 'string') {
    const path = pathFor(config.MaxItemsPath);
    const value = path.evaluate(scope);
    if (value === NOT_FOUND || typeof value !== 'number' || !Number.isInteger(value)) {
      const shown = value === NOT_FOUND ? 'null' : typeof value === 'string' ? value : JSON.stringify(value);
      throw readerFailed(`The MaxItemsPath field refers to value "${shown}" which is not a valid integer: ${path.text}`);
    }
    maxItems = value;
  }
  return plan(String(block.Resource), params, 'Parameters', config, maxItems);
}

/** The ItemReader of a JSONata Map: the whole block is a template (Arguments, ReaderConfig.MaxItems). */
export async function planReadJsonata(ex: Execution, t: Thread, state: CompiledState): Promise<ReadPlan> {
  const template = state.templates.get('ItemReader');
  const block = (template ? await template.evaluate(bindings(ex, t, state)) : state.raw.ItemReader) as Obj;
  const config = (block.ReaderConfig ?? {}) as Obj;
  return plan(String(block.Resource), block.Arguments ?? {}, 'Arguments', config, config.MaxItems);
}

function plan(resource: string, params: unknown, paramsField: string, config: Obj, maxItems: unknown): ReadPlan {
  const p = (typeof params === 'object' && params !== null ? params : {}) as Obj;
  const bucket = p.Bucket;
  if (typeof bucket !== 'string' || bucket === '') throw readerFailed(`The ItemReader ${paramsField} must name a Bucket (a non-empty string).`);
  const loadAndFlatten = config.Transformation === 'LOAD_AND_FLATTEN';
  let request: ObjectRequest;
  let inputType = typeof config.InputType === 'string' ? config.InputType : undefined;
  if (resource === S3_GET_OBJECT) {
    if (typeof p.Key !== 'string' || p.Key === '') throw readerFailed(`The ItemReader ${paramsField} must name a Key (a non-empty string).`);
    request = { action: 'getObject', bucket, key: p.Key };
    // A JSON file is AWS's most common dataset; without ReaderConfig it is what we expect.
    inputType ??= 'JSON';
  } else if (resource === S3_LIST_OBJECTS_V2) {
    if (p.Prefix !== undefined && typeof p.Prefix !== 'string') throw readerFailed(`The ItemReader ${paramsField} Prefix must be a string.`);
    request = { action: 'listObjectsV2', bucket, prefix: p.Prefix ?? '', ...(loadAndFlatten ? { withBodies: true } : {}) };
    if (loadAndFlatten && inputType === undefined) throw readerFailed('ReaderConfig.InputType is required when Transformation is LOAD_AND_FLATTEN.');
    if (!loadAndFlatten) inputType = undefined;
  } else {
    throw readerFailed(`The ItemReader resource '${resource}' is not supported.`);
  }
  if (config.ManifestType !== undefined || (inputType !== undefined && !['JSON', 'JSONL', 'CSV'].includes(inputType))) {
    throw readerFailed(`ReaderConfig ${config.ManifestType !== undefined ? `ManifestType ${String(config.ManifestType)}` : `InputType ${inputType}`} is not supported by Stepwise (JSON, JSONL and CSV are).`);
  }
  const given = config.CSVHeaderLocation === 'GIVEN';
  const headers = config.CSVHeaders;
  if (given && (!Array.isArray(headers) || !headers.every((h) => typeof h === 'string'))) {
    throw readerFailed('ReaderConfig.CSVHeaders must list the column names when CSVHeaderLocation is GIVEN.');
  }
  return {
    request,
    settings: {
      action: request.action,
      inputType,
      csvHeaderLocation: given ? 'GIVEN' : 'FIRST_ROW',
      csvHeaders: given ? (headers as string[]) : undefined,
      delimiter: CSV_DELIMITERS[typeof config.CSVDelimiter === 'string' ? config.CSVDelimiter : 'COMMA'] ?? ',',
      itemsPointer: typeof config.ItemsPointer === 'string' ? config.ItemsPointer : '',
      maxItems: maxItemsOf(maxItems),
    },
  };
}

/** MaxItems as a count: absent or 0 means every item; AWS stops at 100,000,000. */
function maxItemsOf(value: unknown): number {
  if (value === undefined) return Infinity;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw readerFailed(`ReaderConfig.MaxItems must be an integer, not ${JSON.stringify(value)}.`);
  // LocalStack's recording of AWS: a negative MaxItemsPath value fails the Map Run with this cause.
  if (value < 0) throw readerFailed('field MaxItems must be positive');
  return value === 0 ? Infinity : Math.min(value, MAX_ITEMS_CEILING);
}

/** States.ItemReaderFailed, with AWS's state prefix on the cause. */
export function readerFailed(detail: string): StatesError {
  return new StatesError('States.ItemReaderFailed', detail, true);
}

// MaxItemsPath is compiled once per path text, not per execution.
const paths = new Map<string, JsonPath>();


function pathFor(text: string): JsonPath {
  let p = paths.get(text);
  if (p === undefined) {
    p = compilePath(text);
    if (paths.size < 10_000) paths.set(text, p);
  }
  return p;
}

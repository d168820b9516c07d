import { StatesError } from '../../errors/states-error.js';
import type { CompiledState } from '../../program/types.js';
import { cachedPayloadBuilder } from '../../query/payload-cache.js';
import type { Execution } from '../execution.js';
import { bindings, scopeFor } from '../io.js';
import type { Thread } from '../types.js';

/** A ResultWriter, evaluated: where the results go (if anywhere) and in which shape. */
export interface WriterPlan {
  /** Undefined with WriterConfig alone: the results are formatted, not exported. */
  readonly bucket: string | undefined;
  /** The key prefix, '' or ending in '/'. */
  readonly prefix: string;
  readonly outputType: 'JSON' | 'JSONL';
  readonly transformation: 'NONE' | 'COMPACT' | 'FLATTEN';
  /** Whether WriterConfig was given (it changes how failed children appear in the state output). */
  readonly configured: boolean;
}

type Obj = Record<string, unknown>;

/**
 * The ResultWriter of a JSONPath Map: Parameters (`Bucket`, `Prefix`, `.$` paths allowed) read
 * from the state's effective input. https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultwriter.html
 */
export function planWriteJsonPath(ex: Execution, t: Thread, state: CompiledState, effective: unknown): WriterPlan {
  const block = state.raw.ResultWriter as Obj;
  const params = block.Parameters === undefined ? undefined : cachedPayloadBuilder(block.Parameters)(scopeFor(ex, t, state, effective));
  return plan(block, params, 'Parameters');
}

/** The ResultWriter of a JSONata Map: the block is a template (Arguments may hold expressions). */
export async function planWriteJsonata(ex: Execution, t: Thread, state: CompiledState): Promise<WriterPlan> {
  const template = state.templates.get('ResultWriter');
  const block = (template ? await template.evaluate(bindings(ex, t, state)) : state.raw.ResultWriter) as Obj;
  return plan(block, block.Arguments, 'Arguments');
}

function plan(block: Obj, params: unknown, field: string): WriterPlan {
  const config = (block.WriterConfig ?? undefined) as Obj | undefined;
  const exporting = block.Resource !== undefined;
  let bucket: string | undefined;
  let prefix = '';
  if (exporting) {
    const p = (typeof params === 'object' && params !== null ? params : {}) as Obj;
    if (typeof p.Bucket !== 'string' || p.Bucket === '') throw writerFailed(`The ResultWriter ${field} must name a Bucket (a non-empty string).`);
    if (p.Prefix !== undefined && typeof p.Prefix !== 'string') throw writerFailed(`The ResultWriter ${field} Prefix must be a string.`);
    bucket = p.Bucket;
    prefix = p.Prefix ?? '';
    // The run's folder goes under the prefix: `<Prefix>/<MapRunId>/manifest.json`.
    if (prefix !== '' && !prefix.endsWith('/')) prefix += '/';
  }
  const transformation = config?.Transformation;
  return {
    bucket,
    prefix,
    outputType: config?.OutputType === 'JSONL' ? 'JSONL' : 'JSON',
    // NONE is the default when exporting, COMPACT when the results stay in the state output.
    transformation: transformation === 'NONE' || transformation === 'COMPACT' || transformation === 'FLATTEN' ? transformation : exporting ? 'NONE' : 'COMPACT',
    configured: config !== undefined,
  };
}

/** States.ResultWriterFailed, with AWS's state prefix on the cause. */
export function writerFailed(detail: string): StatesError {
  return new StatesError('States.ResultWriterFailed', detail, true);
}



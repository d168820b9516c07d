import { readFile } from 'node:fs/promises';
import { InvalidDefinitionError } from '../runner/definition.js';
import { runExecution } from '../runner/run.js';
import { formatDiagnostic } from '../asl/validate/index.js';
import { parseArgs, stringFlag, UsageError } from './args.js';
import { loadResolver } from './task-module.js';

const VALUED = new Set(['input', 'input-file', 'tasks', 'name', 's3-dir']);

/** `stepwise run`: one in-memory execution; exit 0 when it succeeds, 1 otherwise. */
export async function runCommand(argv: readonly string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const args = parseArgs(argv, VALUED);
  const file = args.positionals[0];
  if (file === undefined) throw new UsageError('run needs a definition file');
  const definition = await readFile(file, 'utf8');
  const inputFile = stringFlag(args, 'input-file');
  const inputText = inputFile !== undefined ? await readFile(inputFile, 'utf8') : (stringFlag(args, 'input') ?? '{}');
  const tasks = stringFlag(args, 'tasks');
  const json = args.flags.has('json');
  const name = stringFlag(args, 'name');
  const s3Dir = stringFlag(args, 's3-dir') ?? process.env.STEPWISE_S3_DIR;
  let result;
  try {
    result = await runExecution(definition, {
      inputText,
      history: json || args.flags.has('history'),
      realTime: args.flags.has('real-time'),
      ...(tasks !== undefined ? { resolver: await loadResolver(tasks) } : {}),
      ...(name !== undefined ? { executionName: name } : {}),
      ...(s3Dir !== undefined ? { s3Dir } : {}),
    });
  } catch (e) {
    if (!(e instanceof InvalidDefinitionError)) throw e;
    for (const d of e.diagnostics) err.write(`${formatDiagnostic(file, d)}\n`);
    if (json) out.write(`${JSON.stringify({ status: 'INVALID_DEFINITION', error: 'InvalidDefinition', cause: e.message })}\n`);
    return 1;
  }
  const history = result.history?.map((e) => ({ ...e, timestamp: new Date(e.timestamp).toISOString() }));
  if (json) {
    out.write(`${JSON.stringify({ status: result.status, output: result.output ?? null, error: result.error ?? null, cause: result.cause ?? null, history: history ?? [] })}\n`);
  } else {
    if (history) for (const e of history) err.write(`${JSON.stringify(e)}\n`);
    if (result.status === 'SUCCEEDED') out.write(`${JSON.stringify(result.output, null, 2)}\n`);
    else err.write(`${result.status}: ${result.error ?? ''}${result.cause !== undefined ? `: ${result.cause}` : ''}\n`);
  }
  return result.status === 'SUCCEEDED' ? 0 : 1;
}

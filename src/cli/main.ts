import { UsageError } from './args.js';
import { runCommand } from './run-command.js';
import { serveCommand } from './serve-command.js';
import { validateCommand } from './validate-command.js';

export const USAGE = `Usage: stepwise <command> [options]

Commands:
  run <definition.json> [--input JSON | --input-file F] [--history] [--json]
                        [--real-time] [--tasks module.mjs] [--name NAME] [--s3-dir DIR]
      Runs one execution in memory. Waits and retry back-offs are skipped on a virtual
      clock unless --real-time. Prints the output (exit 0) or the error and cause (exit 1).
      --s3-dir is the folder standing in for S3 (Distributed Map ItemReader/ResultWriter:
      DIR/<bucket>/<key>); default ./s3, or STEPWISE_S3_DIR.
      --json prints {"status","output","error","cause","history"}.
      --tasks binds Task resources to local functions: the module's default export is a
      function (call) => result, or an object mapping a Resource ARN (or its last ':' part)
      to such a function.
  validate <definition.json>
      Prints each problem as file:line:column CODE message; exits 1 if there are errors.
  serve [--host H] [--port P] [--data DIR] [--account ID] [--region R] [--tasks module.mjs]
        [--express-retention SECONDS] [--s3-dir DIR]
      The AWS Step Functions API (AWS JSON 1.0) on http://127.0.0.1:8083, state in SQLite
      under ./.stepwise (--data :memory: for a throwaway run). S3 objects (ItemReader,
      ResultWriter) live in --s3-dir DIR/<bucket>/<key>, default <data>/s3 (./.stepwise-s3
      with --data :memory:). Environment: STEPWISE_HOST, STEPWISE_PORT, STEPWISE_DATA,
      STEPWISE_ACCOUNT_ID, STEPWISE_REGION, STEPWISE_TASKS, STEPWISE_S3_DIR.
  help
      Shows this text.
`;

/** Runs the CLI; returns the process exit code. Never throws. */
export async function main(argv: readonly string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'run':
        return await runCommand(rest, out, err);
      case 'validate':
        return await validateCommand(rest, out, err);
      case 'serve':
        return await serveCommand(rest, out, err);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        out.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      err.write(`stepwise: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    err.write(`stepwise: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

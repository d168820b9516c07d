import { startServer } from '../server/start-server.js';
import { parseArgs, stringFlag, UsageError } from './args.js';
import { loadResolver } from './task-module.js';
import { defaultServerS3Dir } from '../integrations/local-s3/local-s3.js';

const VALUED = new Set(['host', 'port', 'data', 'account', 'region', 'tasks', 'express-retention', 'sync', 's3-dir']);

/**
 * `stepwise serve`: the AWS-compatible API on 127.0.0.1:8083 by default, state in SQLite under
 * ./.stepwise (flags, then STEPWISE_* variables, then defaults). Runs until SIGINT/SIGTERM.
 */
export async function serveCommand(argv: readonly string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const args = parseArgs(argv, VALUED);
  const env = process.env;
  const host = stringFlag(args, 'host') ?? env.STEPWISE_HOST ?? '127.0.0.1';
  const port = Number(stringFlag(args, 'port') ?? env.STEPWISE_PORT ?? 8083);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`invalid port '${String(port)}'`);
  const data = stringFlag(args, 'data') ?? env.STEPWISE_DATA ?? '.stepwise';
  const accountId = stringFlag(args, 'account') ?? env.STEPWISE_ACCOUNT_ID ?? '123456789012';
  if (!/^\d{12}$/.test(accountId)) throw new UsageError(`the account id must be 12 digits, not '${accountId}'`);
  const region = stringFlag(args, 'region') ?? env.STEPWISE_REGION ?? 'us-east-1';
  const tasks = stringFlag(args, 'tasks') ?? env.STEPWISE_TASKS;
  const retention = stringFlag(args, 'express-retention');
  const sync = (stringFlag(args, 'sync') ?? env.STEPWISE_SYNC ?? 'full').toUpperCase();
  if (sync !== 'FULL' && sync !== 'NORMAL') throw new UsageError(`--sync must be full or normal, not '${sync.toLowerCase()}'`);
  const s3Dir = stringFlag(args, 's3-dir') ?? env.STEPWISE_S3_DIR ?? defaultServerS3Dir(data);
  const running = await startServer({
    host,
    port,
    data,
    accountId,
    region,
    ...(tasks !== undefined ? { resolver: await loadResolver(tasks) } : {}),
    ...(retention !== undefined ? { expressRetentionMs: Number(retention) * 1000 } : {}),
    synchronous: sync,
    s3Dir,
  });
  out.write(`stepwise listening on http://${host}:${running.port} (API and web console; account ${accountId}, region ${region}), data in ${data === ':memory:' ? 'memory (not kept)' : data}, S3 objects in ${s3Dir}\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  err.write('stepwise: shutting down\n');
  await running.close();
  return 0;
}

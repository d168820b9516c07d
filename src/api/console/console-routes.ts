import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Runtime } from '../../engine/runtime-api.js';
import { Errors } from '../../engine/control/errors.js';
import { AwsError } from '../../errors/aws-error.js';
import type { ExecutionFilter } from '../../store/types.js';
import { STATUS_FILTER } from '../actions/list-executions.js';
import { oneOf } from '../schema/fields.js';
import { toErrorResponse } from '../error-response.js';
import { parseInput } from '../schema/parse-input.js';
import { epoch, executionListItem } from '../shapes.js';
import { streamExecution } from './live-stream.js';

export interface ConsoleRouteContext {
  runtime: Runtime;
  accountId: string;
  region: string;
}

/**
 * The console's few reads that the AWS API has no action for, under `/console-api/`:
 * server facts, execution search, waiting tasks and the live event stream. Everything
 * else the console does goes through the AWS API itself. Answers false for other paths.
 */
export function handleConsoleRoute(req: IncomingMessage, res: ServerResponse, url: URL, ctx: ConsoleRouteContext): boolean {
  if (!url.pathname.startsWith('/console-api/')) return false;
  const route = url.pathname.slice('/console-api/'.length);
  try {
    switch (route) {
      case 'info':
        json(res, 200, { accountId: ctx.accountId, region: ctx.region, product: 'Stepwise' });
        return true;
      case 'executions':
        json(res, 200, searchExecutions(url.searchParams, ctx.runtime));
        return true;
      case 'waiting-tasks':
        json(res, 200, { tasks: waitingTasks(ctx.runtime) });
        return true;
      case 'live': {
        const arn = url.searchParams.get('executionArn') ?? '';
        if (ctx.runtime.describe(arn) === undefined) throw Errors.executionDoesNotExist(arn);
        streamExecution(req, res, ctx.runtime, arn, Number(url.searchParams.get('after') ?? 0) || 0);
        return true;
      }
      default:
        throw new AwsError('UnknownOperationException', `Unknown console route: ${route}`, 404);
    }
  } catch (e: unknown) {
    // AwsErrors are shaped where all API errors are; anything else is a bug for the server's handler.
    if (!(e instanceof AwsError)) throw e;
    const { status, body } = toErrorResponse(e);
    json(res, status, body);
    return true;
  }
}

/** ListExecutions plus a text search over name, input, output, error and cause. */
function searchExecutions(params: URLSearchParams, runtime: Runtime): unknown {
  const filter: ExecutionFilter = {};
  const stateMachineArn = params.get('stateMachineArn');
  const mapRunArn = params.get('mapRunArn');
  const status = params.get('statusFilter');
  const search = params.get('search');
  if (stateMachineArn) filter.stateMachineArn = stateMachineArn;
  if (mapRunArn) filter.mapRunArn = mapRunArn;
  if (status) filter.status = parseInput({ statusFilter: oneOf(STATUS_FILTER) }, { statusFilter: status }).statusFilter;
  if (search) filter.search = search;
  const maxResults = Math.min(Math.max(Number(params.get('maxResults') ?? 50) || 50, 1), 1000);
  const page = runtime.list(filter, maxResults, params.get('nextToken') || null);
  return { executions: page.items.map(executionListItem), nextToken: page.nextToken };
}

function waitingTasks(runtime: Runtime): unknown[] {
  return runtime.waitingTasks(500).map((t) => {
    const execution = runtime.describe(t.executionArn);
    return {
      taskToken: t.token,
      kind: t.activityArn === null ? 'CALLBACK' : 'ACTIVITY',
      activityArn: t.activityArn,
      resource: t.resource,
      stateName: t.stateName,
      status: t.status,
      workerName: t.workerName,
      input: t.input,
      scheduledDate: epoch(t.createdAt),
      executionArn: t.executionArn,
      executionName: execution?.name ?? '',
      stateMachineArn: execution?.stateMachineArn ?? '',
    };
  });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store' });
  res.end(text);
}

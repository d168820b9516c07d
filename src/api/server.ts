import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ControlPlane } from '../engine/control/control-plane.js';
import type { Runtime } from '../engine/runtime-api.js';
import type { ApiContext } from './context.js';
import { dispatch } from './dispatch.js';
import { asError, toErrorResponse } from './error-response.js';
import { ProtocolErrors } from './errors.js';
import { readBody } from './read-body.js';
import { handleConsoleRoute } from './console/console-routes.js';
import { findConsoleDir, serveConsoleFile } from './console/static-files.js';

/** Where the server reports bugs (500s). */
export interface ApiLogger {
  error(message: string, error: Error): void;
}

export interface ApiServerOptions {
  control: ControlPlane;
  runtime: Runtime;
  accountId: string;
  region: string;
  logger?: ApiLogger;
  /**
   * Request body limit in bytes. AWS caps requests at 1 MB, but a definition may hold
   * 1,048,576 characters, which JSON escaping can inflate several-fold; the default (4 MiB)
   * lets such bodies reach the field checks that answer with AWS's exact ValidationException.
   */
  maxBodyBytes?: number;
  /**
   * Folder of the built web console served at `/` (default: dist/console when built);
   * null turns the console off, leaving a plain-text banner at `/`.
   */
  consoleDir?: string | null;
}

const JSON_TYPE = 'application/x-amz-json-1.0';
const DEFAULT_MAX_BODY = 4 * 1024 * 1024;

/**
 * The AWS JSON 1.0 endpoint of Step Functions: `POST /` with `X-Amz-Target:
 * AWSStepFunctions.<Action>`, so the AWS SDKs and CLI work unchanged against it. SigV4
 * headers are accepted and not verified; the Host header is ignored (the SDKs prefix it with
 * `sync-` for StartSyncExecution and TestState). `GET /` serves the web console (or a
 * plain-text banner without one); `/console-api/` holds the console's few extra reads.
 * https://docs.aws.amazon.com/step-functions/latest/apireference/Welcome.html
 */
export function createApiServer(options: ApiServerOptions): Server {
  const logger: ApiLogger = options.logger ?? { error: (message, error) => console.error(message, error) };
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const consoleDir = options.consoleDir === undefined ? findConsoleDir() : options.consoleDir;
  return createServer((req, res) => {
    handle(req, res, options, logger, limit, consoleDir).catch((e: unknown) => {
      // Only reachable if writing the response itself failed: nothing left to tell the client.
      logger.error('Stepwise API: failed to answer a request', asError(e));
      res.destroy();
    });
  });
}

async function handle(req: IncomingMessage, res: ServerResponse, options: ApiServerOptions, logger: ApiLogger, limit: number, consoleDir: string | null): Promise<void> {
  if (req.method === 'GET' || req.method === 'HEAD') {
    const url = requestUrl(req.url);
    if (handleConsoleRoute(req, res, url, options)) return;
    if (consoleDir !== null && serveConsoleFile(consoleDir, url.pathname, res, req.method === 'HEAD')) return;
    const found = url.pathname === '/';
    const text = found ? `Stepwise: AWS Step Functions API (AWS JSON 1.0), account ${options.accountId}, region ${options.region}\n` : 'Not Found\n';
    res.writeHead(found ? 200 : 404, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
    res.end(req.method === 'HEAD' ? undefined : text);
    return;
  }
  const requestId = randomUUID();
  // Only long polls (GetActivityTask) need to learn that the client went away: build the
  // signal on first use rather than for every request.
  let abort: AbortController | undefined;
  const signal = (): AbortSignal => {
    if (abort === undefined) {
      const controller = (abort = new AbortController());
      res.on('close', () => { if (!res.writableFinished) controller.abort(); });
    }
    return abort.signal;
  };
  let status = 200;
  let body: unknown;
  try {
    if (req.method !== 'POST') throw ProtocolErrors.unknownOperation(`${req.method ?? ''} ${req.url ?? ''}`);
    const raw = await readBody(req, limit);
    const ctx: ApiContext = { control: options.control, runtime: options.runtime, get signal() { return signal(); } };
    body = await dispatch(headerOf(req, 'x-amz-target'), parseBody(raw), ctx);
  } catch (e: unknown) {
    const error = toErrorResponse(e);
    if (error.unexpected) logger.error(`Stepwise API: unexpected failure of ${headerOf(req, 'x-amz-target')} (request ${requestId})`, asError(e));
    status = error.status;
    body = error.body;
    res.setHeader('X-Amzn-ErrorType', error.body.__type ?? '');
  }
  if (res.destroyed) return;
  const text = JSON.stringify(body ?? {});
  res.writeHead(status, { 'Content-Type': JSON_TYPE, 'Content-Length': Buffer.byteLength(text), 'x-amzn-RequestId': requestId });
  res.end(text);
}

/** The request target as a URL; one that is not a path (e.g. `//[`) maps to a path that 404s. */
function requestUrl(target: string | undefined): URL {
  const base = 'http://localhost';
  return URL.canParse(target ?? '/', base) ? new URL(target ?? '/', base) : new URL('/not-a-path', base);
}

function headerOf(req: IncomingMessage, name: string): string {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/** The JSON request body; empty means `{}`, invalid JSON is `SerializationException`. */
function parseBody(raw: Buffer): unknown {
  const text = raw.toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (e: unknown) {
    throw ProtocolErrors.serialization(`Malformed JSON request body: ${asError(e).message}`);
  }
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Runtime } from '../../engine/runtime-api.js';
import { epoch } from '../shapes.js';

const POLL_MS = 250;
const PAGE = 1000;
const KEEP_ALIVE_MS = 15_000;

/**
 * `GET /console-api/live?executionArn=…&after=N`: a server-sent-events stream of an
 * execution's history events after id N (shaped as GetExecutionHistory returns them) and its
 * status, until it is no longer running. It reads the committed history, so a client sees
 * exactly what the API would return, never an uncommitted step. Polling the store every
 * 250 ms per open stream is a handful of indexed reads per second: cheap for a console, and
 * it works the same for Standard (SQLite) and Express (memory) executions.
 */
export function streamExecution(req: IncomingMessage, res: ServerResponse, runtime: Runtime, executionArn: string, after: number): void {
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
  let lastId = after;
  let lastStatus = '';
  let lastWrite = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const send = (event: string, data: unknown): void => {
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    lastWrite = Date.now();
  };
  const tick = (): void => {
    if (res.destroyed) return;
    const execution = runtime.describe(executionArn);
    if (execution === undefined) {
      send('gone', { executionArn });
      res.end();
      return;
    }
    let more = true;
    while (more) {
      const page = runtime.history(executionArn, { reverseOrder: false, maxResults: PAGE, nextToken: lastId > 0 ? String(lastId) : null, includeExecutionData: true });
      if (page.events.length > 0) {
        send('events', page.events.map((e) => ({ ...e, timestamp: epoch(e.timestamp) })));
        lastId = page.events[page.events.length - 1]?.id ?? lastId;
      }
      more = page.nextToken !== null;
    }
    if (execution.status !== lastStatus) {
      lastStatus = execution.status;
      send('status', { status: execution.status, stopDate: execution.stopDate === null ? null : epoch(execution.stopDate) });
    }
    if (execution.status !== 'RUNNING') {
      res.end();
      return;
    }
    if (Date.now() - lastWrite > KEEP_ALIVE_MS) res.write(': keep-alive\n\n');
    timer = setTimeout(tick, POLL_MS);
  };
  req.on('close', () => clearTimeout(timer));
  tick();
}

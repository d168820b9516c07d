import { ApiError } from './sfn-client.js';
import type { ExecutionItem, ExecutionStatus, HistoryEvent, WaitingTask } from './types.js';

/** The console's extra reads (`/console-api/`): what the AWS API has no action for. */
async function get<T>(path: string): Promise<T> {
  const res = await fetch(`./console-api/${path}`);
  const json = (await res.json()) as Record<string, unknown>;
  if (!res.ok) throw new ApiError(String(json.__type ?? 'Error'), String(json.message ?? res.statusText), res.status);
  return json as T;
}

export interface ExecutionQuery {
  stateMachineArn?: string;
  mapRunArn?: string;
  statusFilter?: ExecutionStatus | '';
  search?: string;
  maxResults?: number;
  nextToken?: string | null;
}

/** ListExecutions with a text search; paginated on the server (keyset), newest first. */
export function searchExecutions(q: ExecutionQuery): Promise<{ executions: ExecutionItem[]; nextToken: string | null }> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(q)) if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  return get(`executions?${params.toString()}`);
}

export async function waitingTasks(): Promise<WaitingTask[]> {
  return (await get<{ tasks: WaitingTask[] }>('waiting-tasks')).tasks;
}

export function serverInfo(): Promise<{ accountId: string; region: string }> {
  return get('info');
}

/**
 * Follows an execution live (server-sent events): new history events after `after`, and
 * status changes, until the execution ends. Returns a function that stops following.
 */
export function followExecution(
  executionArn: string,
  after: number,
  on: { events(events: HistoryEvent[]): void; status(status: ExecutionStatus): void },
): () => void {
  const source = new EventSource(`./console-api/live?executionArn=${encodeURIComponent(executionArn)}&after=${after}`);
  source.addEventListener('events', (m) => on.events(JSON.parse((m as MessageEvent<string>).data) as HistoryEvent[]));
  source.addEventListener('status', (m) => {
    const { status } = JSON.parse((m as MessageEvent<string>).data) as { status: ExecutionStatus };
    on.status(status);
    // The server ends the stream when the execution ends; do not let EventSource reconnect.
    if (status !== 'RUNNING') source.close();
  });
  source.addEventListener('gone', () => source.close());
  return () => source.close();
}

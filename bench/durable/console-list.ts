/**
 * The console's execution list against a server holding many executions: the first page,
 * a page deep in the list (keyset pagination), and a text search, each the median of
 * repeated requests to `/console-api/executions`.
 */
export interface ConsoleListResult {
  executions: number;
  firstPageMs: number;
  deepPageMs: number;
  searchMs: number;
}

async function timed(url: string): Promise<{ ms: number; body: { executions: unknown[]; nextToken: string | null } }> {
  const started = performance.now();
  const res = await fetch(url);
  const body = (await res.json()) as { executions: unknown[]; nextToken: string | null };
  if (!res.ok) throw new Error(`console list: ${res.status} ${JSON.stringify(body)}`);
  return { ms: performance.now() - started, body };
}

async function median(url: string, reps = 15): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) times.push((await timed(url)).ms);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export async function consoleListBench(port: number, stateMachineArn: string, executions: number): Promise<ConsoleListResult> {
  const base = `http://127.0.0.1:${port}/console-api/executions?stateMachineArn=${encodeURIComponent(stateMachineArn)}&maxResults=50`;
  const firstPageMs = await median(base);
  // Walk 100 pages down, then time that page.
  let token: string | null = null;
  for (let i = 0; i < 100; i++) {
    const page = await timed(token === null ? base : `${base}&nextToken=${encodeURIComponent(token)}`);
    token = page.body.nextToken;
    if (token === null) break;
  }
  const deepPageMs = token === null ? firstPageMs : await median(`${base}&nextToken=${encodeURIComponent(token)}`);
  const searchMs = await median(`${base}&search=${encodeURIComponent('"i":4242}')}`);
  return { executions, firstPageMs, deepPageMs, searchMs };
}

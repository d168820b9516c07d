import { CreateActivityCommand, CreateStateMachineCommand, DescribeExecutionCommand, SendTaskSuccessCommand, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE, startRealServer, type RealServer } from './real-server.js';

/**
 * The console's side of the server: the built console at `/`, and the reads under
 * /console-api/ that the AWS API has no action for (search, waiting tasks, live stream).
 */
let s: RealServer;
beforeAll(async () => { s = await startRealServer(); });
afterAll(async () => { await s.close(); });

const getJson = async (path: string): Promise<{ status: number; body: Record<string, unknown> }> => {
  const res = await fetch(`${s.url}${path}`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

async function createMachine(name: string, definition: object): Promise<string> {
  const out = await s.client.send(new CreateStateMachineCommand({ name, roleArn: ROLE, definition: JSON.stringify(definition) }));
  return out.stateMachineArn ?? '';
}

async function waitForStatus(executionArn: string, status: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const d = await s.client.send(new DescribeExecutionCommand({ executionArn }));
    if (d.status === status) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`${executionArn} never reached ${status}`);
}

describe('console static files', () => {
  it('serves the built console at / and its hashed assets with their types', async () => {
    const res = await fetch(`${s.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('<div id="root"></div>');
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const js = await fetch(`${s.url}/${script}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
  });

  it('answers a request target that is not a URL path with 404, not a dropped connection', async () => {
    const { createConnection } = await import('node:net');
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = createConnection(s.port, '127.0.0.1', () => socket.end('GET //[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
      let text = '';
      socket.on('data', (d) => (text += d.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(reply.split('\r\n')[0]).toBe('HTTP/1.1 404 Not Found');
  });

  it('never serves a file outside the console folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/%E0%A4%A']) {
      expect((await fetch(`${s.url}${path}`)).status).toBe(404);
    }
  });
});

describe('/console-api', () => {
  it('info names the account and region', async () => {
    expect(await getJson('/console-api/info')).toEqual({ status: 200, body: { accountId: '123456789012', region: 'us-east-1', product: 'Stepwise' } });
  });

  it('searches executions by name, input and output, with status filter and pages', async () => {
    const sm = await createMachine('console-search', { StartAt: 'P', States: { P: { Type: 'Pass', Result: { shipped: 'parcel-7' }, End: true } } });
    const names = ['alpha', 'beta', 'gamma'];
    for (const [i, name] of names.entries()) {
      const out = await s.client.send(new StartExecutionCommand({ stateMachineArn: sm, name, input: JSON.stringify({ customer: `customer-${i}` }) }));
      await waitForStatus(out.executionArn ?? '', 'SUCCEEDED');
    }
    const q = (params: string) => getJson(`/console-api/executions?stateMachineArn=${encodeURIComponent(sm)}&${params}`);
    const namesOf = (body: Record<string, unknown>) => (body.executions as { name: string }[]).map((e) => e.name);
    expect(namesOf((await q('search=customer-1')).body)).toEqual(['beta']);
    expect(namesOf((await q('search=GAMMA')).body)).toEqual(['gamma']);
    expect(namesOf((await q('search=parcel-7')).body)).toEqual(['gamma', 'beta', 'alpha']);
    expect(namesOf((await q('statusFilter=RUNNING')).body)).toEqual([]);
    const first = await q('maxResults=2');
    expect(namesOf(first.body)).toEqual(['gamma', 'beta']);
    const second = await q(`maxResults=2&nextToken=${encodeURIComponent(String(first.body.nextToken))}`);
    expect(namesOf(second.body)).toEqual(['alpha']);
    expect(second.body.nextToken).toBeNull();
    const bad = await q('statusFilter=DONE');
    expect(bad.status).toBe(400);
    expect(bad.body.__type).toBe('ValidationException');
    expect((await getJson('/console-api/executions?nextToken=garbage')).body.__type).toBe('InvalidToken');
    expect((await getJson('/console-api/nothing')).status).toBe(404);
  });

  it('lists a waiting activity task with its state, and its token completes the execution', async () => {
    const activity = await s.client.send(new CreateActivityCommand({ name: 'console-approval' }));
    const sm = await createMachine('console-approve', { StartAt: 'Approve', States: { Approve: { Type: 'Task', Resource: activity.activityArn, End: true } } });
    const started = await s.client.send(new StartExecutionCommand({ stateMachineArn: sm, name: 'needs-approval', input: '{"amount":12}' }));
    let task: Record<string, unknown> | undefined;
    for (let i = 0; i < 100 && task === undefined; i++) {
      const tasks = (await getJson('/console-api/waiting-tasks')).body.tasks as Record<string, unknown>[];
      task = tasks.find((t) => t.executionArn === started.executionArn);
      if (task === undefined) await new Promise((r) => setTimeout(r, 20));
    }
    expect(task).toMatchObject({ kind: 'ACTIVITY', activityArn: activity.activityArn, resource: activity.activityArn, stateName: 'Approve', status: 'SCHEDULED', input: '{"amount":12}', executionName: 'needs-approval', stateMachineArn: sm });
    await s.client.send(new SendTaskSuccessCommand({ taskToken: String(task?.taskToken), output: '{"approved":true}' }));
    await waitForStatus(started.executionArn ?? '', 'SUCCEEDED');
    const after = (await getJson('/console-api/waiting-tasks')).body.tasks as Record<string, unknown>[];
    expect(after.some((t) => t.executionArn === started.executionArn)).toBe(false);
  });

  it('live streams the history of a running execution until it ends', async () => {
    const sm = await createMachine('console-live', { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 1, Next: 'Done' }, Done: { Type: 'Pass', End: true } } });
    const started = await s.client.send(new StartExecutionCommand({ stateMachineArn: sm, input: '{}' }));
    const res = await fetch(`${s.url}/console-api/live?executionArn=${encodeURIComponent(started.executionArn ?? '')}`);
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const text = await res.text(); // the server ends the stream once the execution ends
    const messages = text.split('\n\n').filter((m) => m.startsWith('event:'));
    const events = messages.filter((m) => m.startsWith('event: events')).flatMap((m) => JSON.parse(m.split('\ndata: ')[1] ?? '[]') as { id: number; type: string }[]);
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => i + 1));
    expect(events[0]?.type).toBe('ExecutionStarted');
    expect(events.at(-1)?.type).toBe('ExecutionSucceeded');
    const statuses = messages.filter((m) => m.startsWith('event: status')).map((m) => (JSON.parse(m.split('\ndata: ')[1] ?? '{}') as { status: string }).status);
    expect(statuses.at(-1)).toBe('SUCCEEDED');
    expect((await getJson('/console-api/live?executionArn=arn:aws:states:us-east-1:123456789012:execution:x:y')).body.__type).toBe('ExecutionDoesNotExist');
  });
});

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DurableRuntime, type RuntimeOptions } from '../../src/engine/runtime/runtime.js';
import type { StartRequest } from '../../src/engine/runtime-api.js';
import { LocalS3 } from '../../src/integrations/local-s3/local-s3.js';
import type { ObjectStore } from '../../src/integrations/local-s3/object-store.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';

const ACCOUNT = '123456789012';
const SM = `arn:aws:states:us-east-1:${ACCOUNT}:stateMachine:sm`;
const execArn = (name: string): string => `arn:aws:states:us-east-1:${ACCOUNT}:execution:sm:${name}`;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

let opened: { runtime: DurableRuntime; store: Store }[] = [];
afterEach(async () => {
  for (const o of opened) await closeOne(o);
  opened = [];
});

async function closeOne(o: { runtime: DurableRuntime; store: Store }): Promise<void> {
  await o.runtime.close();
  o.store.close();
}

/** A runtime over a real SQLite file in `dir` (reopening the same dir = a restart). */
async function open(dir: string, objects: ObjectStore, extra: Partial<RuntimeOptions> = {}): Promise<DurableRuntime> {
  const store = openStore(dir);
  const runtime = new DurableRuntime({ store, accountId: ACCOUNT, region: 'us-east-1', objects, ...extra });
  await runtime.recover();
  opened.push({ runtime, store });
  return runtime;
}

/** Simulates a crash: the last runtime stops without finishing anything in flight. */
async function restartPoint(): Promise<void> {
  const o = opened.pop();
  if (o !== undefined) await closeOne(o);
}

/** LocalS3 that counts GetObject calls. */
function counting(root: string): LocalS3 & { gets: number } {
  const s3 = new LocalS3(root) as LocalS3 & { gets: number };
  s3.gets = 0;
  const get = s3.get.bind(s3);
  s3.get = (bucket, key) => {
    s3.gets++;
    return get(bucket, key);
  };
  return s3;
}

function request(definition: object, name: string, input: object = {}): StartRequest {
  return { stateMachineArn: SM, stateMachineName: 'sm', type: 'STANDARD', definition: JSON.stringify(definition), roleArn: `arn:aws:iam::${ACCOUNT}:role/r`, name, input: JSON.stringify(input) };
}

async function until(check: () => boolean, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await sleep(20);
  }
}

function s3Folder(): string {
  const root = mkdtempSync(join(tmpdir(), 'sw-rt-s3-'));
  mkdirSync(join(root, 'data'));
  mkdirSync(join(root, 'results'));
  return root;
}

const napping = {
  ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
  StartAt: 'Nap',
  States: { Nap: { Type: 'Wait', Seconds: 1, Next: 'Echo' }, Echo: { Type: 'Pass', End: true } },
};

const csvMap = {
  StartAt: 'Fan',
  States: {
    Fan: {
      Type: 'Map',
      MaxConcurrency: 2,
      ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'CSV' }, Parameters: { Bucket: 'data', 'Key.$': '$.key' } },
      ItemProcessor: napping,
      ResultWriter: { Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: 'results', Prefix: 'runs' } },
      End: true,
    },
  },
};

describe('ItemReader / ResultWriter on the durable runtime (SQLite + local S3 folder)', () => {
  it('journals the items it read: after a restart mid-run the same items finish, without reading again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-rt-'));
    const root = s3Folder();
    writeFileSync(join(root, 'data', 'in.csv'), 'n\n1\n2\n3\n4\n');
    const first = await open(dir, counting(root));
    await first.start(request(csvMap, 'dm', { key: 'in.csv' }));
    // The read was delivered and committed once the Map Run knows its size.
    await until(() => first.listMapRuns(execArn('dm'))[0]?.total === 4);
    await restartPoint();

    // The object changes while the engine is down: the journal, not the file, is the truth.
    writeFileSync(join(root, 'data', 'in.csv'), 'n\n9\n');
    const store = counting(root);
    const second = await open(dir, store);
    await until(() => second.describe(execArn('dm'))?.status === 'SUCCEEDED');
    expect(store.gets).toBe(0);

    const output = JSON.parse(second.describe(execArn('dm'))?.output ?? '{}') as { MapRunArn: string; ResultWriterDetails: { Bucket: string; Key: string } };
    const [run] = second.listMapRuns(execArn('dm'));
    expect(run).toMatchObject({ status: 'SUCCEEDED', total: 4 });
    expect(output.MapRunArn).toBe(run?.arn);
    const runId = (run?.arn ?? '').split(':').pop() as string;
    expect(output.ResultWriterDetails).toEqual({ Bucket: 'results', Key: `runs/${runId}/manifest.json` });
    const manifest = JSON.parse(readFileSync(join(root, 'results', 'runs', runId, 'manifest.json'), 'utf8')) as { ResultFiles: { SUCCEEDED: { Key: string }[] } };
    expect(manifest.ResultFiles.SUCCEEDED.map((f) => f.Key)).toEqual([`runs/${runId}/SUCCEEDED_0.json`]);
    const records = JSON.parse(readFileSync(join(root, 'results', 'runs', runId, 'SUCCEEDED_0.json'), 'utf8')) as { Input: string; ExecutionArn: string }[];
    expect(records.map((r) => r.Input)).toEqual(['{"n":"1"}', '{"n":"2"}', '{"n":"3"}', '{"n":"4"}']);

    const children = second.list({ mapRunArn: run?.arn }, 100, null).items;
    expect(children.map((c) => c.status)).toEqual(['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
    expect(records.map((r) => r.ExecutionArn).sort()).toEqual(children.map((c) => c.arn).sort());
    const history = second.history(execArn('dm'), { reverseOrder: false, maxResults: 0, nextToken: null, includeExecutionData: true }).events;
    expect(history.map((e) => e.type)).toEqual([
      'ExecutionStarted', 'MapStateEntered', 'MapStateStarted', 'MapRunStarted', 'MapRunSucceeded', 'MapStateSucceeded', 'MapStateExited', 'ExecutionSucceeded',
    ]);
  });

  it('a read not journaled before the crash is done again after the restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-rt-'));
    const root = s3Folder();
    writeFileSync(join(root, 'data', 'in.csv'), 'n\n1\n2\n');
    // The first engine's object store never answers: it "crashes" with the read in flight.
    const stuck: ObjectStore = { get: () => new Promise(() => undefined), list: () => new Promise(() => undefined), put: () => new Promise(() => undefined) };
    const first = await open(dir, stuck);
    await first.start(request(csvMap, 'again', { key: 'in.csv' }));
    await sleep(50);
    expect(first.listMapRuns(execArn('again'))[0]).toMatchObject({ status: 'RUNNING', total: 0 });
    await restartPoint();

    const store = counting(root);
    const second = await open(dir, store);
    await until(() => second.describe(execArn('again'))?.status === 'SUCCEEDED');
    expect(store.gets).toBe(1);
    expect(second.listMapRuns(execArn('again'))[0]).toMatchObject({ status: 'SUCCEEDED', total: 2 });
  });

  it('a missing object fails the execution with States.ItemReaderFailed after MapRunFailed', async () => {
    const root = s3Folder();
    const rt = await open(mkdtempSync(join(tmpdir(), 'sw-rt-')), new LocalS3(root));
    await rt.start(request(csvMap, 'missing', { key: 'nope.csv' }));
    await until(() => rt.describe(execArn('missing'))?.status === 'FAILED');
    expect(rt.describe(execArn('missing'))).toMatchObject({
      error: 'States.ItemReaderFailed',
      cause: "An error occurred while executing the state 'Fan' (entered at the event id #2). The specified key does not exist. (Service: S3, Status Code: 404, Error Code: NoSuchKey)",
    });
    const types = rt.history(execArn('missing'), { reverseOrder: false, maxResults: 0, nextToken: null, includeExecutionData: true }).events.map((e) => e.type);
    expect(types.slice(-4)).toEqual(['MapRunStarted', 'MapRunFailed', 'MapStateFailed', 'ExecutionFailed']);
    expect(rt.listMapRuns(execArn('missing'))[0]?.status).toBe('FAILED');
  });
});

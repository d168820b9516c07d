import { describe, expect, it } from 'vitest';
import { T0, prefixed } from './helpers.js';
import { chainOf, coreExecution, distributedMap, objectIo } from './map-io-helpers.js';

const WRITE = { Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: 'out', 'Prefix.$': '$.prefix' } };
const machine = (map: Record<string, unknown>): Record<string, unknown> => ({ StartAt: 'M', States: { M: map } });
/** Children fail on item 3 (tolerated) and pass the rest through. */
const processor = {
  Check: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericEquals: 3, Next: 'Bad' }], Default: 'Ok' },
  Ok: { Type: 'Pass', End: true },
  Bad: { Type: 'Fail', Error: 'Three', Cause: 'no threes' },
};

type Put = { readonly key: string; readonly body: string };

describe('ResultWriter in the core (injected deliveries)', () => {
  it('exports SUCCEEDED_0 / FAILED_0 records and manifest.json under <Prefix>/<MapRunId>/, then returns the manifest location', async () => {
    const def = machine(distributedMap({ ItemsPath: '$.items', ResultWriter: WRITE, ToleratedFailureCount: 1 }, processor, 'Check'));
    const ex = coreExecution(def, { prefix: 'jobs', items: [{ n: 1 }, { n: 3 }] });
    const io = objectIo(await ex.start());
    expect(io.request.action).toBe('putObjects');
    const request = io.request as { bucket: string; objects: readonly Put[] };
    const runArn = ex.history?.find((e) => e.type === 'MapRunStarted')?.mapRunStartedEventDetails as { mapRunArn: string };
    const runId = runArn.mapRunArn.split(':').pop() as string;
    expect(runArn.mapRunArn).toMatch(/^arn:aws:states:us-east-1:123456789012:mapRun:sm\/M:[0-9a-f-]{36}$/);
    expect(request.bucket).toBe('out');
    expect(request.objects.map((o) => o.key)).toEqual([`jobs/${runId}/SUCCEEDED_0.json`, `jobs/${runId}/FAILED_0.json`, `jobs/${runId}/manifest.json`]);

    const [succeeded, failed, manifest] = request.objects.map((o) => JSON.parse(o.body) as unknown) as [Record<string, unknown>[], Record<string, unknown>[], Record<string, unknown>];
    const iso = new Date(T0).toISOString();
    expect(succeeded).toHaveLength(1);
    expect(Object.keys(succeeded[0] ?? {})).toEqual([
      'ExecutionArn', 'Input', 'InputDetails', 'Name', 'Output', 'OutputDetails', 'RedriveCount', 'RedriveStatus', 'RedriveStatusReason', 'StartDate', 'StateMachineArn', 'Status', 'StopDate',
    ]);
    expect(succeeded[0]).toMatchObject({
      Input: '{"n":1}', InputDetails: { Included: true }, Output: '{"n":1}', OutputDetails: { Included: true }, RedriveCount: 0,
      RedriveStatus: 'NOT_REDRIVABLE', RedriveStatusReason: 'Execution is SUCCEEDED and cannot be redriven',
      StartDate: iso, StopDate: iso, Status: 'SUCCEEDED', StateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:sm/M',
    });
    expect(succeeded[0]?.ExecutionArn).toBe(`arn:aws:states:us-east-1:123456789012:execution:sm/M:${String(succeeded[0]?.Name)}`);
    expect(failed[0]).toMatchObject({ Cause: 'no threes', Error: 'Three', Input: '{"n":3}', Status: 'FAILED', RedriveStatus: 'REDRIVABLE_BY_MAP_RUN' });
    expect(failed[0]).not.toHaveProperty('Output');
    expect(manifest).toEqual({
      DestinationBucket: 'out',
      MapRunArn: runArn.mapRunArn,
      ResultFiles: {
        FAILED: [{ Key: `jobs/${runId}/FAILED_0.json`, Size: Buffer.byteLength(request.objects[1]?.body ?? '') }],
        PENDING: [],
        SUCCEEDED: [{ Key: `jobs/${runId}/SUCCEEDED_0.json`, Size: Buffer.byteLength(request.objects[0]?.body ?? '') }],
      },
    });
    // Nothing is closed until the files are written.
    expect(chainOf(ex).map((e) => e[2]).slice(-1)).toEqual(['MapRunStarted']);

    await ex.deliver({ kind: 'TaskSucceeded', threadId: io.threadId, ticket: io.ticket, output: { written: 3 } });
    expect(ex.status).toBe('SUCCEEDED');
    expect(ex.output).toEqual({ MapRunArn: runArn.mapRunArn, ResultWriterDetails: { Bucket: 'out', Key: `jobs/${runId}/manifest.json` } });
    expect(chainOf(ex).slice(-4).map((e) => e[2])).toEqual(['MapRunSucceeded', 'MapStateSucceeded', 'MapStateExited', 'ExecutionSucceeded']);
  });

  it('a failed write fails the Map Run with States.ResultWriterFailed (catchable)', async () => {
    const def = { StartAt: 'M', States: { M: { ...distributedMap({ ItemsPath: '$.items', ResultWriter: WRITE }), End: undefined, Next: 'X', Catch: [{ ErrorEquals: ['States.ResultWriterFailed'], Next: 'H' }] }, X: { Type: 'Succeed' }, H: { Type: 'Pass', End: true } } };
    const ex = coreExecution(def, { prefix: '', items: [1] });
    const io = objectIo(await ex.start());
    expect((io.request as { objects: readonly Put[] }).objects[0]?.key).toMatch(/^[0-9a-f-]{36}\/SUCCEEDED_0\.json$/);
    const cause = 'The specified bucket does not exist (Service: S3, Status Code: 404, Error Code: NoSuchBucket)';
    await ex.deliver({ kind: 'TaskFailed', threadId: io.threadId, ticket: io.ticket, error: 'NoSuchBucket', cause });
    expect(ex.output).toEqual({ Error: 'States.ResultWriterFailed', Cause: prefixed('M', 2, cause) });
    expect(chainOf(ex).map((e) => e[2])).toContain('MapRunFailed');
    expect(ex.takeMapRunUpdates().mapRuns[0]).toMatchObject({ status: 'FAILED' });
  });

  it('after a failed run the records are still exported (FAILED, PENDING), then the state fails with the run error', async () => {
    const def = machine(distributedMap({ ItemsPath: '$.items', MaxConcurrency: 1, ResultWriter: WRITE }, processor, 'Check'));
    const ex = coreExecution(def, { prefix: 'p/', items: [{ n: 1 }, { n: 3 }, { n: 5 }] });
    const io = objectIo(await ex.start());
    const objects = (io.request as { objects: readonly Put[] }).objects;
    expect(objects.map((o) => o.key.split('/').pop())).toEqual(['SUCCEEDED_0.json', 'FAILED_0.json', 'PENDING_0.json', 'manifest.json']);
    expect(JSON.parse(objects[2]?.body ?? '')).toEqual([{ Input: '{"n":5}', InputDetails: { Included: true }, Status: 'PENDING' }]);
    await ex.deliver({ kind: 'TaskSucceeded', threadId: io.threadId, ticket: io.ticket, output: { written: 4 } });
    // A Distributed Map whose child fails fails its run with the tolerance error (as without a ResultWriter).
    expect(ex).toMatchObject({ status: 'FAILED', error: 'States.ExceedToleratedFailureThreshold', cause: 'The specified tolerated failure threshold was exceeded' });
  });

  it('WriterConfig alone formats the state output: FLATTEN spreads array outputs, NONE gives the records', async () => {
    const arrays = { P: { Type: 'Pass', Parameters: { 'pair.$': 'States.Array($, $)' }, OutputPath: '$.pair', End: true } };
    const flat = coreExecution(machine(distributedMap({ ItemsPath: '$.items', ResultWriter: { WriterConfig: { Transformation: 'FLATTEN', OutputType: 'JSON' } } }, arrays)), { items: [1, 2] });
    expect(await flat.start()).toEqual([]);
    expect(flat.output).toEqual([1, 1, 2, 2]);
    const none = coreExecution(machine(distributedMap({ ItemsPath: '$.items', ResultWriter: { WriterConfig: { Transformation: 'NONE' } } })), { items: ['a'] });
    await none.start();
    expect(none.output).toEqual([expect.objectContaining({ Input: '"a"', Output: '"a"', Status: 'SUCCEEDED' })]);
  });

  it('WriterConfig with an export: COMPACT outputs as JSON Lines in SUCCEEDED_0.jsonl', async () => {
    const def = machine(distributedMap({ ItemsPath: '$.items', ResultWriter: { ...WRITE, WriterConfig: { Transformation: 'COMPACT', OutputType: 'JSONL' } } }));
    const ex = coreExecution(def, { prefix: 'x', items: [{ a: 1 }, { a: 2 }] });
    const io = objectIo(await ex.start());
    const [file] = (io.request as { objects: readonly Put[] }).objects;
    expect(file?.key).toMatch(/^x\/[0-9a-f-]{36}\/SUCCEEDED_0\.jsonl$/);
    expect(file?.body).toBe('{"a":1}\n{"a":2}\n');
  });

  it('JSONata: Arguments give the bucket and prefix', async () => {
    const def = {
      QueryLanguage: 'JSONata',
      ...machine(distributedMap({ Items: '{% $states.input.items %}', ResultWriter: { Resource: 'arn:aws:states:::s3:putObject', Arguments: { Bucket: '{% $states.input.b %}', Prefix: 'r' } } })),
    };
    const ex = coreExecution(def, { b: 'jb', items: [1] });
    const io = objectIo(await ex.start());
    expect(io.request).toMatchObject({ action: 'putObjects', bucket: 'jb' });
    await ex.deliver({ kind: 'TaskSucceeded', threadId: io.threadId, ticket: io.ticket, output: { written: 2 } });
    expect(ex.output).toMatchObject({ ResultWriterDetails: { Bucket: 'jb', Key: expect.stringMatching(/^r\/[0-9a-f-]{36}\/manifest\.json$/) } });
  });
});

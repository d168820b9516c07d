import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runExecution } from '../../src/runner/run.js';
import type { RunResult } from '../../src/runner/types.js';

let s3: string;
beforeEach(() => {
  s3 = mkdtempSync(join(tmpdir(), 'sw-s3-'));
});

/** Puts an object in the local S3 folder (creating its bucket). */
function put(bucket: string, key: string, body: string): void {
  const file = join(s3, bucket, ...key.split('/'));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
}

function bucket(name: string): void {
  mkdirSync(join(s3, name), { recursive: true });
}

const processor = { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'P', States: { P: { Type: 'Pass', End: true } } };

function mapWith(reader: Record<string, unknown>, extra: Record<string, unknown> = {}, others: Record<string, unknown> = {}): object {
  return { StartAt: 'M', States: { M: { Type: 'Map', ItemReader: reader, ItemProcessor: processor, End: true, ...extra }, ...others } };
}

const getObject = (inputType: string, key: string, config: Record<string, unknown> = {}): Record<string, unknown> => ({
  Resource: 'arn:aws:states:::s3:getObject',
  ReaderConfig: { InputType: inputType, ...config },
  Parameters: { Bucket: 'data', Key: key },
});

function run(definition: object, input: object = {}): Promise<RunResult> {
  return runExecution(definition, { input: input as never, s3Dir: s3 });
}

describe('ItemReader through the in-memory runner (local S3 folder)', () => {
  it('CSV with the header in the first row: quoted delimiters, quotes and newlines; values are strings', async () => {
    put('data', 'csv/people.csv', 'id,name,note\n1,"Doe, Jane","said ""hi""\nthen left"\n2,Bob\n3,Eve,x,extra\n');
    const r = await run(mapWith(getObject('CSV', 'csv/people.csv', { CSVHeaderLocation: 'FIRST_ROW' })));
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual([
      { id: '1', name: 'Doe, Jane', note: 'said "hi"\nthen left' },
      { id: '2', name: 'Bob', note: '' },
      { id: '3', name: 'Eve', note: 'x' },
    ]);
  });

  it('CSV with GIVEN headers and each delimiter', async () => {
    const cases: [string, string][] = [['PIPE', '|'], ['SEMICOLON', ';'], ['SPACE', ' '], ['TAB', '\t'], ['COMMA', ',']];
    for (const [name, ch] of cases) {
      put('data', `d/${name}.txt`, `1${ch}307${ch}3.5\n2${ch}"a${ch}b"${ch}4\n`);
      const r = await run(mapWith(getObject('CSV', `d/${name}.txt`, { CSVHeaderLocation: 'GIVEN', CSVHeaders: ['userId', 'movieId', 'rating'], CSVDelimiter: name })));
      expect(r.output, name).toEqual([{ userId: '1', movieId: '307', rating: '3.5' }, { userId: '2', movieId: `a${ch}b`, rating: '4' }]);
    }
  });

  it('JSON (an array, or a node chosen by ItemsPointer) and JSON Lines', async () => {
    put('data', 'a.json', '[{"n":1},{"n":2}]');
    put('data', 'nested.json', '{"inventory":{"featured":["x","y"]}}');
    put('data', 'rows.jsonl', '{"n":1}\n\n{"n":2}\r\n');
    expect((await run(mapWith(getObject('JSON', 'a.json')))).output).toEqual([{ n: 1 }, { n: 2 }]);
    expect((await run(mapWith(getObject('JSON', 'nested.json', { ItemsPointer: '/inventory/featured' })))).output).toEqual(['x', 'y']);
    expect((await run(mapWith(getObject('JSONL', 'rows.jsonl')))).output).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('MaxItems and MaxItemsPath stop reading; MaxItems 0 means all', async () => {
    put('data', 'r.csv', 'a\n1\n2\n3\n');
    expect((await run(mapWith(getObject('CSV', 'r.csv', { MaxItems: 2 })))).output).toEqual([{ a: '1' }, { a: '2' }]);
    expect((await run(mapWith(getObject('CSV', 'r.csv', { MaxItemsPath: '$.max' })), { max: 1 })).output).toEqual([{ a: '1' }]);
    expect((await run(mapWith(getObject('CSV', 'r.csv', { MaxItems: 0 })))).output).toHaveLength(3);
  });

  it('Parameters are evaluated against the state input (Bucket.$, Key.$)', async () => {
    put('inputs', 'day/1.json', '[1,2,3]');
    const reader = { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'JSON' }, Parameters: { 'Bucket.$': '$.src.bucket', 'Key.$': "States.Format('day/{}.json', $.src.day)" } };
    const r = await run(mapWith(reader, { ItemSelector: { 'v.$': '$$.Map.Item.Value', 'day.$': '$.src.day' } }), { src: { bucket: 'inputs', day: 1 } });
    expect(r.output).toEqual([{ v: 1, day: 1 }, { v: 2, day: 1 }, { v: 3, day: 1 }]);
  });

  it('listObjectsV2: one item per object under the Prefix, in key order, with Etag, Size and LastModified', async () => {
    put('logs', 'app/b.txt', 'bb');
    put('logs', 'app/a.txt', 'a');
    put('logs', 'app/sub/c.txt', 'ccc');
    put('logs', 'other/x.txt', 'x');
    const reader = { Resource: 'arn:aws:states:::s3:listObjectsV2', Parameters: { Bucket: 'logs', Prefix: 'app/' } };
    const r = await run(mapWith(reader));
    const items = r.output as { Key: string; Size: number; Etag: string; LastModified: number; StorageClass: string }[];
    expect(items.map((i) => [i.Key, i.Size])).toEqual([['app/a.txt', 1], ['app/b.txt', 2], ['app/sub/c.txt', 3]]);
    expect(items[0]?.Etag).toBe(`"${createHash('md5').update('a').digest('hex')}"`);
    expect(items[0]?.StorageClass).toBe('STANDARD');
    expect(Number.isInteger(items[0]?.LastModified)).toBe(true);
  });

  it('listObjectsV2 with LOAD_AND_FLATTEN reads every listed object', async () => {
    put('logs', 'p/1.jsonl', '{"n":1}\n{"n":2}\n');
    put('logs', 'p/2.jsonl', '{"n":3}\n');
    const reader = { Resource: 'arn:aws:states:::s3:listObjectsV2', ReaderConfig: { InputType: 'JSONL', Transformation: 'LOAD_AND_FLATTEN' }, Parameters: { Bucket: 'logs', Prefix: 'p/' } };
    expect((await run(mapWith(reader))).output).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it('read errors are States.ItemReaderFailed, caught by Catch: missing key, missing bucket, bad CSV, escaping key', async () => {
    put('data', 'bad.csv', 'a,b\n1,"open\n');
    const caught = async (reader: Record<string, unknown>): Promise<unknown> => {
      const def = mapWith(reader, { End: undefined, Next: 'Done', Catch: [{ ErrorEquals: ['States.ItemReaderFailed'], ResultPath: '$.err', Next: 'Handled' }] }, { Done: { Type: 'Succeed' }, Handled: { Type: 'Pass', End: true } });
      const r = await run(def);
      expect(r.status).toBe('SUCCEEDED');
      return (r.output as { err: { Error: string; Cause: string } }).err;
    };
    const prefix = "An error occurred while executing the state 'M' (entered at the event id #2). ";
    expect(await caught(getObject('CSV', 'nope.csv'))).toEqual({ Error: 'States.ItemReaderFailed', Cause: `${prefix}The specified key does not exist. (Service: S3, Status Code: 404, Error Code: NoSuchKey)` });
    expect(await caught({ ...getObject('CSV', 'x.csv'), Parameters: { Bucket: 'no-bucket', Key: 'x.csv' } })).toEqual({
      Error: 'States.ItemReaderFailed',
      Cause: `${prefix}The specified bucket does not exist (Service: S3, Status Code: 404, Error Code: NoSuchBucket)`,
    });
    expect(await caught(getObject('CSV', 'bad.csv'))).toMatchObject({ Error: 'States.ItemReaderFailed', Cause: expect.stringContaining('not a valid text-delimited file') });
    expect(await caught(getObject('CSV', '../outside.csv'))).toMatchObject({ Error: 'States.ItemReaderFailed', Cause: expect.stringContaining('InvalidArgument') });
    put('data', 'dup.csv', 'a,a\n1,2\n');
    expect(await caught(getObject('CSV', 'dup.csv'))).toEqual({ Error: 'States.ItemReaderFailed', Cause: `${prefix}CSV headers cannot contain duplicates.` });
  });
});

describe('ResultWriter through the in-memory runner', () => {
  it('writes manifest.json and SUCCEEDED_0.json under <Prefix>/<MapRunId>/ and returns where', async () => {
    put('data', 'in.csv', 'n\n1\n2\n');
    bucket('results');
    const writer = { Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: 'results', Prefix: 'jobs' } };
    const r = await run(mapWith(getObject('CSV', 'in.csv'), { ResultWriter: writer }));
    expect(r.status).toBe('SUCCEEDED');
    const out = r.output as { MapRunArn: string; ResultWriterDetails: { Bucket: string; Key: string } };
    const runId = out.MapRunArn.split(':').pop() as string;
    expect(out.ResultWriterDetails).toEqual({ Bucket: 'results', Key: `jobs/${runId}/manifest.json` });
    expect(readdirSync(join(s3, 'results', 'jobs', runId)).sort()).toEqual(['SUCCEEDED_0.json', 'manifest.json']);
    const manifest = JSON.parse(readFileSync(join(s3, 'results', 'jobs', runId, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    const succeeded = readFileSync(join(s3, 'results', 'jobs', runId, 'SUCCEEDED_0.json'), 'utf8');
    expect(manifest).toEqual({
      DestinationBucket: 'results',
      MapRunArn: out.MapRunArn,
      ResultFiles: { FAILED: [], PENDING: [], SUCCEEDED: [{ Key: `jobs/${runId}/SUCCEEDED_0.json`, Size: Buffer.byteLength(succeeded) }] },
    });
    const records = JSON.parse(succeeded) as Record<string, unknown>[];
    expect(records.map((x) => [x.Input, x.Output, x.Status])).toEqual([['{"n":"1"}', '{"n":"1"}', 'SUCCEEDED'], ['{"n":"2"}', '{"n":"2"}', 'SUCCEEDED']]);
  });

  it('a missing result bucket is States.ResultWriterFailed', async () => {
    put('data', 'in.json', '[1]');
    const writer = { Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: 'missing', Prefix: 'p' } };
    const r = await run(mapWith(getObject('JSON', 'in.json'), { ResultWriter: writer }));
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.ResultWriterFailed', cause: expect.stringContaining('NoSuchBucket') });
  });
});

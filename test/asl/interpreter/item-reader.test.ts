import { describe, expect, it } from 'vitest';
import { chainOf, coreExecution, distributedMap, objectIo, READ_CSV } from './map-io-helpers.js';
import { prefixed } from './helpers.js';

const machine = (map: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ StartAt: 'M', States: { M: map, ...extra } });

describe('ItemReader in the core (injected deliveries)', () => {
  it('asks for the object after MapRunStarted (MapStateStarted length 0) and runs the delivered CSV rows', async () => {
    const ex = coreExecution(machine(distributedMap({ ItemReader: READ_CSV })), { key: 'in/rows.csv' });
    const commands = await ex.start();
    const io = objectIo(commands);
    expect(io).toMatchObject({ kind: 'ObjectIo', stateName: 'M', request: { action: 'getObject', bucket: 'data', key: 'in/rows.csv' } });
    expect(chainOf(ex)).toEqual([[1, 0, 'ExecutionStarted'], [2, 0, 'MapStateEntered'], [3, 2, 'MapStateStarted'], [4, 3, 'MapRunStarted']]);
    expect(ex.history?.[2]).toMatchObject({ mapStateStartedEventDetails: { length: 0 } });
    expect(ex.status).toBe('RUNNING');

    await ex.deliver({ kind: 'TaskSucceeded', threadId: io.threadId, ticket: io.ticket, output: { body: 'id,name\n1,"Doe, Jane"\n2,Bob\n' } });
    expect(ex.status).toBe('SUCCEEDED');
    expect(ex.output).toEqual([{ id: '1', name: 'Doe, Jane' }, { id: '2', name: 'Bob' }]);
    expect(chainOf(ex).slice(4)).toEqual([[5, 4, 'MapRunSucceeded'], [6, 5, 'MapStateSucceeded'], [7, 4, 'MapStateExited'], [8, 7, 'ExecutionSucceeded']]);
    // The Map Run learns its size once the items are read.
    expect(ex.takeMapRunUpdates().mapRuns[0]).toMatchObject({ status: 'SUCCEEDED', total: 2 });
  });

  it('a stale ticket is ignored; the items come only from the delivery', async () => {
    const ex = coreExecution(machine(distributedMap({ ItemReader: READ_CSV })), { key: 'k' });
    const io = objectIo(await ex.start());
    expect(await ex.deliver({ kind: 'TaskSucceeded', threadId: io.threadId, ticket: io.ticket + 99, output: { body: 'a\n1\n' } })).toEqual([]);
    expect(ex.status).toBe('RUNNING');
    await ex.deliver({ kind: 'TaskSucceeded', threadId: io.threadId, ticket: io.ticket, output: { body: 'a\n7\n' } });
    expect(ex.output).toEqual([{ a: '7' }]);
  });

  it('an object store error fails the Map Run with States.ItemReaderFailed, which Catch handles', async () => {
    const map = distributedMap({ ItemReader: READ_CSV, Catch: [{ ErrorEquals: ['States.ItemReaderFailed'], Next: 'Handled' }], End: undefined, Next: 'Never' });
    const ex = coreExecution(machine(map, { Handled: { Type: 'Pass', End: true }, Never: { Type: 'Succeed' } }), { key: 'missing.csv' });
    const io = objectIo(await ex.start());
    const cause = 'The specified key does not exist. (Service: S3, Status Code: 404, Error Code: NoSuchKey)';
    await ex.deliver({ kind: 'TaskFailed', threadId: io.threadId, ticket: io.ticket, error: 'NoSuchKey', cause });
    expect(ex.status).toBe('SUCCEEDED');
    expect(ex.output).toEqual({ Error: 'States.ItemReaderFailed', Cause: prefixed('M', 2, cause) });
    expect(chainOf(ex).slice(3, 7)).toEqual([[4, 3, 'MapRunStarted'], [5, 4, 'MapRunFailed'], [6, 5, 'MapStateFailed'], [7, 6, 'PassStateEntered']]);
    expect(ex.history?.[4]).toMatchObject({ mapRunFailedEventDetails: { error: 'States.ItemReaderFailed', cause: prefixed('M', 2, cause) } });
    expect(ex.takeMapRunUpdates().mapRuns[0]).toMatchObject({ status: 'FAILED' });
  });

  it('content that is not a dataset fails with AWS causes (non-iterable node, ItemsPointer mismatch)', async () => {
    const json = (config: Record<string, unknown>): Record<string, unknown> => machine(distributedMap({
      ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'JSON', ...config }, Parameters: { Bucket: 'b', Key: 'k.json' } },
    }));
    const scalar = coreExecution(json({}), {});
    const io = objectIo(await scalar.start());
    await scalar.deliver({ kind: 'TaskSucceeded', threadId: io.threadId, ticket: io.ticket, output: { body: '42' } });
    expect(scalar).toMatchObject({ status: 'FAILED', error: 'States.ItemReaderFailed', cause: prefixed('M', 2, 'Attempting to map over non-iterable node.') });

    const pointer = coreExecution(json({ ItemsPointer: '/missing' }), {});
    const io2 = objectIo(await pointer.start());
    await pointer.deliver({ kind: 'TaskSucceeded', threadId: io2.threadId, ticket: io2.ticket, output: { body: '{"records":[1]}' } });
    expect(pointer.cause).toBe(prefixed('M', 2, 'The provided ReaderConfig.ItemsPointer does not match any valid path in the JSON structure.'));
  });

  it('ItemsPointer selects a nested array; MaxItemsPath limits the items; ItemSelector sees $$.Map.Item', async () => {
    const def = machine(distributedMap({
      ItemReader: {
        Resource: 'arn:aws:states:::s3:getObject',
        ReaderConfig: { InputType: 'JSON', ItemsPointer: '/inventory/products', MaxItemsPath: '$.limit' },
        Parameters: { 'Bucket.$': '$.bucket', Key: 'inventory.json' },
      },
      ItemSelector: { 'i.$': '$$.Map.Item.Index', 'v.$': '$$.Map.Item.Value', 'tag.$': '$.tag' },
    }));
    const ex = coreExecution(def, { bucket: 'shop', limit: 2, tag: 't' });
    const io = objectIo(await ex.start());
    expect(io.request).toEqual({ action: 'getObject', bucket: 'shop', key: 'inventory.json' });
    await ex.deliver({ kind: 'TaskSucceeded', threadId: io.threadId, ticket: io.ticket, output: { body: '{"inventory":{"products":["a","b","c"]}}' } });
    expect(ex.output).toEqual([{ i: 0, v: 'a', tag: 't' }, { i: 1, v: 'b', tag: 't' }]);
  });

  it('a JSON object dataset iterates its entries ($$.Map.Item.Key)', async () => {
    const def = machine(distributedMap({
      ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'JSON' }, Parameters: { Bucket: 'b', Key: 'k' } },
      ItemSelector: { 'k.$': '$$.Map.Item.Key', 'v.$': '$$.Map.Item.Value' },
    }));
    const ex = coreExecution(def, {});
    const io = objectIo(await ex.start());
    await ex.deliver({ kind: 'TaskSucceeded', threadId: io.threadId, ticket: io.ticket, output: { body: '{"a":1,"b":{"x":2}}' } });
    expect(ex.output).toEqual([{ k: 'a', v: 1 }, { k: 'b', v: { x: 2 } }]);
  });

  it('a MaxItemsPath that is not an integer fails the Map Run with States.ItemReaderFailed', async () => {
    const def = machine(distributedMap({ ItemReader: { ...READ_CSV, ReaderConfig: { InputType: 'CSV', MaxItemsPath: '$.n' } } }));
    const ex = coreExecution(def, { key: 'k', n: 'ten' });
    expect((await ex.start()).filter((c) => c.kind === 'ObjectIo')).toEqual([]);
    expect(ex).toMatchObject({ status: 'FAILED', error: 'States.ItemReaderFailed', cause: prefixed('M', 2, 'The MaxItemsPath field refers to value "ten" which is not a valid integer: $.n') });
    expect(chainOf(ex).map((e) => e[2])).toEqual(['ExecutionStarted', 'MapStateEntered', 'MapStateStarted', 'MapRunStarted', 'MapRunFailed', 'MapStateFailed', 'ExecutionFailed']);
  });

  it('listObjectsV2 gives one item per object (metadata), with the Prefix from the input', async () => {
    const def = machine(distributedMap({ ItemReader: { Resource: 'arn:aws:states:::s3:listObjectsV2', Parameters: { Bucket: 'b', 'Prefix.$': '$.p' } } }));
    const ex = coreExecution(def, { p: 'logs/' });
    const io = objectIo(await ex.start());
    expect(io.request).toEqual({ action: 'listObjectsV2', bucket: 'b', prefix: 'logs/' });
    const obj = { Etag: '"abc"', Key: 'logs/1.txt', LastModified: 1700000000, Size: 3, StorageClass: 'STANDARD' };
    await ex.deliver({ kind: 'TaskSucceeded', threadId: io.threadId, ticket: io.ticket, output: { objects: [obj] } });
    expect(ex.output).toEqual([obj]);
  });

  it('JSONata: Arguments and ReaderConfig.MaxItems are expressions', async () => {
    const def = {
      QueryLanguage: 'JSONata',
      ...machine(distributedMap({
        ItemReader: {
          Resource: 'arn:aws:states:::s3:getObject',
          ReaderConfig: { InputType: 'JSONL', MaxItems: '{% $states.input.max %}' },
          Arguments: { Bucket: '{% $states.input.bucket %}', Key: 'rows.jsonl' },
        },
        ItemSelector: { 'n': '{% $states.context.Map.Item.Value.n * 10 %}' },
      })),
    };
    const ex = coreExecution(def, { bucket: 'jb', max: 2 });
    const io = objectIo(await ex.start());
    expect(io.request).toEqual({ action: 'getObject', bucket: 'jb', key: 'rows.jsonl' });
    await ex.deliver({ kind: 'TaskSucceeded', threadId: io.threadId, ticket: io.ticket, output: { body: '{"n":1}\n\n{"n":2}\n{"n":3}\n' } });
    expect(ex.output).toEqual([{ n: 10 }, { n: 20 }]);
  });

  it('an INLINE Map with an ItemReader fails with States.Runtime, as on AWS', async () => {
    const def = machine({ Type: 'Map', ItemReader: READ_CSV, ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }, End: true });
    const ex = coreExecution(def, { key: 'k' });
    await ex.start();
    expect(ex).toMatchObject({ status: 'FAILED', error: 'States.Runtime', cause: prefixed('M', 2, 'The ItemReader, ItemBatcher and ResultWriter fields are not supported for INLINE maps') });
  });
});

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateStateMachineCommand,
  DescribeMapRunCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  SFNClient,
  StartExecutionCommand,
} from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { ACCOUNT, REGION, ROLE, waitForEnd } from './real-server.js';

let server: RunningServer;
let client: SFNClient;
let dataDir: string;
let s3Dir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'stepwise-it-'));
  s3Dir = mkdtempSync(join(tmpdir(), 'stepwise-it-s3-'));
  mkdirSync(join(s3Dir, 'inputs', 'csv'), { recursive: true });
  mkdirSync(join(s3Dir, 'results'));
  writeFileSync(join(s3Dir, 'inputs', 'csv', 'ratings.csv'), 'userId|movieId|rating\n1|307|3.5\n1|481|"3,5"\n2|1091|1.5\n');
  server = await startServer({ host: '127.0.0.1', port: 0, data: dataDir, accountId: ACCOUNT, region: REGION, s3Dir });
  client = new SFNClient({
    endpoint: `http://127.0.0.1:${server.port}`,
    region: REGION,
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    disableHostPrefix: true,
    maxAttempts: 1,
  });
});

afterAll(async () => {
  client.destroy();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(s3Dir, { recursive: true, force: true });
});

const definition = JSON.stringify({
  StartAt: 'Ratings',
  States: {
    Ratings: {
      Type: 'Map',
      Label: 'ratings',
      ItemReader: {
        Resource: 'arn:aws:states:::s3:getObject',
        ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW', CSVDelimiter: 'PIPE' },
        Parameters: { 'Bucket.$': '$.bucket', Key: 'csv/ratings.csv' },
      },
      ItemSelector: { 'user.$': '$$.Map.Item.Value.userId', 'rating.$': '$$.Map.Item.Value.rating' },
      ItemProcessor: {
        ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
        StartAt: 'Rate',
        States: { Rate: { Type: 'Pass', End: true } },
      },
      ResultWriter: { Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: 'results', Prefix: 'ratings' } },
      Catch: [{ ErrorEquals: ['States.ItemReaderFailed'], Next: 'NoData' }],
      End: true,
    },
    NoData: { Type: 'Pass', Result: 'no data', End: true },
  },
});

describe('Distributed Map ItemReader / ResultWriter through the AWS SDK', () => {
  it('reads a CSV object from the S3 folder, runs the children and exports their results', async () => {
    const sm = await client.send(new CreateStateMachineCommand({ name: 'ratings', definition, roleArn: ROLE }));
    const { executionArn } = await client.send(new StartExecutionCommand({ stateMachineArn: sm.stateMachineArn, input: JSON.stringify({ bucket: 'inputs' }) }));
    const done = await waitForEnd(client, executionArn as string);
    expect(done.status).toBe('SUCCEEDED');
    const output = JSON.parse(done.output ?? '{}') as { MapRunArn: string; ResultWriterDetails: { Bucket: string; Key: string } };
    expect(output.MapRunArn).toMatch(/^arn:aws:states:us-east-1:\d{12}:mapRun:ratings\/ratings:[0-9a-f-]{36}$/);
    const runId = output.MapRunArn.split(':').pop() as string;
    expect(output.ResultWriterDetails).toEqual({ Bucket: 'results', Key: `ratings/${runId}/manifest.json` });

    const manifest = JSON.parse(readFileSync(join(s3Dir, 'results', 'ratings', runId, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ DestinationBucket: 'results', MapRunArn: output.MapRunArn, ResultFiles: { FAILED: [], PENDING: [] } });
    const records = JSON.parse(readFileSync(join(s3Dir, 'results', 'ratings', runId, 'SUCCEEDED_0.json'), 'utf8')) as { Output: string }[];
    expect(records.map((r) => JSON.parse(r.Output) as unknown)).toEqual([{ user: '1', rating: '3.5' }, { user: '1', rating: '3,5' }, { user: '2', rating: '1.5' }]);

    const described = await client.send(new DescribeMapRunCommand({ mapRunArn: output.MapRunArn }));
    expect(described).toMatchObject({ status: 'SUCCEEDED', executionArn });
    expect(described.executionCounts).toMatchObject({ total: 3, succeeded: 3 });
    const children = await client.send(new ListExecutionsCommand({ mapRunArn: output.MapRunArn }));
    expect(children.executions).toHaveLength(3);

    const history = await client.send(new GetExecutionHistoryCommand({ executionArn }));
    expect(history.events?.map((e) => e.type)).toEqual([
      'ExecutionStarted', 'MapStateEntered', 'MapStateStarted', 'MapRunStarted', 'MapRunSucceeded', 'MapStateSucceeded', 'MapStateExited', 'ExecutionSucceeded',
    ]);
    expect(history.events?.[2]?.mapStateStartedEventDetails).toEqual({ length: 0 });
  });

  it('a missing object is States.ItemReaderFailed, caught by the Map state', async () => {
    const sm = await client.send(new CreateStateMachineCommand({ name: 'ratings-missing', definition, roleArn: ROLE }));
    const { executionArn } = await client.send(new StartExecutionCommand({ stateMachineArn: sm.stateMachineArn, input: JSON.stringify({ bucket: 'no-such-bucket' }) }));
    const done = await waitForEnd(client, executionArn as string);
    expect(done).toMatchObject({ status: 'SUCCEEDED', output: '"no data"' });
    const history = await client.send(new GetExecutionHistoryCommand({ executionArn }));
    const failed = history.events?.find((e) => e.type === 'MapRunFailed');
    expect(failed?.mapRunFailedEventDetails).toMatchObject({ error: 'States.ItemReaderFailed', cause: expect.stringContaining('NoSuchBucket') });
  });

  it('rejects an ItemReader resource other than getObject / listObjectsV2', async () => {
    const bad = definition.replace('arn:aws:states:::s3:getObject', 'arn:aws:states:::s3:headObject');
    await expect(client.send(new CreateStateMachineCommand({ name: 'bad-reader', definition: bad, roleArn: ROLE }))).rejects.toMatchObject({ name: 'InvalidDefinition' });
  });
});

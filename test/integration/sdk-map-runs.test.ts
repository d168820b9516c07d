import {
  DescribeStateMachineForExecutionCommand,
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  DescribeMapRunCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  ListMapRunsCommand,
  StartExecutionCommand,
  UpdateMapRunCommand,
} from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE, failure, startRealServer, waitForEnd, type RealServer } from './real-server.js';

let s: RealServer;
beforeAll(async () => {
  s = await startRealServer();
});
afterAll(async () => {
  await s.close();
});

const definition = JSON.stringify({
  StartAt: 'Fan',
  States: {
    Fan: {
      Type: 'Map',
      Label: 'fan',
      ItemsPath: '$.items',
      MaxConcurrency: 2,
      ItemProcessor: {
        ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
        StartAt: 'Double',
        States: {
          Double: { Type: 'Pass', Parameters: { 'n.$': '$.n' }, Next: 'Check' },
          Check: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericEquals: 3, Next: 'Bad' }], Default: 'Ok' },
          Ok: { Type: 'Succeed' },
          Bad: { Type: 'Fail', Error: 'Three', Cause: 'no threes' },
        },
      },
      ToleratedFailureCount: 1,
      End: true,
    },
  },
});

describe('Distributed Map runs as child executions (SDK)', () => {
  it('lists the run, counts its children, and each child has its own history', async () => {
    const sm = await s.client.send(new CreateStateMachineCommand({ name: 'fanout', definition, roleArn: ROLE }));
    const { executionArn } = await s.client.send(new StartExecutionCommand({ stateMachineArn: sm.stateMachineArn, input: JSON.stringify({ items: [1, 2, 3, 4, 5].map((n) => ({ n })) }) }));
    const parent = await waitForEnd(s.client, executionArn as string);
    expect(parent.status).toBe('SUCCEEDED');
    expect(JSON.parse(parent.output ?? '[]')).toHaveLength(5);

    const { mapRuns } = await s.client.send(new ListMapRunsCommand({ executionArn }));
    expect(mapRuns).toHaveLength(1);
    const run = mapRuns?.[0];
    expect(run?.mapRunArn).toMatch(/^arn:aws:states:us-east-1:\d{12}:mapRun:fanout\/fan:[0-9a-f-]{36}$/);
    expect(run?.stateMachineArn).toBe(`${sm.stateMachineArn}/fan`);
    const history = await s.client.send(new GetExecutionHistoryCommand({ executionArn }));
    expect(history.events?.find((e) => e.type === 'MapRunStarted')?.mapRunStartedEventDetails?.mapRunArn).toBe(run?.mapRunArn);

    const described = await s.client.send(new DescribeMapRunCommand({ mapRunArn: run?.mapRunArn }));
    expect(described).toMatchObject({ status: 'SUCCEEDED', maxConcurrency: 2, toleratedFailureCount: 1, executionArn });
    expect(described.executionCounts).toMatchObject({ total: 5, succeeded: 4, failed: 1, running: 0, pending: 0 });

    const children = await s.client.send(new ListExecutionsCommand({ mapRunArn: run?.mapRunArn }));
    expect(children.executions).toHaveLength(5);
    expect(children.executions?.map((e) => e.status).sort()).toEqual(['FAILED', 'SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
    const failedChild = children.executions?.find((e) => e.status === 'FAILED');
    expect(failedChild?.executionArn).toMatch(new RegExp(`^arn:aws:states:us-east-1:\\d{12}:execution:fanout/fan:[0-9a-f-]{36}$`));
    const child = await s.client.send(new DescribeExecutionCommand({ executionArn: failedChild?.executionArn }));
    expect(child).toMatchObject({ status: 'FAILED', error: 'Three', cause: 'no threes', mapRunArn: run?.mapRunArn, input: '{"n":3}' });
    const childMachine = await s.client.send(new DescribeStateMachineForExecutionCommand({ executionArn: failedChild?.executionArn }));
    expect(childMachine).toMatchObject({ stateMachineArn: `${sm.stateMachineArn}/fan`, name: 'fanout/fan', mapRunArn: run?.mapRunArn, label: 'fan' });
    const childHistory = await s.client.send(new GetExecutionHistoryCommand({ executionArn: failedChild?.executionArn }));
    expect(childHistory.events?.map((e) => [e.id, e.previousEventId, e.type])).toEqual([
      [1, 0, 'ExecutionStarted'],
      [2, 0, 'PassStateEntered'],
      [3, 2, 'PassStateExited'],
      [4, 3, 'ChoiceStateEntered'],
      [5, 4, 'ChoiceStateExited'],
      [6, 5, 'FailStateEntered'],
      [7, 6, 'ExecutionFailed'],
    ]);
    // Child events stay out of the parent's history.
    expect(history.events?.some((e) => e.type === 'PassStateEntered')).toBe(false);

    await s.client.send(new UpdateMapRunCommand({ mapRunArn: run?.mapRunArn, maxConcurrency: 7 }));
    expect((await s.client.send(new DescribeMapRunCommand({ mapRunArn: run?.mapRunArn }))).maxConcurrency).toBe(7);
    const unknown = `${run?.mapRunArn?.slice(0, -36)}00000000-0000-4000-8000-000000000000`;
    expect((await failure(s.client.send(new DescribeMapRunCommand({ mapRunArn: unknown })))).name).toBe('ResourceNotFound');
  });
});

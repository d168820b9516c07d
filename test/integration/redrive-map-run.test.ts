import {
  CreateActivityCommand,
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  DescribeMapRunCommand,
  GetActivityTaskCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  ListMapRunsCommand,
  RedriveExecutionCommand,
  SendTaskSuccessCommand,
  StartExecutionCommand,
  UpdateMapRunCommand,
} from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TaskFailure } from '../../src/runner/task-failure.js';
import { ROLE, startRealServer, until, waitForEnd, type RealServer } from './real-server.js';

let healthy = false;
let s: RealServer;
beforeAll(async () => {
  s = await startRealServer({
    resolver: (call) => {
      const n = (call.input as { n: number }).n;
      if (n === 2 && !healthy) throw new TaskFailure('Item.Bad', 'two is bad');
      return n * 10;
    },
  });
});
afterAll(async () => {
  await s.close();
});

/** A Distributed Map (label `fan`) whose children run one Task on `resource`. */
const fanOut = (resource: string, maxConcurrency: number): string =>
  JSON.stringify({
    StartAt: 'Fan',
    States: {
      Fan: {
        Type: 'Map',
        Label: 'fan',
        MaxConcurrency: maxConcurrency,
        ItemProcessor: {
          ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
          StartAt: 'Work',
          States: { Work: { Type: 'Task', Resource: resource, End: true } },
        },
        End: true,
      },
    },
  });

describe('Redrive and UpdateMapRun of Distributed Map runs (SDK)', () => {
  it('RedriveExecution redrives the failed Map Run: same run and child ARNs, only the unsuccessful children rerun', async () => {
    const sm = await s.client.send(new CreateStateMachineCommand({ name: 'redrive-fan', definition: fanOut('arn:aws:lambda:us-east-1:123456789012:function:work', 1), roleArn: ROLE }));
    const { executionArn } = await s.client.send(new StartExecutionCommand({ stateMachineArn: sm.stateMachineArn, input: JSON.stringify([{ n: 1 }, { n: 2 }, { n: 3 }]) }));
    expect((await waitForEnd(s.client, executionArn as string)).status).toBe('FAILED');
    const { mapRuns } = await s.client.send(new ListMapRunsCommand({ executionArn }));
    const mapRunArn = mapRuns?.[0]?.mapRunArn;
    const failedRun = await s.client.send(new DescribeMapRunCommand({ mapRunArn }));
    expect(failedRun).toMatchObject({ status: 'FAILED', redriveCount: 0, executionCounts: { succeeded: 1, failed: 1, pending: 1, total: 3 } });
    expect(failedRun.redriveDate).toBeUndefined();
    const before = (await s.client.send(new ListExecutionsCommand({ mapRunArn }))).executions ?? [];
    const failedChild = before.find((e) => e.status === 'FAILED');
    // A child is redriven through its parent only (DescribeExecution: REDRIVABLE_BY_MAP_RUN).
    expect((await s.client.send(new DescribeExecutionCommand({ executionArn: failedChild?.executionArn }))).redriveStatus).toBe('REDRIVABLE_BY_MAP_RUN');
    await expect(s.client.send(new RedriveExecutionCommand({ executionArn: failedChild?.executionArn }))).rejects.toMatchObject({ name: 'ExecutionNotRedrivable' });

    healthy = true;
    const { redriveDate } = await s.client.send(new RedriveExecutionCommand({ executionArn }));
    const parent = await waitForEnd(s.client, executionArn as string);
    expect(parent).toMatchObject({ status: 'SUCCEEDED', output: '[10,20,30]', redriveCount: 1 });

    const redriven = await s.client.send(new DescribeMapRunCommand({ mapRunArn }));
    expect(redriven).toMatchObject({ status: 'SUCCEEDED', redriveCount: 1, executionCounts: { succeeded: 3, failed: 0, pending: 0, total: 3 } });
    expect(redriven.redriveDate?.getTime()).toBe(redriveDate?.getTime());
    expect((await s.client.send(new ListMapRunsCommand({ executionArn }))).mapRuns?.map((r) => r.mapRunArn)).toEqual([mapRunArn]);
    const after = (await s.client.send(new ListExecutionsCommand({ mapRunArn }))).executions ?? [];
    // The two children of the first attempt keep their ARNs; the never-started third is new.
    expect(after).toHaveLength(3);
    expect(after.map((e) => e.executionArn)).toEqual(expect.arrayContaining(before.map((e) => e.executionArn)));
    const child = await s.client.send(new DescribeExecutionCommand({ executionArn: failedChild?.executionArn }));
    expect(child).toMatchObject({ status: 'SUCCEEDED', output: '20', redriveCount: 1, mapRunArn });
    const history = await s.client.send(new GetExecutionHistoryCommand({ executionArn }));
    expect(history.events?.find((e) => e.type === 'MapRunRedriven')?.mapRunRedrivenEventDetails).toEqual({ mapRunArn, redriveCount: 1 });
  });

  it('UpdateMapRun raises the MaxConcurrency of a Map Run in progress', async () => {
    const { activityArn } = await s.client.send(new CreateActivityCommand({ name: 'fan-worker' }));
    const sm = await s.client.send(new CreateStateMachineCommand({ name: 'update-fan', definition: fanOut(activityArn as string, 1), roleArn: ROLE }));
    const { executionArn } = await s.client.send(new StartExecutionCommand({ stateMachineArn: sm.stateMachineArn, input: JSON.stringify([1, 2, 3, 4].map((n) => ({ n }))) }));
    const mapRunArn = await until(async () => (await s.client.send(new ListMapRunsCommand({ executionArn }))).mapRuns?.[0]?.mapRunArn);
    const running = async (): Promise<number> => (await s.client.send(new DescribeMapRunCommand({ mapRunArn }))).executionCounts?.running ?? 0;
    await until(async () => ((await running()) === 1 ? true : undefined));

    await s.client.send(new UpdateMapRunCommand({ mapRunArn, maxConcurrency: 3 }));
    const updated = await s.client.send(new DescribeMapRunCommand({ mapRunArn }));
    expect(updated).toMatchObject({ status: 'RUNNING', maxConcurrency: 3, executionCounts: { running: 3, pending: 1 } });

    for (let i = 0; i < 4; i++) {
      const task = await s.client.send(new GetActivityTaskCommand({ activityArn }));
      await s.client.send(new SendTaskSuccessCommand({ taskToken: task.taskToken, output: task.input }));
    }
    expect(await waitForEnd(s.client, executionArn as string)).toMatchObject({ status: 'SUCCEEDED', output: '[{"n":1},{"n":2},{"n":3},{"n":4}]' });
  });
});

import { describe, expect, it } from 'vitest';
import { TaskFailure } from '../../src/runner/task-failure.js';
import { ACTIVITY, execArn, historyOf, lambda, request, runtimes, takeTask, until } from './runtime-harness.js';

const rts = runtimes();

describe('RedriveExecution of a Parallel state (durable runtime on SQLite)', () => {
  it('reruns only the failed branch, and a restart mid-redrive replays the same redrive', async () => {
    const calls: string[] = [];
    const resolver = (call: { resource: string }): unknown => {
      calls.push(call.resource);
      return `from ${call.resource.split(':').pop() ?? ''}`;
    };
    const def = {
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'A', States: { A: { Type: 'Task', Resource: lambda('a'), End: true } } },
            { StartAt: 'B', States: { B: { Type: 'Task', Resource: ACTIVITY, End: true } } },
            { StartAt: 'C', States: { C: { Type: 'Task', Resource: lambda('c'), End: true } } },
          ],
          End: true,
        },
      },
    };
    const first = await rts.open({ resolver });
    await first.start(request(def, 'par'));
    const b1 = await takeTask(first);
    await until(() => calls.length === 2);
    await first.sendTaskFailure(b1.taskToken, 'Worker.Broke', 'first attempt');
    await until(() => first.describe(execArn('par'))?.status === 'FAILED');
    expect(first.describe(execArn('par'))).toMatchObject({ error: 'Worker.Broke', cause: 'first attempt' });

    const failedAt = historyOf(first, execArn('par')).length;
    await first.redrive(execArn('par'));
    expect(first.describe(execArn('par'))).toMatchObject({ status: 'RUNNING', redriveCount: 1 });

    // Restart while the redriven branch waits for its worker: the journal replays the redrive.
    const second = await rts.reopen({ resolver });
    const b2 = await takeTask(second);
    await second.sendTaskSuccess(b2.taskToken, '"from b"');
    await until(() => second.describe(execArn('par'))?.status === 'SUCCEEDED');
    expect(second.describe(execArn('par'))?.output).toBe('["from a","from b","from c"]');
    // The successful branches' tasks ran once, in the first attempt only.
    expect(calls.sort()).toEqual([lambda('a'), lambda('c')]);

    const events = historyOf(second, execArn('par'));
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => i + 1));
    expect(events.slice(failedAt).map((e) => [e.type, e.previousEventId - failedAt])).toEqual([
      ['ExecutionRedriven', 0],
      ['ParallelStateEntered', 1],
      ['ParallelStateStarted', 2],
      ['TaskStateEntered', 3],
      ['ActivityScheduled', 4],
      ['ActivityStarted', 5],
      ['ActivitySucceeded', 6],
      ['TaskStateExited', 7],
      ['ParallelStateSucceeded', 8],
      ['ParallelStateExited', 8],
      ['ExecutionSucceeded', 10],
    ]);
    expect(events[failedAt + 3]?.stateEnteredEventDetails).toMatchObject({ name: 'B' });
  });

  it('a Distributed Map redrive reruns only the failed children as the same executions, and DescribeMapRun counts the redrive', async () => {
    let healthy = false;
    const resolver = (call: { input: unknown }): unknown => {
      const n = (call.input as { n: number }).n;
      if (n === 2 && !healthy) throw new TaskFailure('Item.Bad', 'two is bad');
      return n * 10;
    };
    const def = {
      StartAt: 'Fan',
      States: {
        Fan: {
          Type: 'Map',
          Label: 'fan',
          MaxConcurrency: 1,
          ItemProcessor: {
            ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
            StartAt: 'Work',
            States: { Work: { Type: 'Task', Resource: lambda('work'), End: true } },
          },
          End: true,
        },
      },
    };
    const rt = await rts.open({ resolver });
    await rt.start(request(def, 'dm', [{ n: 1 }, { n: 2 }, { n: 3 }]));
    await until(() => rt.describe(execArn('dm'))?.status === 'FAILED');
    const [run] = rt.listMapRuns(execArn('dm'));
    const before = rt.list({ mapRunArn: run?.arn }, 100, null).items;
    expect(before.map((c) => [c.input, c.status]).sort()).toEqual([['{"n":1}', 'SUCCEEDED'], ['{"n":2}', 'FAILED']]);
    const failedChild = before.find((c) => c.status === 'FAILED');

    healthy = true;
    await rt.redrive(execArn('dm'));
    await until(() => rt.describe(execArn('dm'))?.status === 'SUCCEEDED');
    expect(rt.describe(execArn('dm'))?.output).toBe('[10,20,30]');
    expect(rt.listMapRuns(execArn('dm')).map((r) => r.arn)).toEqual([run?.arn]);
    const described = rt.describeMapRun(run?.arn ?? '');
    expect(described?.run).toMatchObject({ status: 'SUCCEEDED', redriveCount: 1, redriveDate: expect.any(Number) });
    expect(described?.counts).toEqual({ SUCCEEDED: 3 });
    const child = rt.describe(failedChild?.arn ?? '');
    expect(child).toMatchObject({ status: 'SUCCEEDED', redriveCount: 1, output: '20' });
    expect(historyOf(rt, failedChild?.arn ?? '').map((e) => e.type)).toEqual([
      'ExecutionStarted', 'TaskStateEntered', 'LambdaFunctionScheduled', 'LambdaFunctionStarted', 'LambdaFunctionFailed', 'ExecutionFailed',
      'ExecutionRedriven', 'TaskStateEntered', 'LambdaFunctionScheduled', 'LambdaFunctionStarted', 'LambdaFunctionSucceeded', 'TaskStateExited', 'ExecutionSucceeded',
    ]);
    expect(historyOf(rt, execArn('dm')).filter((e) => e.type === 'MapRunRedriven')).toEqual([
      expect.objectContaining({ mapRunRedrivenEventDetails: { mapRunArn: run?.arn, redriveCount: 1 } }),
    ]);
  });
});

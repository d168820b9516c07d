import { describe, expect, it } from 'vitest';
import type { DurableRuntime } from '../../src/engine/runtime/runtime.js';
import { ACTIVITY, execArn, request, runtimes, takeTask, until } from './runtime-harness.js';

const rts = runtimes();

/** A Distributed Map whose children each wait on the activity (a worker answers them). */
const fanOut = (extra: Record<string, unknown>): object => ({
  StartAt: 'Fan',
  States: {
    Fan: {
      Type: 'Map',
      ItemProcessor: {
        ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
        StartAt: 'Work',
        States: { Work: { Type: 'Task', Resource: ACTIVITY, End: true } },
      },
      End: true,
      ...extra,
    },
  },
});

const waiting = (rt: DurableRuntime): number => rt.waitingTasks(100).length;
const runOf = (rt: DurableRuntime, name: string): string => rt.listMapRuns(execArn(name))[0]?.arn ?? '';

describe('UpdateMapRun on a running Map Run (durable runtime on SQLite)', () => {
  it('raising MaxConcurrency from 1 to 5 runs more children at once, and a restart keeps the new limit', async () => {
    const first = await rts.open();
    await first.start(request(fanOut({ MaxConcurrency: 1 }), 'mc', [1, 2, 3, 4, 5, 6, 7]));
    await until(() => waiting(first) === 1);
    const mapRunArn = runOf(first, 'mc');
    expect(first.describeMapRun(mapRunArn)?.counts).toEqual({ RUNNING: 1 });

    expect(await first.updateMapRun(mapRunArn, { maxConcurrency: 5 })).toBe(true);
    expect(waiting(first)).toBe(5);
    expect(first.describeMapRun(mapRunArn)?.run).toMatchObject({ status: 'RUNNING', maxConcurrency: 5 });
    expect(first.describeMapRun(mapRunArn)?.counts).toEqual({ RUNNING: 5 });
    expect(await first.updateMapRun(`${mapRunArn}x`, { maxConcurrency: 2 })).toBe(false);

    // After a restart the journal replays the update: one completion starts exactly one more child.
    const second = await rts.reopen();
    expect(second.describeMapRun(mapRunArn)?.run.maxConcurrency).toBe(5);
    const task = await takeTask(second);
    await second.sendTaskSuccess(task.taskToken, JSON.stringify(task.input));
    await until(() => second.describeMapRun(mapRunArn)?.counts.SUCCEEDED === 1);
    await until(() => waiting(second) === 5);
    while (second.describe(execArn('mc'))?.status === 'RUNNING') {
      if (waiting(second) === 0) {
        await new Promise((r) => setTimeout(r, 20));
        continue;
      }
      const t = await takeTask(second);
      await second.sendTaskSuccess(t.taskToken, JSON.stringify(t.input));
    }
    expect(second.describe(execArn('mc'))).toMatchObject({ status: 'SUCCEEDED', output: '[1,2,3,4,5,6,7]' });
    expect(second.describeMapRun(mapRunArn)?.counts).toEqual({ SUCCEEDED: 7 });
  });

  it('lowering the tolerated failures below the failures so far fails the run, and a restart keeps the outcome', async () => {
    const first = await rts.open();
    await first.start(request(fanOut({ ToleratedFailureCount: 2 }), 'tol', [1, 2, 3]));
    await until(() => waiting(first) === 3);
    const mapRunArn = runOf(first, 'tol');
    const task = await takeTask(first);
    await first.sendTaskFailure(task.taskToken, 'Item.Bad', 'tolerated for now');
    await until(() => first.describeMapRun(mapRunArn)?.counts.FAILED === 1);
    expect(first.describe(execArn('tol'))?.status).toBe('RUNNING');

    await first.updateMapRun(mapRunArn, { toleratedFailureCount: 0 });
    expect(first.describe(execArn('tol'))).toMatchObject({ status: 'FAILED', error: 'States.ExceedToleratedFailureThreshold' });
    expect(first.describeMapRun(mapRunArn)).toMatchObject({ run: { status: 'FAILED', toleratedFailureCount: 0 }, counts: { FAILED: 1, ABORTED: 2 } });

    const second = await rts.reopen();
    expect(second.describe(execArn('tol'))).toMatchObject({ status: 'FAILED', error: 'States.ExceedToleratedFailureThreshold' });
    expect(second.describeMapRun(mapRunArn)?.run).toMatchObject({ status: 'FAILED', toleratedFailureCount: 0 });
  });

  it('an update to a run that has ended is kept (the execution stays as it ended) and a redrive runs with it', async () => {
    const rt = await rts.open();
    await rt.start(request(fanOut({ MaxConcurrency: 1 }), 'ended', [1, 2, 3]));
    await until(() => waiting(rt) === 1);
    const task = await takeTask(rt);
    await rt.sendTaskFailure(task.taskToken, 'Item.Bad', 'fails the run');
    await until(() => rt.describe(execArn('ended'))?.status === 'FAILED');
    const ended = rt.describe(execArn('ended'));
    const mapRunArn = runOf(rt, 'ended');

    await rt.updateMapRun(mapRunArn, { maxConcurrency: 3 });
    expect(rt.describeMapRun(mapRunArn)?.run).toMatchObject({ status: 'FAILED', maxConcurrency: 3 });
    expect(rt.describe(execArn('ended'))).toEqual(ended);

    await rt.redrive(execArn('ended'));
    await until(() => waiting(rt) === 3);
    expect(rt.describeMapRun(mapRunArn)?.run).toMatchObject({ status: 'RUNNING', maxConcurrency: 3, redriveCount: 1 });
  });
});

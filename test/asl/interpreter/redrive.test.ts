import { describe, expect, it } from 'vitest';
import { coreExecution, distributedMap } from './map-io-helpers.js';
import { chainFromRedrive, deliverAll, fail, invokes, succeed, typesFromRedrive, type Invoke } from './redrive-helpers.js';

const fn = (name: string): string => `arn:aws:lambda:us-east-1:123456789012:function:${name}`;
const task = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ Type: 'Task', Resource: fn(name), End: true, ...extra });
const byItem = (calls: readonly Invoke[]): number[] => calls.map((c) => (c.input as { i: number }).i);
const items = (n: number): { i: number }[] => Array.from({ length: n }, (_, i) => ({ i }));

/** Three one-Task branches; the third (b) is the one that fails. */
const parallel = {
  StartAt: 'P',
  States: {
    P: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'A', States: { A: task('a') } },
        { StartAt: 'C', States: { C: task('c') } },
        { StartAt: 'B', States: { B: task('b') } },
      ],
      Next: 'Done',
    },
    Done: { Type: 'Pass', End: true },
  },
};

describe('RedriveExecution in a Parallel state', () => {
  it('reruns only the failed branch, keeps the others\' results and outputs them in branch order', async () => {
    const ex = coreExecution(parallel, {});
    const first = invokes(await ex.start());
    expect(first.map((c) => c.resource)).toEqual([fn('a'), fn('c'), fn('b')]);
    const [a, c, b] = first as [Invoke, Invoke, Invoke];
    await deliverAll(ex, [succeed(a, 'from a'), succeed(c, 'from c'), fail(b)]);
    expect(ex.status).toBe('FAILED');

    const again = invokes(await ex.redrive(1));
    // Only branch b's task is scheduled again.
    expect(again.map((x) => x.resource)).toEqual([fn('b')]);
    await deliverAll(ex, [succeed(again[0] as Invoke, 'from b')]);
    expect(ex.status).toBe('SUCCEEDED');
    expect(ex.output).toEqual(['from a', 'from c', 'from b']);
    expect(chainFromRedrive(ex)).toEqual([
      [20, 19, 'ExecutionRedriven'],
      [21, 20, 'ParallelStateEntered'],
      [22, 21, 'ParallelStateStarted'],
      [23, 22, 'TaskStateEntered'],
      [24, 23, 'LambdaFunctionScheduled'],
      [25, 24, 'LambdaFunctionStarted'],
      [26, 25, 'LambdaFunctionSucceeded'],
      [27, 26, 'TaskStateExited'],
      [28, 27, 'ParallelStateSucceeded'],
      [29, 27, 'ParallelStateExited'],
      [30, 29, 'PassStateEntered'],
      [31, 30, 'PassStateExited'],
      [32, 31, 'ExecutionSucceeded'],
    ]);
    expect((ex.history ?? []).find((e) => e.id === 23)?.stateEnteredEventDetails).toMatchObject({ name: 'B' });
  });

  it('a failed branch continues from the state that failed (its earlier states are not run again)', async () => {
    const def = {
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'Prep', States: { Prep: { Type: 'Pass', Result: { prepared: true }, Assign: { step: 1 }, Next: 'Call' }, Call: task('call', { Parameters: { 'step.$': '$step', 'in.$': '$' } }) } },
            { StartAt: 'Other', States: { Other: { Type: 'Pass', Result: 'other', End: true } } },
          ],
          End: true,
        },
      },
    };
    const ex = coreExecution(def, {});
    const [call] = invokes(await ex.start()) as [Invoke];
    await deliverAll(ex, [fail(call)]);
    const again = invokes(await ex.redrive(1)) as [Invoke];
    expect(again).toHaveLength(1);
    // Same input and the branch's variables as in the first attempt.
    expect(again[0].input).toEqual({ step: 1, in: { prepared: true } });
    await deliverAll(ex, [succeed(again[0], 'called')]);
    expect(ex.output).toEqual(['called', 'other']);
    expect(typesFromRedrive(ex).filter((t) => t === 'PassStateEntered')).toEqual([]);
  });

  it('after States.DataLimitExceeded the Parallel state runs again whole, as AWS documents', async () => {
    const def = {
      StartAt: 'P',
      States: { P: { Type: 'Parallel', Branches: [{ StartAt: 'A', States: { A: task('a') } }, { StartAt: 'B', States: { B: task('b') } }], End: true } },
    };
    const ex = coreExecution(def, {});
    const [a, b] = invokes(await ex.start()) as [Invoke, Invoke];
    await deliverAll(ex, [succeed(a, 'small'), succeed(b, 'x'.repeat(300_000))]);
    expect(ex).toMatchObject({ status: 'FAILED', error: 'States.DataLimitExceeded' });
    const again = invokes(await ex.redrive(1));
    expect(again.map((x) => x.resource)).toEqual([fn('a'), fn('b')]);
  });
});

describe('RedriveExecution in an inline Map state', () => {
  const def = {
    StartAt: 'M',
    States: { M: { Type: 'Map', ItemProcessor: { StartAt: 'Work', States: { Work: task('work') } }, End: true } },
  };

  it('reruns only the failed and aborted iterations, then outputs every result in item order', async () => {
    const ex = coreExecution(def, items(5));
    const first = invokes(await ex.start());
    expect(byItem(first)).toEqual([0, 1, 2, 3, 4]);
    const at = (i: number): Invoke => first[i] as Invoke;
    // 0, 2 and 4 succeed; 1 fails, which aborts 3 (still running).
    await deliverAll(ex, [succeed(at(0), 'r0'), succeed(at(2), 'r2'), succeed(at(4), 'r4'), fail(at(1))]);
    expect(ex.status).toBe('FAILED');
    expect(await ex.deliver(succeed(at(3), 'late'))).toEqual([]);

    const again = invokes(await ex.redrive(1));
    expect(byItem(again)).toEqual([1, 3]);
    const after = typesFromRedrive(ex);
    expect(after.slice(0, 4)).toEqual(['ExecutionRedriven', 'MapStateEntered', 'MapStateStarted', 'MapIterationStarted']);
    const started = (ex.history ?? []).filter((e) => e.type === 'MapIterationStarted').slice(5);
    expect(started.map((e) => (e.mapIterationStartedEventDetails as { index: number }).index)).toEqual([1, 3]);
    expect((ex.history ?? []).filter((e) => e.type === 'MapStateStarted').at(-1)?.mapStateStartedEventDetails).toEqual({ length: 5 });

    await deliverAll(ex, [succeed(again[1] as Invoke, 'r3'), succeed(again[0] as Invoke, 'r1')]);
    expect(ex.status).toBe('SUCCEEDED');
    expect(ex.output).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
    expect(typesFromRedrive(ex).slice(-3)).toEqual(['MapStateSucceeded', 'MapStateExited', 'ExecutionSucceeded']);
  });

  it('iterations never started (MaxConcurrency) start on redrive; a redrive after an abort resumes the running ones', async () => {
    const limited = { ...def, States: { M: { ...def.States.M, MaxConcurrency: 2 } } };
    const ex = coreExecution(limited, items(4));
    const first = invokes(await ex.start()) as [Invoke, Invoke];
    expect(byItem(first)).toEqual([0, 1]);
    const second = await deliverAll(ex, [succeed(first[0], 'r0')]);
    expect(byItem(second)).toEqual([2]);
    ex.abort('Stop', 'by hand');
    expect(ex.status).toBe('ABORTED');
    const again = invokes(await ex.redrive(1));
    // 1 and 2 were running when the execution stopped; 3 never started.
    expect(byItem(again)).toEqual([1, 2]);
    const last = await deliverAll(ex, [succeed(again[0] as Invoke, 'r1')]);
    expect(byItem(last)).toEqual([3]);
    await deliverAll(ex, [succeed(again[1] as Invoke, 'r2'), succeed(last[0] as Invoke, 'r3')]);
    expect(ex.output).toEqual(['r0', 'r1', 'r2', 'r3']);
  });

  it('nested: a branch that failed in an inline Map reruns only that Map\'s failed iteration', async () => {
    const nested = {
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'Side', States: { Side: task('side') } },
            { StartAt: 'Inner', States: { Inner: { Type: 'Map', ItemsPath: '$.list', ItemProcessor: { StartAt: 'Work', States: { Work: task('work') } }, End: true } } },
          ],
          End: true,
        },
      },
    };
    const ex = coreExecution(nested, { list: items(3) });
    const first = invokes(await ex.start());
    expect(first.map((c) => c.resource)).toEqual([fn('side'), fn('work'), fn('work'), fn('work')]);
    const [side, w0, w1, w2] = first as [Invoke, Invoke, Invoke, Invoke];
    await deliverAll(ex, [succeed(side, 'side'), succeed(w0, 'r0'), succeed(w2, 'r2'), fail(w1)]);
    expect(ex.status).toBe('FAILED');
    const again = invokes(await ex.redrive(1));
    expect(again.map((c) => [c.resource, (c.input as { i: number }).i])).toEqual([[fn('work'), 1]]);
    await deliverAll(ex, [succeed(again[0] as Invoke, 'r1')]);
    expect(ex.output).toEqual(['side', ['r0', 'r1', 'r2']]);
    expect(typesFromRedrive(ex).slice(0, 7)).toEqual([
      'ExecutionRedriven', 'ParallelStateEntered', 'ParallelStateStarted', 'MapStateEntered', 'MapStateStarted', 'MapIterationStarted', 'TaskStateEntered',
    ]);
  });
});

describe('RedriveExecution in a Distributed Map state', () => {
  const def = { StartAt: 'M', States: { M: distributedMap({ Label: 'fan' }, { Work: task('work') }, 'Work') } };

  it('redrives the same Map Run: only unsuccessful children run again, as the same child executions', async () => {
    const ex = coreExecution(def, items(4));
    const first = invokes(await ex.start());
    expect(byItem(first)).toEqual([0, 1, 2, 3]);
    const at = (i: number): Invoke => first[i] as Invoke;
    await deliverAll(ex, [succeed(at(0), 'r0'), succeed(at(2), 'r2'), fail(at(1))]);
    expect(ex).toMatchObject({ status: 'FAILED', error: 'States.ExceedToleratedFailureThreshold' });
    const before = ex.takeMapRunUpdates();
    const runArn = before.mapRuns[0]?.arn as string;
    expect(before.mapRuns[0]).toMatchObject({ status: 'FAILED', redriveCount: 0 });
    const arnOf = new Map(before.children.map((c) => [c.index, c.arn]));

    const again = invokes(await ex.redrive(1));
    expect(byItem(again)).toEqual([1, 3]);
    expect(typesFromRedrive(ex)).toEqual(['ExecutionRedriven', 'MapStateEntered', 'MapStateStarted', 'MapRunRedriven']);
    expect((ex.history ?? []).at(-1)?.mapRunRedrivenEventDetails).toEqual({ mapRunArn: runArn, redriveCount: 1 });
    const redriven = ex.takeMapRunUpdates();
    expect(redriven.mapRuns).toEqual([expect.objectContaining({ arn: runArn, status: 'RUNNING', redriveCount: 1, redriveDate: expect.any(Number) })]);
    // Children 1 (failed) and 3 (aborted) continue as the same executions, after ExecutionRedriven.
    expect(redriven.children.map((c) => [c.index, c.arn, c.isNew, c.redrivePending, c.redriveCount])).toEqual([
      [1, arnOf.get(1), false, true, 1],
      [3, arnOf.get(3), false, true, 1],
    ]);
    expect(redriven.children[0]?.events.map((e) => [e.id, e.previousEventId, e.type])).toEqual([[7, 6, 'ExecutionRedriven'], [8, 7, 'TaskStateEntered'], [9, 8, 'LambdaFunctionScheduled'], [10, 9, 'LambdaFunctionStarted']]);

    await deliverAll(ex, [succeed(again[0] as Invoke, 'r1'), succeed(again[1] as Invoke, 'r3')]);
    expect(ex.status).toBe('SUCCEEDED');
    expect(ex.output).toEqual(['r0', 'r1', 'r2', 'r3']);
    expect(typesFromRedrive(ex).slice(-4)).toEqual(['MapRunSucceeded', 'MapStateSucceeded', 'MapStateExited', 'ExecutionSucceeded']);
    expect(ex.takeMapRunUpdates().mapRuns[0]).toMatchObject({ arn: runArn, status: 'SUCCEEDED', redriveCount: 1 });
  });

  it('children that failed within the tolerance are rerun too when the run failed', async () => {
    const tolerant = { StartAt: 'M', States: { M: distributedMap({ ToleratedFailureCount: 1, MaxConcurrency: 1 }, { Work: task('work') }, 'Work') } };
    const ex = coreExecution(tolerant, items(3));
    const [c0] = invokes(await ex.start()) as [Invoke];
    const [c1] = (await deliverAll(ex, [fail(c0)])) as [Invoke];
    const [c2] = (await deliverAll(ex, [fail(c1)])) as [Invoke | undefined];
    expect(c2).toBeUndefined();
    expect(ex).toMatchObject({ status: 'FAILED', error: 'States.ExceedToleratedFailureThreshold' });
    const again = invokes(await ex.redrive(1));
    expect(byItem(again)).toEqual([0]);
  });

  it('StopExecution aborts the Map Run and its running children; a redrive continues them', async () => {
    const ex = coreExecution(def, items(3));
    const first = invokes(await ex.start());
    await deliverAll(ex, [succeed(first[0] as Invoke, 'r0')]);
    ex.takeMapRunUpdates();
    ex.abort();
    const stopped = ex.takeMapRunUpdates();
    expect(stopped.mapRuns[0]).toMatchObject({ status: 'ABORTED', stopDate: expect.any(Number) });
    expect(stopped.children.map((c) => [c.index, c.final?.status, c.events.at(-1)?.type])).toEqual([
      [1, 'ABORTED', 'ExecutionAborted'],
      [2, 'ABORTED', 'ExecutionAborted'],
    ]);
    const again = invokes(await ex.redrive(1));
    expect(byItem(again)).toEqual([1, 2]);
    expect(ex.takeMapRunUpdates().mapRuns[0]).toMatchObject({ status: 'RUNNING', redriveCount: 1 });
  });
});


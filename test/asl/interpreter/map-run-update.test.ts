import { describe, expect, it } from 'vitest';
import { coreExecution, distributedMap } from './map-io-helpers.js';
import { deliverAll, fail, invokes, succeed, type Invoke } from './redrive-helpers.js';

const task = (name: string): Record<string, unknown> => ({ Type: 'Task', Resource: `arn:aws:lambda:us-east-1:123456789012:function:${name}`, End: true });
const byItem = (calls: readonly Invoke[]): number[] => calls.map((c) => (c.input as { i: number }).i);
const items = (n: number): { i: number }[] => Array.from({ length: n }, (_, i) => ({ i }));

describe('UpdateMapRun in the core (MapRunUpdated)', () => {
  it('a higher MaxConcurrency starts more children at once; a lower one starts no new ones until fewer run', async () => {
    const def = { StartAt: 'M', States: { M: distributedMap({ MaxConcurrency: 1 }, { Work: task('work') }, 'Work') } };
    const ex = coreExecution(def, items(6));
    const first = invokes(await ex.start());
    expect(byItem(first)).toEqual([0]);
    const runArn = ex.takeMapRunUpdates().mapRuns[0]?.arn as string;
    const more = invokes(await ex.deliver({ kind: 'MapRunUpdated', mapRunArn: runArn, maxConcurrency: 3 }));
    expect(byItem(more)).toEqual([1, 2]);
    expect(ex.takeMapRunUpdates().mapRuns[0]).toMatchObject({ maxConcurrency: 3 });
    expect(invokes(await ex.deliver({ kind: 'MapRunUpdated', mapRunArn: runArn, maxConcurrency: 2 }))).toEqual([]);
    // Three run, the limit is two: the first completion starts nothing, the second starts one.
    expect(await deliverAll(ex, [succeed(first[0] as Invoke, 0)])).toEqual([]);
    expect(byItem(await deliverAll(ex, [succeed(more[0] as Invoke, 1)]))).toEqual([3]);
  });

  it('a lower tolerated failure threshold that the failures so far exceed fails the run', async () => {
    const def = { StartAt: 'M', States: { M: distributedMap({ ToleratedFailureCount: 2 }, { Work: task('work') }, 'Work') } };
    const ex = coreExecution(def, items(3));
    const [c0] = invokes(await ex.start()) as [Invoke];
    await deliverAll(ex, [fail(c0)]);
    expect(ex.status).toBe('RUNNING');
    const runArn = ex.takeMapRunUpdates().mapRuns[0]?.arn as string;
    await ex.deliver({ kind: 'MapRunUpdated', mapRunArn: runArn, toleratedFailureCount: 0 });
    expect(ex).toMatchObject({ status: 'FAILED', error: 'States.ExceedToleratedFailureThreshold' });
    expect(ex.takeMapRunUpdates().mapRuns[0]).toMatchObject({ status: 'FAILED', toleratedFailureCount: 0 });
    expect((ex.history ?? []).map((e) => e.type).slice(-3)).toEqual(['MapRunFailed', 'MapStateFailed', 'ExecutionFailed']);
  });

  it('a redrive runs with limits updated after the run ended', async () => {
    const def = { StartAt: 'M', States: { M: distributedMap({ MaxConcurrency: 1 }, { Work: task('work') }, 'Work') } };
    const ex = coreExecution(def, items(3));
    const [c0] = invokes(await ex.start()) as [Invoke];
    await deliverAll(ex, [fail(c0)]);
    expect(ex.status).toBe('FAILED');
    const runArn = ex.takeMapRunUpdates().mapRuns[0]?.arn as string;
    expect(await ex.deliver({ kind: 'MapRunUpdated', mapRunArn: runArn, maxConcurrency: 5 })).toEqual([]);
    expect(ex.takeMapRunUpdates().mapRuns[0]).toMatchObject({ status: 'FAILED', maxConcurrency: 5 });
    expect(byItem(invokes(await ex.redrive(1)))).toEqual([0, 1, 2]);
  });
});

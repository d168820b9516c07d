import { expect, it } from 'vitest';
import type { MapRunRecord, Store } from '../../../src/store/types.js';
import { execArn, execution, step } from './fixtures.js';
import { useStore } from './harness.js';

const T0 = 1_700_000_000_000;
const PARENT = execArn('sm', 'parent');
const RUN = 'arn:aws:states:us-east-1:123456789012:mapRun:sm/fan:1';

function mapRun(overrides: Partial<MapRunRecord> = {}): MapRunRecord {
  return {
    arn: RUN, executionArn: PARENT, stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:sm/fan', status: 'RUNNING',
    startDate: T0, stopDate: null, maxConcurrency: 1, toleratedFailureCount: 0, toleratedFailurePercentage: 0, total: 2,
    redriveCount: 0, redriveDate: null, ...overrides,
  };
}

/** Map Runs written by steps (upserted), read by DescribeMapRun / ListMapRuns, tuned by UpdateMapRun; redrives. */
export function mapRunContract(makeStore: () => Store): void {
  const store = useStore(makeStore);

  it('a step upserts its Map Runs, redrive count and date included', () => {
    store().insertExecution(execution('sm', 'parent'));
    store().writeStep(step(PARENT, { mapRuns: [mapRun()] }));
    expect(store().getMapRun(RUN)).toEqual(mapRun());
    store().writeStep(step(PARENT, { mapRuns: [mapRun({ status: 'FAILED', stopDate: T0 + 5 })] }));
    store().writeStep(step(PARENT, { mapRuns: [mapRun({ redriveCount: 1, redriveDate: T0 + 9 })] }));
    expect(store().listMapRuns(PARENT)).toEqual([mapRun({ redriveCount: 1, redriveDate: T0 + 9 })]);
    expect(store().getMapRun(`${RUN}x`)).toBeUndefined();
  });

  it('updateMapRun changes the limits and keeps everything else', () => {
    store().insertExecution(execution('sm', 'parent'));
    store().writeStep(step(PARENT, { mapRuns: [mapRun({ redriveCount: 2, redriveDate: T0 + 1 })] }));
    store().updateMapRun(RUN, { maxConcurrency: 5, toleratedFailureCount: 3, toleratedFailurePercentage: 12.5 });
    expect(store().getMapRun(RUN)).toEqual(mapRun({ maxConcurrency: 5, toleratedFailureCount: 3, toleratedFailurePercentage: 12.5, redriveCount: 2, redriveDate: T0 + 1 }));
  });

  it('an execution update with `redrive` makes a child RUNNING again with its redrive count and date', () => {
    store().insertExecution(execution('sm', 'parent'));
    const child = execution('sm', 'child', { mapRunArn: RUN, parentExecutionArn: PARENT, status: 'FAILED', stopDate: T0 + 2, error: 'E', cause: 'c' });
    store().insertExecution(child);
    store().writeStep(step(PARENT, {
      executionUpdates: [{ arn: child.arn, fields: { status: 'RUNNING', stopDate: null, output: null, error: null, cause: null }, redrive: { redriveCount: 1, redriveDate: T0 + 7 } }],
    }));
    expect(store().getExecution(child.arn)).toEqual({ ...child, status: 'RUNNING', stopDate: null, error: null, cause: null, redriveCount: 1, redriveDate: T0 + 7 });
    expect(store().countMapRunExecutions(RUN)).toEqual({ RUNNING: 1 });
  });
}

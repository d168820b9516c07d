/** stateStatuses on hand-written GetExecutionHistory event lists. */
import { describe, expect, it } from 'vitest';
import { stateStatuses } from '../../console/src/graph/index.js';

type Ev = Record<string, unknown>;

/** Builds a linear history: ids from 1, each event following the previous one. */
function chain(...events: Ev[]): Ev[] {
  return events.map((e, i) => ({ id: i + 1, previousEventId: i, timestamp: 1_700_000_000 + i, ...e }));
}
const entered = (type: string, name: string, input: unknown = '{}'): Ev => ({ type: `${type}StateEntered`, stateEnteredEventDetails: { name, input } });
const exited = (type: string, name: string, output: unknown = '{}'): Ev => ({ type: `${type}StateExited`, stateExitedEventDetails: { name, output } });

describe('stateStatuses', () => {
  it('marks entered-and-exited states SUCCEEDED and keeps input, output, times and ids', () => {
    const s = stateStatuses(chain(
      { type: 'ExecutionStarted' }, entered('Pass', 'A', '{"a":1}'), exited('Pass', 'A', '{"b":2}'),
      entered('Succeed', 'Done'), exited('Succeed', 'Done'), { type: 'ExecutionSucceeded' },
    ));
    expect(s.get('A')).toEqual({
      stateName: 'A', status: 'SUCCEEDED', count: 1, statusCounts: { SUCCEEDED: 1 }, stateType: 'Pass',
      input: '{"a":1}', output: '{"b":2}', enteredAt: 1_700_000_001_000, exitedAt: 1_700_000_002_000,
      enteredEventId: 2, exitedEventId: 3,
    });
    expect(s.get('Done')?.status).toBe('SUCCEEDED');
    expect(s.has('Never')).toBe(false);
  });

  it('reports CAUGHT_ERROR for a state that failed and exited through Catch', () => {
    const s = stateStatuses(chain(
      { type: 'ExecutionStarted' }, entered('Task', 'Call'), { type: 'TaskScheduled' }, { type: 'TaskStarted' },
      { type: 'TaskFailed', taskFailedEventDetails: { error: 'Boom', cause: 'it broke' } },
      exited('Task', 'Call'), entered('Pass', 'Recover'), exited('Pass', 'Recover'), { type: 'ExecutionSucceeded' },
    ));
    expect(s.get('Call')).toMatchObject({ status: 'CAUGHT_ERROR', error: 'Boom', cause: 'it broke' });
    expect(s.get('Recover')?.status).toBe('SUCCEEDED');
  });

  it('treats a failure recovered by Retry as SUCCEEDED', () => {
    const s = stateStatuses(chain(
      { type: 'ExecutionStarted' }, entered('Task', 'Call'), { type: 'TaskScheduled' },
      { type: 'TaskFailed', taskFailedEventDetails: { error: 'Flaky' } }, { type: 'TaskScheduled' }, { type: 'TaskSucceeded' },
      exited('Task', 'Call'), { type: 'ExecutionSucceeded' },
    ));
    expect(s.get('Call')?.status).toBe('SUCCEEDED');
  });

  it('distinguishes in progress, failed and cancelled open states', () => {
    const start = [{ type: 'ExecutionStarted' }, entered('Pass', 'A'), exited('Pass', 'A'), entered('Wait', 'W')];
    expect(stateStatuses(chain(...start)).get('W')?.status).toBe('IN_PROGRESS');
    expect(stateStatuses(chain(...start)).get('A')?.status).toBe('SUCCEEDED');
    const failed = stateStatuses(chain(...start, { type: 'ExecutionTimedOut', executionTimedOutEventDetails: { error: 'States.Timeout' } }));
    expect(failed.get('W')).toMatchObject({ status: 'FAILED', error: 'States.Timeout' });
    expect(stateStatuses(chain(...start, { type: 'ExecutionAborted' })).get('W')?.status).toBe('CANCELLED');
  });

  it('fails a Fail state with the execution error', () => {
    const s = stateStatuses(chain(
      { type: 'ExecutionStarted' }, entered('Fail', 'Stop'),
      { type: 'ExecutionFailed', executionFailedEventDetails: { error: 'Custom', cause: 'why' } },
    ));
    expect(s.get('Stop')).toMatchObject({ status: 'FAILED', error: 'Custom', cause: 'why', stateType: 'Fail' });
  });

  it('aggregates interleaved Map iterations, pairing events through previousEventId', () => {
    // Two iterations run concurrently; iteration 0 finishes, iteration 1 is still working.
    const history = [
      { id: 1, previousEventId: 0, type: 'ExecutionStarted' },
      { id: 2, previousEventId: 1, ...entered('Map', 'M') },
      { id: 3, previousEventId: 2, type: 'MapStateStarted' },
      { id: 4, previousEventId: 3, type: 'MapIterationStarted' },
      { id: 5, previousEventId: 3, type: 'MapIterationStarted' },
      { id: 6, previousEventId: 4, ...entered('Task', 'Work', '"i0"') },
      { id: 7, previousEventId: 5, ...entered('Task', 'Work', '"i1"') },
      { id: 8, previousEventId: 6, ...exited('Task', 'Work', '"o0"') },
      { id: 9, previousEventId: 8, type: 'MapIterationSucceeded' },
    ];
    const s = stateStatuses(history);
    expect(s.get('Work')).toMatchObject({
      status: 'IN_PROGRESS', count: 2, statusCounts: { SUCCEEDED: 1, IN_PROGRESS: 1 }, input: '"i1"', output: '"o0"', exitedEventId: 8,
    });
    expect(s.get('M')?.status).toBe('IN_PROGRESS');
  });

  it('fails the inner state but marks a Map that caught the failure CAUGHT_ERROR', () => {
    const s = stateStatuses(chain(
      { type: 'ExecutionStarted' }, entered('Map', 'M'), { type: 'MapStateStarted' }, { type: 'MapIterationStarted' },
      entered('Pass', 'Ok'), exited('Pass', 'Ok'), entered('Fail', 'Bad'), { type: 'MapIterationFailed' },
      { type: 'MapStateFailed' }, exited('Map', 'M'), entered('Pass', 'After'), exited('Pass', 'After'),
      { type: 'ExecutionSucceeded' },
    ));
    expect(s.get('Bad')?.status).toBe('FAILED');
    expect(s.get('Ok')?.status).toBe('SUCCEEDED');
    expect(s.get('M')?.status).toBe('CAUGHT_ERROR');
    expect(s.get('After')?.status).toBe('SUCCEEDED');
  });

  it('works without ids, with any timestamp form, and ignores junk', () => {
    const s = stateStatuses([
      { type: 'PassStateEntered', timestamp: '2024-05-01T10:00:00.000Z', stateEnteredEventDetails: { name: 'A' } },
      { type: 'PassStateExited', timestamp: new Date(Date.UTC(2024, 4, 1, 10, 0, 1)), stateExitedEventDetails: { name: 'A' } },
      { type: 'PassStateEntered', timestamp: 1_714_557_602_000, stateEnteredEventDetails: { name: 'B' } },
      null, 5, { type: 7 }, { noType: true },
    ]);
    expect(s.get('A')).toMatchObject({ status: 'SUCCEEDED', enteredAt: Date.UTC(2024, 4, 1, 10), exitedAt: Date.UTC(2024, 4, 1, 10, 0, 1) });
    expect(s.get('B')).toMatchObject({ status: 'IN_PROGRESS', enteredAt: 1_714_557_602_000 });
    expect(stateStatuses(undefined).size).toBe(0);
    expect(stateStatuses([]).size).toBe(0);
  });
});

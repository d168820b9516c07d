import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../console/src/api/types.js';
import { executionSteps } from '../../console/src/pages/execution-steps.js';

let id = 0;
const ev = (type: string, details: Record<string, unknown> = {}, key?: string): HistoryEvent => {
  id += 1;
  const name = key ?? `${type.charAt(0).toLowerCase()}${type.slice(1)}EventDetails`;
  return { id, previousEventId: id - 1, type, timestamp: 1000 + id, [name]: details };
};
const entered = (type: string, name: string, input = '{}') => ev(`${type}StateEntered`, { name, input }, 'stateEnteredEventDetails');
const exited = (type: string, name: string, output = '{}') => ev(`${type}StateExited`, { name, output }, 'stateExitedEventDetails');

describe('executionSteps (table view and step inspector)', () => {
  it('pairs entries and exits; a failure retried to success is Succeeded, one caught is Caught error', () => {
    id = 0;
    const history = [
      ev('ExecutionStarted', { input: '{}' }),
      entered('Task', 'Charge', '{"n":1}'),
      ev('TaskScheduled', { resource: 'lambda:invoke', parameters: '{"p":1}' }),
      ev('TaskFailed', { error: 'Busy', cause: 'try later' }),
      ev('TaskScheduled', { resource: 'lambda:invoke', parameters: '{"p":1}' }),
      ev('TaskSucceeded', { output: '{"ok":true}' }),
      exited('Task', 'Charge', '{"ok":true}'),
      entered('Task', 'Ship'),
      ev('TaskScheduled', { resource: 'sns:publish', parameters: '{}' }),
      ev('TaskFailed', { error: 'NoRoute', cause: 'nowhere' }),
      exited('Task', 'Ship', '{"Error":"NoRoute"}'),
      entered('Fail', 'Stop'),
      ev('ExecutionFailed', { error: 'Stopped', cause: 'bye' }),
    ];
    const steps = executionSteps(history);
    expect(steps.map((s) => [s.name, s.type, s.status])).toEqual([['Charge', 'Task', 'SUCCEEDED'], ['Ship', 'Task', 'CAUGHT_ERROR'], ['Stop', 'Fail', 'FAILED']]);
    expect(steps[0]).toMatchObject({ input: '{"n":1}', output: '{"ok":true}', resourceInput: '{"p":1}', resourceResult: '{"ok":true}', resource: 'lambda:invoke' });
    expect(steps[0]?.error).toBeUndefined();
    expect(steps[1]).toMatchObject({ error: 'NoRoute', cause: 'nowhere' });
    expect(steps[2]).toMatchObject({ error: 'Stopped', cause: 'bye' });
  });

  it('a state still open when the execution is aborted is Cancelled; while running it is In progress', () => {
    id = 0;
    const running = [ev('ExecutionStarted'), entered('Wait', 'Nap')];
    expect(executionSteps(running).map((s) => s.status)).toEqual(['IN_PROGRESS']);
    expect(executionSteps([...running, ev('ExecutionAborted')]).map((s) => s.status)).toEqual(['CANCELLED']);
  });
});

import { describe, expect, it } from 'vitest';
import { dataFlow } from '../../console/src/pages/data-flow.js';
import type { Step } from '../../console/src/pages/execution-steps.js';

const step = (over: Partial<Step>): Step => ({ name: 'S', type: 'Pass', enteredId: 2, enteredAt: 0, status: 'SUCCEEDED', events: [], ...over });
const values = (stages: ReturnType<typeof dataFlow>) => stages.map((s) => [s.field, s.value === undefined ? undefined : JSON.parse(s.value)]);

describe('dataFlow (the step inspector)', () => {
  it('replays InputPath → Parameters → Result → ResultPath → OutputPath of a Pass state with the core evaluators', () => {
    const state = { Type: 'Pass', InputPath: '$.order', Parameters: { 'id.$': '$.id', fixed: 1 }, ResultPath: '$.copy', OutputPath: '$.copy' };
    const stages = dataFlow(state, step({ input: '{"order":{"id":7,"x":true}}', output: '{"id":7,"fixed":1}' }), false);
    expect(values(stages)).toEqual([
      ['State input', { order: { id: 7, x: true } }],
      ['InputPath', { id: 7, x: true }],
      ['Parameters', { id: 7, fixed: 1 }],
      ['Result', { id: 7, fixed: 1 }],
      ['ResultPath', { order: { id: 7, x: true }, copy: { id: 7, fixed: 1 } }],
      ['OutputPath', { id: 7, fixed: 1 }],
      ['State output', { id: 7, fixed: 1 }],
    ]);
  });

  it('uses what a Task sent and got back, then applies ResultSelector and ResultPath', () => {
    const state = { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { 'Payload.$': '$' }, ResultSelector: { 'body.$': '$.Payload' }, ResultPath: '$.r' };
    const stages = dataFlow(state, step({ type: 'Task', input: '{"a":1}', resourceInput: '{"Payload":{"a":1}}', resourceResult: '{"Payload":"ok","StatusCode":200}', output: '{"a":1,"r":{"body":"ok"}}' }), false);
    expect(values(stages)).toEqual([
      ['State input', { a: 1 }],
      ['Parameters', { Payload: { a: 1 } }],
      ['Task result', { Payload: 'ok', StatusCode: 200 }],
      ['ResultSelector', { body: 'ok' }],
      ['ResultPath', { a: 1, r: { body: 'ok' } }],
      ['State output', { a: 1, r: { body: 'ok' } }],
    ]);
  });

  it('shows a stage that needs the context object by its expression, with no guessed value', () => {
    const stages = dataFlow({ Type: 'Pass', Parameters: { 'when.$': '$$.Execution.StartTime' } }, step({ input: '{}', output: '{"when":"x"}' }), false);
    const parameters = stages.find((s) => s.field === 'Parameters');
    expect(parameters?.value).toBeUndefined();
    expect(parameters?.expression).toBe('{"when.$":"$$.Execution.StartTime"}');
    expect(parameters?.note).toMatch(/context object/);
  });

  it('JSONata: Arguments and Output with the recorded values', () => {
    const stages = dataFlow({ Type: 'Task', Arguments: { n: '{% $states.input.n %}' }, Output: '{% $states.result %}' },
      step({ type: 'Task', input: '{"n":2}', resourceInput: '{"n":2}', resourceResult: '4', output: '4' }), true);
    expect(values(stages)).toEqual([['State input', { n: 2 }], ['Arguments', { n: 2 }], ['Result ($states.result)', 4], ['Output', 4]]);
    expect(stages[3]?.expression).toBe('{% $states.result %}');
  });
});

import { describe, expect, it } from 'vitest';
import { addState, DesignerError, listStates, type AslDoc } from '../../console/src/designer/model/index.js';
import { frozen, expectExact } from './designer-helpers.js';

const flow = (): AslDoc => frozen({
  Comment: 'c',
  StartAt: 'A',
  States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', End: true } },
});

describe('addState: append', () => {
  it('appends after the last End state, with a unique name', () => {
    const { doc, name } = addState(flow(), 'Pass');
    expect(name).toBe('Pass');
    expectExact(doc, {
      Comment: 'c', StartAt: 'A',
      States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'Pass' }, Pass: { Type: 'Pass', End: true } },
    });
    const again = addState(doc, 'Pass');
    expect(again.name).toBe('Pass 1');
    expect(addState(again.doc, 'Pass').name).toBe('Pass 2');
  });

  it('becomes StartAt of an empty machine', () => {
    expectExact(addState(frozen({ States: {} }), 'Wait').doc, { StartAt: 'Wait', States: { Wait: { Type: 'Wait', Seconds: 5, End: true } } });
    expectExact(addState(frozen({}), 'Succeed').doc, { StartAt: 'Succeed', States: { Succeed: { Type: 'Succeed' } } });
  });

  it('uses a given name, refusing taken or empty ones', () => {
    expect(addState(flow(), 'Pass', { name: 'Z' }).name).toBe('Z');
    expect(() => addState(flow(), 'Pass', { name: 'A' })).toThrow(DesignerError);
    expect(() => addState(flow(), 'Pass', { name: 'A' })).toThrow('A state named "A" already exists.');
    expect(() => addState(flow(), 'Pass', { name: '' })).toThrow(DesignerError);
    expect(() => addState(flow(), 'Pass', { name: 'x'.repeat(81) })).toThrow(DesignerError);
  });

  it('gives each type AWS-valid JSONPath defaults', () => {
    const states = (type: Parameters<typeof addState>[1]): unknown => (addState(frozen({ States: {} }), type).doc.States as Record<string, unknown>)[type];
    expectExact(states('Task'), { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'my-function', 'Payload.$': '$' }, End: true });
    expectExact(states('Fail'), { Type: 'Fail', Error: 'Failed', Cause: 'Describe what went wrong' });
    expectExact(states('Choice'), { Type: 'Choice', Choices: [] });
    expectExact(states('Parallel'), { Type: 'Parallel', Branches: [{ StartAt: 'Pass', States: { Pass: { Type: 'Pass', End: true } } }], End: true });
    expectExact(states('Map'), {
      Type: 'Map', ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'Pass', States: { Pass: { Type: 'Pass', End: true } } }, End: true,
    });
  });

  it('uses JSONata defaults in a JSONata machine, and names nested states uniquely', () => {
    const doc = frozen({ QueryLanguage: 'JSONata', StartAt: 'Pass', States: { Pass: { Type: 'Pass', End: true } } });
    const task = addState(doc, 'Task').doc;
    expectExact((task.States as Record<string, unknown>).Task, {
      Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Arguments: { FunctionName: 'my-function', Payload: '{% $states.input %}' }, End: true,
    });
    const par = addState(doc, 'Parallel');
    expect(listStates(par.doc).map((s) => s.name)).toEqual(['Pass', 'Parallel', 'Pass 1']);
  });

  it('appends into a nested scope', () => {
    const doc = frozen({ StartAt: 'M', States: { M: { Type: 'Map', ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } }, End: true } } });
    const out = addState(doc, 'Succeed', { scope: [{ state: 'M' }] }).doc;
    expectExact(out, {
      StartAt: 'M',
      States: { M: { Type: 'Map', ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', Next: 'Succeed' }, Succeed: { Type: 'Succeed' } } }, End: true } },
    });
    expect(() => addState(doc, 'Pass', { scope: [{ state: 'M', branch: 0 }] })).toThrow(DesignerError);
  });
});

describe('addState: after', () => {
  it('takes the place of the state after X in the flow', () => {
    expectExact(addState(flow(), 'Wait', { after: 'A' }).doc, {
      Comment: 'c', StartAt: 'A',
      States: { A: { Type: 'Pass', Next: 'Wait' }, Wait: { Type: 'Wait', Seconds: 5, Next: 'B' }, B: { Type: 'Pass', End: true } },
    });
  });

  it('moves End from X to the new state', () => {
    expectExact(addState(flow(), 'Pass', { after: 'B' }).doc.States, {
      A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'Pass' }, Pass: { Type: 'Pass', End: true },
    });
  });

  it('gives a new Choice the old successor as Default', () => {
    expectExact(addState(flow(), 'Choice', { after: 'A' }).doc.States, {
      A: { Type: 'Pass', Next: 'Choice' }, Choice: { Type: 'Choice', Choices: [], Default: 'B' }, B: { Type: 'Pass', End: true },
    });
  });

  it('lets a terminal state end the flow, leaving the old successor in place', () => {
    expectExact(addState(flow(), 'Succeed', { after: 'A' }).doc.States, {
      A: { Type: 'Pass', Next: 'Succeed' }, Succeed: { Type: 'Succeed' }, B: { Type: 'Pass', End: true },
    });
  });

  it('inserts on the Default path of a Choice', () => {
    const doc = frozen({ StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ Variable: '$.a', IsPresent: true, Next: 'D' }], Default: 'D' }, D: { Type: 'Succeed' } } });
    expectExact(addState(doc, 'Pass', { after: 'C' }).doc.States, {
      C: { Type: 'Choice', Choices: [{ Variable: '$.a', IsPresent: true, Next: 'D' }], Default: 'Pass' }, Pass: { Type: 'Pass', Next: 'D' }, D: { Type: 'Succeed' },
    });
  });

  it('refuses to add after Succeed/Fail or an unknown state', () => {
    const doc = frozen({ StartAt: 'S', States: { S: { Type: 'Succeed' } } });
    expect(() => addState(doc, 'Pass', { after: 'S' })).toThrow('Nothing can follow "S": a Succeed state ends the flow.');
    expect(() => addState(doc, 'Pass', { after: 'X' })).toThrow(DesignerError);
    expect(() => addState(flow(), 'Pass', { after: 'A', scope: [{ state: 'A' }] })).toThrow(DesignerError);
  });

  it('works inside a Parallel branch', () => {
    const doc = frozen({ StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', End: true } } }], End: true } } });
    const out = addState(doc, 'Pass', { after: 'X' });
    expect(out.name).toBe('Pass');
    expectExact(out.doc, {
      StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', Next: 'Pass' }, Pass: { Type: 'Pass', End: true } } }], End: true } },
    });
  });
});

import { describe, expect, it } from 'vitest';
import { deleteState, DesignerError, renameState, type AslDoc } from '../../console/src/designer/model/index.js';
import { frozen, expectExact } from './designer-helpers.js';

const machine = (): AslDoc => frozen({
  StartAt: 'A',
  States: {
    A: { Type: 'Pass', Next: 'B' },
    B: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'F' }], Next: 'C' },
    C: {
      Type: 'Choice',
      Choices: [{ Variable: '$.x', NumericEquals: 1, Next: 'D' }, { Not: { Variable: '$.x', IsPresent: true }, Next: 'F' }],
      Default: 'D',
    },
    D: { Type: 'Succeed' },
    F: { Type: 'Fail', Error: 'E' },
  },
});

describe('renameState', () => {
  it('renames in place and updates every reference', () => {
    expectExact(renameState(machine(), 'D', 'Done'), {
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Next: 'B' },
        B: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'F' }], Next: 'C' },
        C: {
          Type: 'Choice',
          Choices: [{ Variable: '$.x', NumericEquals: 1, Next: 'Done' }, { Not: { Variable: '$.x', IsPresent: true }, Next: 'F' }],
          Default: 'Done',
        },
        Done: { Type: 'Succeed' },
        F: { Type: 'Fail', Error: 'E' },
      },
    });
    const renamed = renameState(machine(), 'A', 'Start');
    expect(renamed.StartAt).toBe('Start');
    expect(Object.keys(renamed.States as object)).toEqual(['Start', 'B', 'C', 'D', 'F']);
    expect(renameState(machine(), 'F', 'Oops').States).toMatchObject({ B: { Catch: [{ Next: 'Oops' }] }, C: { Choices: [{}, { Next: 'Oops' }] } });
  });

  it('renames inside nested scopes only', () => {
    const doc = frozen({
      StartAt: 'P',
      States: { P: { Type: 'Parallel', Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', Next: 'Y' }, Y: { Type: 'Pass', End: true } } }], End: true } },
    });
    expectExact(renameState(doc, 'Y', 'Z'), {
      StartAt: 'P',
      States: { P: { Type: 'Parallel', Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', Next: 'Z' }, Z: { Type: 'Pass', End: true } } }], End: true } },
    });
  });

  it('refuses clashes, empty names and unknown states; same name is a no-op', () => {
    expect(() => renameState(machine(), 'A', 'B')).toThrow('A state named "B" already exists.');
    expect(() => renameState(machine(), 'A', '')).toThrow(DesignerError);
    expect(() => renameState(machine(), 'Q', 'R')).toThrow('There is no state named "Q".');
    const doc = machine();
    expect(renameState(doc, 'A', 'A')).toBe(doc);
  });
});

describe('deleteState', () => {
  it('reconnects predecessors to the successor', () => {
    expectExact(deleteState(machine(), 'B').States, {
      A: { Type: 'Pass', Next: 'C' },
      C: {
        Type: 'Choice',
        Choices: [{ Variable: '$.x', NumericEquals: 1, Next: 'D' }, { Not: { Variable: '$.x', IsPresent: true }, Next: 'F' }],
        Default: 'D',
      },
      D: { Type: 'Succeed' },
      F: { Type: 'Fail', Error: 'E' },
    });
  });

  it('moves StartAt to the successor', () => {
    const out = deleteState(machine(), 'A');
    expect(out.StartAt).toBe('B');
    expect(Object.keys(out.States as object)).toEqual(['B', 'C', 'D', 'F']);
  });

  it('removes rules, catchers and Default that led to a terminal state', () => {
    expectExact(deleteState(machine(), 'F').States, {
      A: { Type: 'Pass', Next: 'B' },
      B: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'C' },
      C: { Type: 'Choice', Choices: [{ Variable: '$.x', NumericEquals: 1, Next: 'D' }], Default: 'D' },
      D: { Type: 'Succeed' },
    });
    expectExact(deleteState(machine(), 'D').States, {
      A: { Type: 'Pass', Next: 'B' },
      B: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'F' }], Next: 'C' },
      C: { Type: 'Choice', Choices: [{ Not: { Variable: '$.x', IsPresent: true }, Next: 'F' }] },
      F: { Type: 'Fail', Error: 'E' },
    });
  });

  it('ends the flow at predecessors of an End state', () => {
    const doc = frozen({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B', Comment: 'x' }, B: { Type: 'Pass', End: true } } });
    expectExact(deleteState(doc, 'B'), { StartAt: 'A', States: { A: { Type: 'Pass', End: true, Comment: 'x' } } });
  });

  it('routes through a deleted Choice to its Default', () => {
    expectExact(deleteState(machine(), 'C').States, {
      A: { Type: 'Pass', Next: 'B' },
      B: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'F' }], Next: 'D' },
      D: { Type: 'Succeed' },
      F: { Type: 'Fail', Error: 'E' },
    });
  });

  it('drops StartAt when the scope becomes empty, and handles self-loops', () => {
    expectExact(deleteState(frozen({ StartAt: 'A', States: { A: { Type: 'Succeed' } } }), 'A'), { States: {} });
    const loop = frozen({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'A' }, B: { Type: 'Pass', End: true } } });
    expectExact(deleteState(loop, 'A'), { StartAt: 'B', States: { B: { Type: 'Pass', End: true } } });
  });

  it('deletes nested states and a Parallel with its branches', () => {
    const doc = frozen({
      StartAt: 'P',
      States: {
        P: { Type: 'Parallel', Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', Next: 'Y' }, Y: { Type: 'Pass', End: true } } }], Next: 'Z' },
        Z: { Type: 'Succeed' },
      },
    });
    expectExact(deleteState(doc, 'X'), {
      StartAt: 'P',
      States: { P: { Type: 'Parallel', Branches: [{ StartAt: 'Y', States: { Y: { Type: 'Pass', End: true } } }], Next: 'Z' }, Z: { Type: 'Succeed' } },
    });
    expectExact(deleteState(doc, 'P'), { StartAt: 'Z', States: { Z: { Type: 'Succeed' } } });
    expect(() => deleteState(doc, 'nope')).toThrow(DesignerError);
  });
});

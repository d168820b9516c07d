import { describe, expect, it } from 'vitest';
import {
  addChoiceRule, connect, DesignerError, moveChoiceRule, removeChoiceRule, setStartAt, setTransition, updateChoiceRule, type AslDoc,
} from '../../console/src/designer/model/index.js';
import { frozen, expectExact } from './designer-helpers.js';

const machine = (language?: 'JSONata'): AslDoc => frozen({
  ...(language ? { QueryLanguage: language } : {}),
  StartAt: 'A',
  States: {
    A: { Type: 'Pass', End: true, Comment: 'a' },
    C: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'A' }] },
    T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'A' }], Next: 'S' },
    S: { Type: 'Succeed' },
    P: { Type: 'Parallel', Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', End: true } } }], End: true },
  },
});
const states = (doc: AslDoc): Record<string, unknown> => doc.States as Record<string, unknown>;

describe('setTransition', () => {
  it('sets Next in place of End and back', () => {
    const linked = setTransition(machine(), 'A', { kind: 'next' }, 'S');
    expectExact(states(linked).A, { Type: 'Pass', Next: 'S', Comment: 'a' });
    expectExact(states(setTransition(linked, 'A', { kind: 'next' }, null)).A, { Type: 'Pass', End: true, Comment: 'a' });
  });

  it('sets and removes Default', () => {
    const doc = setTransition(machine(), 'C', { kind: 'default' }, 'S');
    expectExact(states(doc).C, { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'A' }], Default: 'S' });
    expectExact(states(setTransition(doc, 'C', { kind: 'default' }, null)).C, { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'A' }] });
  });

  it('retargets or removes a rule and a catcher', () => {
    expectExact(states(setTransition(machine(), 'C', { kind: 'choice', index: 0 }, 'S')).C, {
      Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'S' }],
    });
    expectExact(states(setTransition(machine(), 'C', { kind: 'choice', index: 0 }, null)).C, { Type: 'Choice', Choices: [] });
    expectExact(states(setTransition(machine(), 'T', { kind: 'catch', index: 0 }, 'S')).T, {
      Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'S' }], Next: 'S',
    });
    expectExact(states(setTransition(machine(), 'T', { kind: 'catch', index: 0 }, null)).T, {
      Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'S',
    });
  });

  it('refuses impossible requests', () => {
    expect(() => setTransition(machine(), 'S', { kind: 'next' }, 'A')).toThrow(DesignerError);
    expect(() => setTransition(machine(), 'A', { kind: 'default' }, 'S')).toThrow(DesignerError);
    expect(() => setTransition(machine(), 'C', { kind: 'choice', index: 3 }, 'S')).toThrow('"C" has no Choices entry 4.');
    expect(() => setTransition(machine(), 'A', { kind: 'next' }, 'X')).toThrow('"A" cannot lead to "X": they are in different scopes.');
    expect(() => setTransition(machine(), 'A', { kind: 'next' }, 'Q')).toThrow('There is no state named "Q".');
  });
});

describe('connect', () => {
  it('sets Next for ordinary states', () => {
    expectExact(states(connect(machine(), 'P', 'A')).P, {
      Type: 'Parallel', Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', End: true } } }], Next: 'A',
    });
  });

  it('adds a placeholder rule to a Choice, per language', () => {
    expectExact(states(connect(machine(), 'C', 'S')).C, {
      Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'A' }, { Variable: '$.value', StringEquals: 'S', Next: 'S' }],
    });
    const jsonata = frozen({ QueryLanguage: 'JSONata', StartAt: 'C', States: { C: { Type: 'Choice', Choices: [] }, S: { Type: 'Succeed' } } });
    expectExact(states(connect(jsonata, 'C', 'S')).C, { Type: 'Choice', Choices: [{ Condition: '{% true %}', Next: 'S' }] });
  });

  it('refuses terminal states', () => {
    expect(() => connect(machine(), 'S', 'A')).toThrow('"S" is a Succeed state: it ends the flow and cannot lead anywhere.');
  });
});

describe('setStartAt', () => {
  it('sets StartAt of a scope', () => {
    expect(setStartAt(machine(), [], 'C').StartAt).toBe('C');
    const noStart = setStartAt(frozen({ States: { A: { Type: 'Succeed' } } }), [], 'A');
    expectExact(noStart, { StartAt: 'A', States: { A: { Type: 'Succeed' } } });
    expect(() => setStartAt(machine(), [], 'X')).toThrow(DesignerError);
    expect(() => setStartAt(machine(), [{ state: 'P', branch: 1 }], 'X')).toThrow(DesignerError);
  });
});

describe('choice rules', () => {
  it('adds a rule to the given target, the Default, or the first other state', () => {
    const out = addChoiceRule(machine(), 'C', 'S');
    expect(out.index).toBe(1);
    expect((states(out.doc).C as { Choices: unknown[] }).Choices[1]).toEqual({ Variable: '$.value', StringEquals: 'S', Next: 'S' });
    expect((states(addChoiceRule(machine(), 'C').doc).C as { Choices: unknown[] }).Choices[1]).toEqual({ Variable: '$.value', StringEquals: 'A', Next: 'A' });
    expect(() => addChoiceRule(machine(), 'A', 'S')).toThrow(DesignerError);
  });

  it('removes, updates and moves rules', () => {
    const two = addChoiceRule(machine(), 'C', 'S').doc;
    expectExact(states(removeChoiceRule(two, 'C', 0)).C, { Type: 'Choice', Choices: [{ Variable: '$.value', StringEquals: 'S', Next: 'S' }] });
    expectExact(states(updateChoiceRule(two, 'C', 1, { Variable: '$.y', BooleanEquals: true, Next: 'S' })).C, {
      Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'A' }, { Variable: '$.y', BooleanEquals: true, Next: 'S' }],
    });
    expectExact(states(moveChoiceRule(two, 'C', 1, 0)).C, {
      Type: 'Choice', Choices: [{ Variable: '$.value', StringEquals: 'S', Next: 'S' }, { Variable: '$.x', IsPresent: true, Next: 'A' }],
    });
    expect(() => removeChoiceRule(two, 'C', 2)).toThrow(DesignerError);
  });
});

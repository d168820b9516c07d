import { describe, expect, it } from 'vitest';
import {
  addBranch, addCatcher, addRetrier, DesignerError, removeBranch, removeCatcher, removeRetrier, setQueryLanguage, setStateField, type AslDoc,
} from '../../console/src/designer/model/index.js';
import { frozen, expectExact } from './designer-helpers.js';

const machine = (): AslDoc => frozen({
  Comment: 'm',
  StartAt: 'W',
  States: {
    W: { Type: 'Wait', Seconds: 5, Next: 'T' },
    T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'P', 'x-custom': 1 },
    P: { Type: 'Parallel', Branches: [{ StartAt: 'Pass', States: { Pass: { Type: 'Pass', End: true } } }], End: true },
  },
});
const states = (doc: AslDoc): Record<string, unknown> => doc.States as Record<string, unknown>;

describe('setStateField', () => {
  it('sets a new field before the transition, keeps existing ones in place, deletes with undefined', () => {
    const doc = setStateField(machine(), 'T', 'TimeoutSeconds', 30);
    expectExact(states(doc).T, { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', TimeoutSeconds: 30, Next: 'P', 'x-custom': 1 });
    expectExact(states(setStateField(doc, 'T', 'Resource', 'arn:aws:states:::sns:publish')).T, {
      Type: 'Task', Resource: 'arn:aws:states:::sns:publish', TimeoutSeconds: 30, Next: 'P', 'x-custom': 1,
    });
    expectExact(states(setStateField(doc, 'T', 'TimeoutSeconds', undefined)).T, states(machine()).T);
  });

  it('replaces mutually exclusive fields in place', () => {
    expectExact(states(setStateField(machine(), 'W', 'TimestampPath', '$.at')).W, { Type: 'Wait', TimestampPath: '$.at', Next: 'T' });
    expectExact(states(setStateField(machine(), 'P', 'Next', 'W')).P, {
      Type: 'Parallel', Branches: [{ StartAt: 'Pass', States: { Pass: { Type: 'Pass', End: true } } }], Next: 'W',
    });
  });

  it('refuses unknown states', () => {
    expect(() => setStateField(machine(), 'Q', 'Comment', 'x')).toThrow(DesignerError);
  });
});

describe('setQueryLanguage', () => {
  it('sets the machine language before StartAt, or removes it', () => {
    const doc = setQueryLanguage(machine(), null, 'JSONata');
    expect(Object.keys(doc)).toEqual(['Comment', 'QueryLanguage', 'StartAt', 'States']);
    expectExact(setQueryLanguage(doc, null, undefined), machine());
  });

  it('sets a state language right after Type (or Comment)', () => {
    expectExact(states(setQueryLanguage(machine(), 'W', 'JSONata')).W, { Type: 'Wait', QueryLanguage: 'JSONata', Seconds: 5, Next: 'T' });
    const doc = setQueryLanguage(machine(), 'W', 'JSONata');
    expectExact(states(setQueryLanguage(doc, 'W', 'JSONPath')).W, { Type: 'Wait', QueryLanguage: 'JSONPath', Seconds: 5, Next: 'T' });
    expectExact(states(setQueryLanguage(doc, 'W', undefined)).W, { Type: 'Wait', Seconds: 5, Next: 'T' });
  });
});

describe('catchers and retriers', () => {
  it('adds catchers, keeping States.ALL last', () => {
    const one = addCatcher(machine(), 'T', 'P');
    expect(one.index).toBe(0);
    expectExact(states(one.doc).T, {
      Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'P' }], Next: 'P', 'x-custom': 1,
    });
    const two = addCatcher(one.doc, 'T', 'W');
    expect(two.index).toBe(0);
    expect((states(two.doc).T as { Catch: unknown }).Catch).toEqual([{ ErrorEquals: ['States.TaskFailed'], Next: 'W' }, { ErrorEquals: ['States.ALL'], Next: 'P' }]);
    expect(addCatcher(machine(), 'T').doc).toEqual(addCatcher(machine(), 'T', 'W').doc);
    expectExact(states(removeCatcher(two.doc, 'T', 1)).T, {
      Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Catch: [{ ErrorEquals: ['States.TaskFailed'], Next: 'W' }], Next: 'P', 'x-custom': 1,
    });
    expectExact(states(removeCatcher(one.doc, 'T', 0)).T, states(machine()).T);
  });

  it('adds and removes retriers before Catch', () => {
    const caught = addCatcher(machine(), 'T', 'P').doc;
    const out = addRetrier(caught, 'T');
    expectExact(states(out.doc).T, {
      Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke',
      Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2 }],
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'P' }], Next: 'P', 'x-custom': 1,
    });
    const custom = addRetrier(out.doc, 'T', { ErrorEquals: ['Custom'], MaxAttempts: 1 });
    expect(custom.index).toBe(0);
    expectExact(states(removeRetrier(removeRetrier(custom.doc, 'T', 0), 'T', 0)).T, states(caught).T);
  });

  it('refuses states without error handling and bad indexes', () => {
    expect(() => addRetrier(machine(), 'W')).toThrow('"W" is a Wait state; only Task, Parallel, Map states have retriers.');
    expect(() => addCatcher(machine(), 'W', 'T')).toThrow(DesignerError);
    expect(() => removeCatcher(machine(), 'T', 0)).toThrow(DesignerError);
  });
});

describe('branches', () => {
  it('adds a branch with a uniquely named Pass and removes it', () => {
    const out = addBranch(machine(), 'P');
    expect(out).toMatchObject({ index: 1, name: 'Pass 1' });
    expectExact(states(out.doc).P, {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'Pass', States: { Pass: { Type: 'Pass', End: true } } },
        { StartAt: 'Pass 1', States: { 'Pass 1': { Type: 'Pass', End: true } } },
      ],
      End: true,
    });
    expectExact(removeBranch(out.doc, 'P', 1), machine());
  });

  it('refuses to remove the last branch', () => {
    expect(() => removeBranch(machine(), 'P', 0)).toThrow('"P" needs at least one branch; delete the state instead.');
    expect(() => addBranch(machine(), 'T')).toThrow(DesignerError);
  });
});

import { describe, expect, it } from 'vitest';
import {
  diagnosticsByState, findState, listStates, queryLanguageOf, stateNameAtPointer, transitionsOf, type AslDoc, type Diagnostic,
} from '../../console/src/designer/model/index.js';

const nested: AslDoc = {
  StartAt: 'P',
  States: {
    P: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'B1', States: { B1: { Type: 'Pass', End: true } } },
        { StartAt: 'B2', QueryLanguage: 'JSONata', States: { B2: { Type: 'Pass', End: true } } },
      ],
      Next: 'M',
    },
    M: { Type: 'Map', Iterator: { StartAt: 'I', States: { I: { Type: 'Pass', QueryLanguage: 'JSONata', End: true } } }, Next: 'C' },
    C: {
      Type: 'Choice',
      Choices: [{ Variable: '$.x', IsPresent: true, Next: 'M', Comment: 'has x' }, { Not: { Variable: '$.y', IsNull: true }, Next: 'P' }],
      Default: 'Done',
    },
    Done: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Catch: [{ ErrorEquals: ['A', 'B'], Next: 'C' }], End: true },
  },
};

describe('listStates / findState', () => {
  it('lists every state depth first with its scope', () => {
    expect(listStates(nested).map((s) => [s.name, s.type, s.scope])).toEqual([
      ['P', 'Parallel', []],
      ['B1', 'Pass', [{ state: 'P', branch: 0 }]],
      ['B2', 'Pass', [{ state: 'P', branch: 1 }]],
      ['M', 'Map', []],
      ['I', 'Pass', [{ state: 'M' }]],
      ['C', 'Choice', []],
      ['Done', 'Task', []],
    ]);
  });

  it('finds states in any scope', () => {
    expect(findState(nested, 'I')).toEqual({ name: 'I', type: 'Pass', scope: [{ state: 'M' }], state: { Type: 'Pass', QueryLanguage: 'JSONata', End: true } });
    expect(findState(nested, 'nope')).toBeUndefined();
  });

  it('tolerates broken documents', () => {
    expect(listStates({})).toEqual([]);
    expect(listStates({ States: { A: 3, B: { Type: 'Pass' } } }).map((s) => s.name)).toEqual(['B']);
  });
});

describe('queryLanguageOf', () => {
  it('resolves state, branch, then machine, then JSONPath', () => {
    expect(queryLanguageOf(nested, 'B1')).toBe('JSONPath');
    expect(queryLanguageOf(nested, 'B2')).toBe('JSONata');
    expect(queryLanguageOf(nested, 'I')).toBe('JSONata');
    const jsonata = { ...nested, QueryLanguage: 'JSONata' };
    expect(queryLanguageOf(jsonata, 'P')).toBe('JSONata');
    expect(queryLanguageOf(jsonata, 'B1')).toBe('JSONata');
  });
});

describe('transitionsOf', () => {
  it('lists Next, rules, Default and catchers', () => {
    expect(transitionsOf((nested.States as Record<string, Record<string, unknown>>).C ?? {})).toEqual([
      { slot: { kind: 'choice', index: 0 }, target: 'M', label: 'has x' },
      { slot: { kind: 'choice', index: 1 }, target: 'P', label: 'Rule 2' },
      { slot: { kind: 'default' }, target: 'Done', label: 'Default' },
    ]);
    expect(transitionsOf({ Type: 'Task', Catch: [{ ErrorEquals: ['A', 'B'], Next: 'C' }], Next: 'X' })).toEqual([
      { slot: { kind: 'next' }, target: 'X', label: '' },
      { slot: { kind: 'catch', index: 0 }, target: 'C', label: 'A, B' },
    ]);
    expect(transitionsOf({ Type: 'Pass', End: true })).toEqual([]);
  });
});

describe('diagnostics', () => {
  it('maps pointers to the innermost state', () => {
    expect(stateNameAtPointer(nested, '')).toBeUndefined();
    expect(stateNameAtPointer(nested, '/StartAt')).toBeUndefined();
    expect(stateNameAtPointer(nested, '/States/P')).toBe('P');
    expect(stateNameAtPointer(nested, '/States/P/Branches/0')).toBe('P');
    expect(stateNameAtPointer(nested, '/States/P/Branches/1/States/B2/Next')).toBe('B2');
    expect(stateNameAtPointer(nested, '/States/M/Iterator/States/I')).toBe('I');
    expect(stateNameAtPointer(nested, '/States/M/Iterator/States/Gone/Next')).toBe('M');
    expect(stateNameAtPointer(nested, '/States/Gone')).toBeUndefined();
  });

  it('unescapes ~0 and ~1 in names', () => {
    const doc = { StartAt: 'a/b~c', States: { 'a/b~c': { Type: 'Succeed' } } };
    expect(stateNameAtPointer(doc, '/States/a~1b~0c/Type')).toBe('a/b~c');
  });

  it('groups diagnostics by state', () => {
    const d = (location: string): Diagnostic => ({ severity: 'ERROR', code: 'X', message: location, location, line: 1, column: 1 });
    const grouped = diagnosticsByState(nested, [d('/States/P/Next'), d(''), d('/States/P'), d('/States/P/Branches/0/States/B1')]);
    expect([...grouped.keys()]).toEqual(['P', 'B1']);
    expect(grouped.get('P')?.map((x) => x.location)).toEqual(['/States/P/Next', '/States/P']);
  });
});

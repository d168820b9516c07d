/** buildGraph on small hand-written definitions: exact nodes, edges, labels and nesting. */
import { describe, expect, it } from 'vitest';
import { buildGraph, choiceRuleLabel, END_ID, START_ID, type FlowGraph } from '../../console/src/graph/index.js';

/** Edges as `from -kind[label]-> to`, with node ids replaced by state names (or markers). */
function edges(graph: FlowGraph): string[] {
  const name = (id: string): string => graph.nodes.find((n) => n.id === id)?.stateName ?? id;
  return graph.edges.map((e) => `${name(e.from)} -${e.kind}${e.label ? `[${e.label}]` : ''}-> ${name(e.to)}`);
}

describe('buildGraph', () => {
  it('links Start, Next, End and terminal states', () => {
    const g = buildGraph({
      StartAt: 'A',
      States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Task', Resource: 'x', End: true }, C: { Type: 'Fail' }, D: { Type: 'Succeed' } },
    });
    expect(edges(g)).toEqual([`${START_ID} -next-> A`, 'A -next-> B', `B -next-> ${END_ID}`, `C -next-> ${END_ID}`, `D -next-> ${END_ID}`]);
    expect(g.nodes.map((n) => [n.kind, n.label, n.stateType])).toEqual([
      ['start', 'Start', undefined], ['state', 'A', 'Pass'], ['state', 'B', 'Task'], ['state', 'C', 'Fail'],
      ['state', 'D', 'Succeed'], ['end', 'End', undefined],
    ]);
  });

  it('labels Choice rules, Default and Catch edges', () => {
    const g = buildGraph({
      StartAt: 'Route',
      States: {
        Route: {
          Type: 'Choice',
          Choices: [
            { Variable: '$.channel', StringEquals: 'email', Next: 'Email' },
            { Variable: '$.n', NumericGreaterThan: 3, Next: 'Big' },
            { And: [{ Variable: '$.a', IsNull: false }, { Variable: '$.b', BooleanEqualsPath: '$.c' }], Next: 'Big' },
            { Condition: '{% $states.input.x = 1 %}', Next: 'Email' },
          ],
          Default: 'Big',
        },
        Email: { Type: 'Task', Resource: 'x', End: true, Catch: [{ ErrorEquals: ['States.Timeout', 'Custom'], Next: 'Big' }] },
        Big: { Type: 'Succeed' },
      },
    });
    expect(edges(g)).toEqual([
      `${START_ID} -next-> Route`,
      'Route -choice[$.channel == "email"]-> Email',
      'Route -choice[$.n > 3]-> Big',
      'Route -choice[And($.a is not null, $.b == $.c)]-> Big',
      'Route -choice[$states.input.x = 1]-> Email',
      'Route -default[Default]-> Big',
      'Email -catch[States.Timeout, Custom]-> Big',
      `Email -next-> ${END_ID}`,
      `Big -next-> ${END_ID}`,
    ]);
  });

  it('summarizes every rule family and truncates long rules', () => {
    expect(choiceRuleLabel({ Variable: '$.t', TimestampLessThanEquals: '2024-01-01T00:00:00Z' })).toBe('$.t <= "2024-01-01T00:00:00Z"');
    expect(choiceRuleLabel({ Variable: '$.s', StringMatches: 'a*' })).toBe('$.s matches "a*"');
    expect(choiceRuleLabel({ Variable: '$.x', IsPresent: false })).toBe('$.x is absent');
    expect(choiceRuleLabel({ Not: { Variable: '$.x', IsNumeric: true } })).toBe('Not($.x is numeric)');
    const long = choiceRuleLabel({ Or: [{ Variable: '$.aaaaaaaaaa', StringEquals: 'bbbbbbbbbbbbbbbb' }, { Variable: '$.c', IsString: true }] });
    expect(long).toHaveLength(40);
    expect(long.endsWith('…')).toBe(true);
    expect(choiceRuleLabel('nonsense')).toBe('?');
  });

  it('nests Parallel branches and Map processors; edges leave groups from the group', () => {
    const g = buildGraph({
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'A1', States: { A1: { Type: 'Pass', Next: 'A2' }, A2: { Type: 'Pass', End: true } } },
            { StartAt: 'B1', States: { B1: { Type: 'Pass', End: true } } },
          ],
          Catch: [{ ErrorEquals: ['States.ALL'], Next: 'M' }],
          Next: 'M',
        },
        M: { Type: 'Map', Iterator: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } }, End: true },
      },
    });
    const byName = (name: string) => g.nodes.find((n) => n.stateName === name);
    const p = byName('P');
    const branches = g.nodes.filter((n) => n.kind === 'branch');
    expect(p?.isGroup).toBe(true);
    expect(branches.map((b) => [b.label, b.parentId, b.isGroup])).toEqual([['Branch 1', p?.id, true], ['Branch 2', p?.id, true]]);
    expect(byName('A1')?.parentId).toBe(branches[0]?.id);
    expect(byName('B1')?.parentId).toBe(branches[1]?.id);
    expect(byName('I')?.parentId).toBe(byName('M')?.id);
    expect(byName('M')?.isGroup).toBe(true);
    // Inner End states do not link to the machine's End marker.
    expect(edges(g)).toEqual([
      `${START_ID} -next-> P`, 'A1 -next-> A2', 'P -next-> M', 'P -catch[States.ALL]-> M', `M -next-> ${END_ID}`,
    ]);
  });

  it('keeps ids unique when names repeat across scopes', () => {
    const inner = { StartAt: 'X', States: { X: { Type: 'Pass', End: true } } };
    const g = buildGraph({ StartAt: 'X', States: { X: { Type: 'Map', ItemProcessor: inner, End: true } } });
    const xs = g.nodes.filter((n) => n.stateName === 'X');
    expect(xs).toHaveLength(2);
    expect(new Set(g.nodes.map((n) => n.id)).size).toBe(g.nodes.length);
  });

  it('accepts JSON text and never throws on malformed input', () => {
    const text = '{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}';
    expect(buildGraph(text)).toEqual(buildGraph(JSON.parse(text)));
    for (const bad of [undefined, null, 42, 'not json', [], { States: 5 }, { States: [] }]) {
      expect(buildGraph(bad)).toEqual({ nodes: [], edges: [] });
    }
    const g = buildGraph({
      StartAt: 'Missing',
      States: {
        A: null, B: { Type: 7, Next: 'Nowhere' }, C: { Type: 'Choice', Choices: 'x', Default: 3 },
        D: { Type: 'Parallel', Branches: [null, { States: 'x' }] }, E: { Type: 'Map', ItemProcessor: { States: null } },
        F: { Type: 'Task', Catch: [null, { Next: 'A' }] },
      },
    });
    expect(g.nodes.filter((n) => n.kind === 'state').map((n) => [n.stateName, n.stateType])).toEqual([
      ['A', 'Unknown'], ['B', 'Unknown'], ['C', 'Choice'], ['D', 'Parallel'], ['E', 'Map'], ['F', 'Task'],
    ]);
    expect(edges(g)).toEqual(['F -catch[Catch]-> A']);
  });
});

/** layoutGraph (ELK) and the fallback layout: absolute, nested, finite coordinates. */
import { describe, expect, it } from 'vitest';
import { buildGraph, layoutGraph, type Box, type LaidOutGraph } from '../../console/src/graph/index.js';
import { layoutFallback } from '../../console/src/graph/layout-fallback.js';

const definition = {
  StartAt: 'Route',
  States: {
    Route: { Type: 'Choice', Choices: [{ Variable: '$.x', NumericEquals: 1, Next: 'P' }], Default: 'Done' },
    P: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'M' }, M: { Type: 'Map', ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } }, End: true } } },
        { StartAt: 'B', States: { B: { Type: 'Wait', Seconds: 1, Next: 'B' } } },
      ],
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Done' }],
      Next: 'Done',
    },
    Done: { Type: 'Succeed' },
  },
};

const inside = (inner: Box, outer: Box): boolean =>
  inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;

function checkGeometry(layout: LaidOutGraph): void {
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  for (const n of layout.nodes) {
    expect([n.x, n.y, n.width, n.height].every(Number.isFinite), n.id).toBe(true);
    expect(n.width > 0 && n.height > 0, n.id).toBe(true);
    const parent = n.parentId === undefined ? undefined : byId.get(n.parentId);
    if (parent) expect(inside(n, parent), `${n.id} inside ${parent.id}`).toBe(true);
    expect(n.x + n.width <= layout.width && n.y + n.height <= layout.height, n.id).toBe(true);
  }
  for (const e of layout.edges) {
    expect(e.points.length).toBeGreaterThanOrEqual(2);
    expect(e.points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
  }
}

/** Distance from a point to a box's outline (0 when on it). */
function distanceToBox(p: { x: number; y: number }, b: Box): number {
  const dx = Math.max(b.x - p.x, 0, p.x - (b.x + b.width));
  const dy = Math.max(b.y - p.y, 0, p.y - (b.y + b.height));
  return Math.hypot(dx, dy);
}

describe('layoutGraph', () => {
  it('lays out nested groups with ELK in absolute coordinates', async () => {
    const graph = buildGraph(definition);
    const layout = await layoutGraph(graph);
    expect(layout.engine).toBe('elk');
    expect(layout.nodes.map((n) => n.id)).toEqual(graph.nodes.map((n) => n.id));
    checkGeometry(layout);
    // Edge routes start and end on their nodes, including edges deep inside groups.
    const byId = new Map(layout.nodes.map((n) => [n.id, n]));
    for (const e of layout.edges) {
      const [first, last] = [e.points[0], e.points.at(-1)];
      const source = byId.get(e.from);
      const target = byId.get(e.to);
      if (!first || !last || !source || !target) throw new Error('incomplete edge');
      if (e.from !== e.to) {
        expect(distanceToBox(first, source), `${e.id} start`).toBeLessThan(2);
        expect(distanceToBox(last, target), `${e.id} end`).toBeLessThan(2);
      }
    }
    const labelled = layout.edges.filter((e) => e.label);
    expect(labelled.length).toBe(3);
    for (const e of labelled) expect(e.labelBox && e.labelBox.width > 0).toBe(true);
    // Top to bottom: the choice sits above the Parallel it leads to.
    const route = layout.nodes.find((n) => n.stateName === 'Route');
    const p = layout.nodes.find((n) => n.stateName === 'P');
    expect(route && p && route.y + route.height <= p.y).toBe(true);
  });

  it('handles an empty graph', async () => {
    const layout = await layoutGraph(buildGraph(null));
    expect(layout.nodes).toEqual([]);
    expect(Number.isFinite(layout.width) && Number.isFinite(layout.height)).toBe(true);
  });

  it('has a fallback that nests and never produces NaN', () => {
    const layout = layoutFallback(buildGraph(definition));
    expect(layout.engine).toBe('fallback');
    checkGeometry(layout);
  });
});

/**
 * Helpers shared by the ELK layout and the fallback layout: node nesting queries and the
 * final clean-up that guarantees finite numbers and usable edge polylines, so the renderer
 * never has to second-guess a LaidOutGraph.
 */
import type { Box, FlowGraph, FlowNode, LaidOutEdge, LaidOutGraph, LaidOutNode, Point } from './types.js';

/** Finite number or the fallback (layout engines can emit NaN for degenerate input). */
export function finite(value: unknown, fallback = 0): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** Ids of the ancestors of a node, innermost first (undefined = the root). */
export function ancestors(byId: ReadonlyMap<string, FlowNode>, id: string): string[] {
  const chain: string[] = [];
  let parent = byId.get(id)?.parentId;
  while (parent !== undefined && !chain.includes(parent)) {
    chain.push(parent);
    parent = byId.get(parent)?.parentId;
  }
  return chain;
}

/** Innermost group containing both endpoints of an edge; undefined = the root. */
export function edgeContainer(byId: ReadonlyMap<string, FlowNode>, from: string, to: string): string | undefined {
  const targetChain = new Set(ancestors(byId, to));
  return ancestors(byId, from).find((id) => targetChain.has(id));
}

function center(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Straight segment between two boxes, from the bottom of one to the top of the other. */
export function straightEdge(source: Box, target: Box): Point[] {
  const a = center(source);
  const b = center(target);
  const down = b.y >= a.y;
  return [
    { x: a.x, y: down ? source.y + source.height : source.y },
    { x: b.x, y: down ? target.y : target.y + target.height },
  ];
}

/**
 * Assembles a LaidOutGraph from absolute boxes and edge routes, replacing anything
 * non-finite and re-routing edges with fewer than two points as straight lines.
 */
export function finishLayout(
  graph: FlowGraph,
  boxes: ReadonlyMap<string, Box>,
  routes: ReadonlyMap<string, { points: Point[]; labelBox?: Box }>,
  engine: LaidOutGraph['engine'],
  margin = 24,
): LaidOutGraph {
  const cleanBox = (box: Box | undefined): Box => ({
    x: finite(box?.x), y: finite(box?.y), width: Math.max(0, finite(box?.width)), height: Math.max(0, finite(box?.height)),
  });
  const nodes: LaidOutNode[] = graph.nodes.map((node) => ({ ...node, ...cleanBox(boxes.get(node.id)) }));
  const placed = new Map(nodes.map((n) => [n.id, n]));
  const edges: LaidOutEdge[] = [];
  for (const edge of graph.edges) {
    const source = placed.get(edge.from);
    const target = placed.get(edge.to);
    if (!source || !target) continue;
    const route = routes.get(edge.id);
    let points = (route?.points ?? []).filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
    if (points.length < 2) points = straightEdge(source, target);
    const out: LaidOutEdge = { ...edge, points };
    if (route?.labelBox) out.labelBox = cleanBox(route.labelBox);
    edges.push(out);
  }
  let width = 0;
  let height = 0;
  for (const n of nodes) {
    width = Math.max(width, n.x + n.width);
    height = Math.max(height, n.y + n.height);
  }
  for (const e of edges) {
    for (const p of e.points) {
      width = Math.max(width, p.x);
      height = Math.max(height, p.y);
    }
    if (e.labelBox) {
      width = Math.max(width, e.labelBox.x + e.labelBox.width);
      height = Math.max(height, e.labelBox.y + e.labelBox.height);
    }
  }
  return { graph, nodes, edges, engine, width: Math.ceil(width + margin), height: Math.ceil(height + margin) };
}

/**
 * FlowGraph → LaidOutGraph with ELK's layered algorithm, top to bottom, laying out nested
 * Parallel/Map groups together with the outer graph (INCLUDE_CHILDREN) so edges into and
 * out of groups are routed well. ELK reports positions relative to each node's parent and
 * edge routes relative to the edge's container; we convert everything to absolute
 * coordinates so the renderer can draw one flat SVG.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { layoutFallback } from './layout-fallback.js';
import { edgeContainer, finishLayout } from './layout-result.js';
import { BRANCH_HEADER, GROUP_HEADER, GROUP_PADDING, edgeLabelSize, groupMinWidth, leafSize } from './metrics.js';
import type { Box, FlowGraph, FlowNode, LaidOutGraph, Point } from './types.js';

const ROOT = '__root__';

const COMMON: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.spacing.nodeNode': '32',
  'elk.layered.spacing.nodeNodeBetweenLayers': '44',
  'elk.spacing.edgeLabel': '4',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
};
// Keep the definition's order of states, branches and choices: stable, predictable
// pictures. Only set on the root: on nested graphs elkjs 0.11 crashes with it.
const MODEL_ORDER = { 'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES' };

let elk: InstanceType<typeof ELK> | undefined;

function toElk(graph: FlowGraph, modelOrder: boolean): ElkNode {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const elkNodes = new Map<string, ElkNode>();
  const root: ElkNode = {
    id: ROOT, children: [], edges: [],
    layoutOptions: { ...COMMON, ...(modelOrder ? MODEL_ORDER : {}), 'elk.padding': '[top=24,left=24,bottom=24,right=24]' },
  };
  elkNodes.set(ROOT, root);
  for (const node of graph.nodes) elkNodes.set(node.id, elkNode(node));
  for (const node of graph.nodes) {
    const parent = elkNodes.get(node.parentId ?? ROOT) ?? root;
    (parent.children ??= []).push(elkNodes.get(node.id) as ElkNode);
  }
  for (const edge of graph.edges) {
    const container = elkNodes.get(edgeContainer(byId, edge.from, edge.to) ?? ROOT) ?? root;
    const elkEdge: ElkExtendedEdge = { id: edge.id, sources: [edge.from], targets: [edge.to] };
    if (edge.label) {
      // Inline: the label sits on the edge (drawn as a pill) instead of beside it.
      const layoutOptions = { 'elk.edgeLabels.inline': 'true' };
      elkEdge.labels = [{ id: `${edge.id}:label`, text: edge.label, layoutOptions, ...edgeLabelSize(edge.label) }];
    }
    (container.edges ??= []).push(elkEdge);
  }
  return root;
}

function elkNode(node: FlowNode): ElkNode {
  if (!node.isGroup) return { id: node.id, ...leafSize(node) };
  const top = node.kind === 'branch' ? BRANCH_HEADER : GROUP_HEADER;
  return {
    id: node.id,
    children: [],
    layoutOptions: {
      ...COMMON,
      'elk.padding': `[top=${top},left=${GROUP_PADDING},bottom=${GROUP_PADDING},right=${GROUP_PADDING}]`,
      'elk.nodeSize.constraints': 'MINIMUM_SIZE',
      'elk.nodeSize.minimum': `(${Math.ceil(groupMinWidth(node))}, ${top + 24})`,
      ...(node.stateType === 'Parallel' && node.kind === 'state' ? { 'elk.hierarchyHandling': 'SEPARATE_CHILDREN', 'elk.separateConnectedComponents': 'false', ...MODEL_ORDER } : {}),
      ...(node.kind === 'branch' ? { 'elk.alignment': 'TOP' } : {}),
    },
  };
}

/** Walks ELK's result, turning parent-relative positions into absolute boxes and routes. */
function fromElk(graph: FlowGraph, result: ElkNode): LaidOutGraph {
  const boxes = new Map<string, Box>();
  const origins = new Map<string, Point>([[ROOT, { x: 0, y: 0 }]]);
  const edges: Array<{ edge: ElkExtendedEdge; definedIn: string }> = [];
  const visit = (node: ElkNode, origin: Point): void => {
    for (const edge of node.edges ?? []) edges.push({ edge, definedIn: node.id });
    for (const child of node.children ?? []) {
      const box = { x: origin.x + (child.x ?? 0), y: origin.y + (child.y ?? 0), width: child.width ?? 0, height: child.height ?? 0 };
      boxes.set(child.id, box);
      origins.set(child.id, box);
      visit(child, box);
    }
  };
  visit(result, { x: 0, y: 0 });
  const routes = new Map<string, { points: Point[]; labelBox?: Box }>();
  for (const { edge, definedIn } of edges) {
    // elkjs names the node its coordinates are relative to; older versions used the definer.
    const containerId = (edge as { container?: string }).container ?? definedIn;
    const o = origins.get(containerId) ?? origins.get(definedIn) ?? { x: 0, y: 0 };
    const points: Point[] = [];
    for (const s of edge.sections ?? []) {
      for (const p of [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]) points.push({ x: o.x + p.x, y: o.y + p.y });
    }
    const label = edge.labels?.[0];
    const route: { points: Point[]; labelBox?: Box } = { points };
    if (label) {
      route.labelBox = { x: o.x + (label.x ?? 0), y: o.y + (label.y ?? 0), width: label.width ?? 0, height: label.height ?? 0 };
    }
    routes.set(edge.id, route);
  }
  return finishLayout(graph, boxes, routes, 'elk');
}

/**
 * Lays out a graph (absolute coordinates, never NaN). If ELK rejects the graph it is
 * retried without the model-order option (the usual culprit), then a simple stacked
 * layout is used, so a picture is always produced.
 */
export async function layoutGraph(graph: FlowGraph): Promise<LaidOutGraph> {
  for (const modelOrder of [true, false]) {
    try {
      elk ??= new ELK();
      return fromElk(graph, await elk.layout(toElk(graph, modelOrder)));
    } catch {
      // try the next, more conservative configuration
    }
  }
  return layoutFallback(graph);
}

/**
 * Last-resort layout used when ELK fails: every scope's children are stacked in a column,
 * groups wrap their children, edges are straight lines. Ugly but always readable, so a
 * definition that trips the layout engine still shows its states.
 */
import { finishLayout } from './layout-result.js';
import { BRANCH_HEADER, GROUP_HEADER, GROUP_PADDING, groupMinWidth, leafSize } from './metrics.js';
import type { Box, FlowGraph, FlowNode, LaidOutGraph, Point } from './types.js';

const GAP = 32;
const MARGIN = 24;

/** Stacked layout of a graph; see the file comment. */
export function layoutFallback(graph: FlowGraph): LaidOutGraph {
  const childrenOf = new Map<string | undefined, FlowNode[]>();
  for (const node of graph.nodes) {
    const list = childrenOf.get(node.parentId) ?? [];
    list.push(node);
    childrenOf.set(node.parentId, list);
  }
  const sizes = new Map<string, { width: number; height: number }>();
  const visiting = new Set<string>();
  // Post-order sizing; `visiting` guards against a malformed parent cycle.
  const size = (node: FlowNode): { width: number; height: number } => {
    const known = sizes.get(node.id);
    if (known) return known;
    const kids = visiting.has(node.id) ? [] : childrenOf.get(node.id) ?? [];
    visiting.add(node.id);
    let result = leafSize(node);
    if (kids.length > 0) {
      const inner = kids.map(size);
      const header = node.kind === 'branch' ? BRANCH_HEADER : GROUP_HEADER;
      result = {
        width: Math.max(groupMinWidth(node), ...inner.map((s) => s.width)) + 2 * GROUP_PADDING,
        height: header + GROUP_PADDING + inner.reduce((sum, s) => sum + s.height, 0) + GAP * (inner.length - 1),
      };
    }
    sizes.set(node.id, result);
    return result;
  };
  const boxes = new Map<string, Box>();
  const place = (nodes: FlowNode[], origin: Point, width: number): void => {
    let y = origin.y;
    for (const node of nodes) {
      if (boxes.has(node.id)) continue;
      const s = size(node);
      const box = { x: origin.x + (width - s.width) / 2, y, width: s.width, height: s.height };
      boxes.set(node.id, box);
      const header = node.kind === 'branch' ? BRANCH_HEADER : GROUP_HEADER;
      place(childrenOf.get(node.id) ?? [], { x: box.x + GROUP_PADDING, y: box.y + header }, s.width - 2 * GROUP_PADDING);
      y += s.height + GAP;
    }
  };
  const top = childrenOf.get(undefined) ?? [];
  const width = Math.max(0, ...top.map((n) => size(n).width));
  place(top, { x: MARGIN, y: MARGIN }, width);
  return finishLayout(graph, boxes, new Map(), 'fallback');
}

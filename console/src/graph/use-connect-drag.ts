/**
 * Editable mode: drag from a node's output handle and release over another state to
 * connect them. The drop target is found from the layout's boxes rather than from DOM
 * hit-testing, because the pointer is captured by the SVG during the drag.
 */
import { useCallback, useState, type PointerEvent, type RefObject } from 'react';
import type { LaidOutGraph, LaidOutNode, Point } from './types.js';

export interface ConnectDrag {
  from: string;
  start: Point;
  current: Point;
}

/** Client (screen) coordinates → graph coordinates, through the SVG's current transform. */
function toGraph(svg: SVGSVGElement | null, clientX: number, clientY: number): Point | undefined {
  const ctm = svg?.getScreenCTM();
  if (!ctm) return undefined;
  const p = new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse());
  return { x: p.x, y: p.y };
}

/** The innermost state node under a point (nested states are listed after their group). */
export function stateAt(layout: LaidOutGraph, p: Point): LaidOutNode | undefined {
  let hit: LaidOutNode | undefined;
  for (const n of layout.nodes) {
    if (n.kind === 'state' && p.x >= n.x && p.x <= n.x + n.width && p.y >= n.y && p.y <= n.y + n.height) hit = n;
  }
  return hit;
}

/** State and handlers of a connect drag; `drag` is null when none is in progress. */
export function useConnectDrag(
  svgRef: RefObject<SVGSVGElement | null>,
  layout: LaidOutGraph,
  onConnect: ((from: string, to: string) => void) | undefined,
) {
  const [drag, setDrag] = useState<ConnectDrag | null>(null);

  const onHandleDown = useCallback((e: PointerEvent<SVGElement>, node: LaidOutNode) => {
    if (e.button !== 0 || node.stateName === undefined) return;
    // Keep the pan gesture of the surrounding viewer out of it.
    e.stopPropagation();
    e.preventDefault();
    svgRef.current?.setPointerCapture?.(e.pointerId);
    const start = { x: node.x + node.width / 2, y: node.y + node.height };
    setDrag({ from: node.stateName, start, current: start });
  }, [svgRef]);

  const onPointerMove = useCallback((e: PointerEvent<SVGSVGElement>) => {
    if (!drag) return;
    const p = toGraph(svgRef.current, e.clientX, e.clientY);
    if (p) setDrag({ ...drag, current: p });
  }, [drag, svgRef]);

  const onPointerUp = useCallback((e: PointerEvent<SVGSVGElement>) => {
    if (!drag) return;
    const p = toGraph(svgRef.current, e.clientX, e.clientY);
    const target = p ? stateAt(layout, p) : undefined;
    setDrag(null);
    if (target?.stateName !== undefined && target.stateName !== drag.from) onConnect?.(drag.from, target.stateName);
  }, [drag, layout, onConnect, svgRef]);

  const onPointerCancel = useCallback(() => setDrag(null), []);

  return { drag, onHandleDown, onPointerMove, onPointerUp, onPointerCancel };
}

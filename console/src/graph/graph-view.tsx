/**
 * Presentational SVG of a laid-out state machine. Everything visible is derived from
 * props during render (no effects), so it renders on the server and in tests as it does
 * in the browser. Paint order: group frames, edges, leaf nodes, edge labels, drag line.
 */
import { useId, useMemo, useRef } from 'react';
import { ArrowDefs, EdgeLabel, EdgePath, endpointName } from './graph-edge.js';
import { BranchNode, MarkerNode, StateNode } from './graph-node.js';
import type { Box, GraphDiagnostic, LaidOutGraph, LaidOutNode, StateRunInfo } from './types.js';
import { useConnectDrag } from './use-connect-drag.js';
import './graph.css';

export interface GraphViewProps {
  layout: LaidOutGraph;
  /** Run status per state name (from stateStatuses); absent = no run shown. */
  statuses?: ReadonlyMap<string, StateRunInfo>;
  /** Name of the selected state. */
  selected?: string;
  onSelect?: (stateName: string) => void;
  /** Validation findings, shown as a badge on the state. */
  diagnostics?: readonly GraphDiagnostic[];
  /** Shows output handles; dragging one onto another state calls onConnect. */
  editable?: boolean;
  onConnect?: (from: string, to: string) => void;
  /** Visible region in graph coordinates; the SVG then fills its container. Default: all. */
  viewBox?: Box;
  className?: string;
}

const EMPTY: readonly GraphDiagnostic[] = [];

/** SVG of a LaidOutGraph with statuses, selection, diagnostics and (optionally) editing. */
export function GraphView(props: GraphViewProps) {
  const { layout, statuses, selected, onSelect, diagnostics, editable = false, onConnect, viewBox, className } = props;
  const prefix = `sw-graph-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const svgRef = useRef<SVGSVGElement>(null);
  const connect = useConnectDrag(svgRef, layout, onConnect);
  const byId = useMemo(() => new Map(layout.nodes.map((n) => [n.id, n])), [layout]);
  const diagnosticsByState = useMemo(() => {
    const map = new Map<string, GraphDiagnostic[]>();
    for (const d of diagnostics ?? EMPTY) map.set(d.stateName, [...(map.get(d.stateName) ?? []), d]);
    return map;
  }, [diagnostics]);

  const stateNode = (node: LaidOutNode) => {
    const name = node.stateName ?? node.label;
    const info = statuses?.get(name);
    return (
      <StateNode key={node.id} node={node} showStatus={statuses !== undefined} selected={selected === name}
        diagnostics={diagnosticsByState.get(name) ?? EMPTY} editable={editable}
        onHandleDown={connect.onHandleDown} {...(info ? { info } : {})} {...(onSelect ? { onSelect } : {})} />
    );
  };
  const groups = layout.nodes.filter((n) => n.isGroup);
  const leaves = layout.nodes.filter((n) => !n.isGroup);
  const vb = viewBox ?? { x: 0, y: 0, width: layout.width, height: layout.height };
  const drag = connect.drag;

  return (
    <svg ref={svgRef} data-testid="state-graph" xmlns="http://www.w3.org/2000/svg"
      className={`sw-graph-svg${editable ? ' sw-graph-editable' : ''}${className ? ` ${className}` : ''}`}
      viewBox={`${vb.x} ${vb.y} ${Math.max(1, vb.width)} ${Math.max(1, vb.height)}`}
      width={viewBox ? '100%' : Math.max(1, layout.width)} height={viewBox ? '100%' : Math.max(1, layout.height)}
      role="group" aria-label="State machine graph"
      onPointerMove={connect.onPointerMove} onPointerUp={connect.onPointerUp} onPointerCancel={connect.onPointerCancel}>
      <ArrowDefs prefix={prefix} />
      <g className="sw-graph-layer-groups">
        {groups.map((n) => (n.kind === 'branch' ? <BranchNode key={n.id} node={n} /> : stateNode(n)))}
      </g>
      <g className="sw-graph-layer-edges">
        {layout.edges.map((e) => (
          <EdgePath key={e.id} edge={e} prefix={prefix}
            from={endpointName(byId.get(e.from), e.from)} to={endpointName(byId.get(e.to), e.to)} />
        ))}
      </g>
      <g className="sw-graph-layer-nodes">
        {leaves.map((n) => {
          if (n.kind === 'start' || n.kind === 'end') return <MarkerNode key={n.id} node={n} />;
          if (n.kind === 'branch') return <BranchNode key={n.id} node={n} />;
          return stateNode(n);
        })}
      </g>
      <g className="sw-graph-layer-labels" aria-hidden="true">
        {layout.edges.map((e) => <EdgeLabel key={e.id} edge={e} />)}
      </g>
      {drag ? (
        <line className="sw-graph-drag-line" x1={drag.start.x} y1={drag.start.y} x2={drag.current.x} y2={drag.current.y}
          markerEnd={`url(#${prefix}-arrow-next)`} />
      ) : null}
    </svg>
  );
}

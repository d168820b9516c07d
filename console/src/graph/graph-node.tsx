/**
 * Node shapes: state cards (leaf states and Parallel/Map groups share one interactive
 * component so both are selectable the same way), branch frames, and Start/End markers.
 */
import type { KeyboardEvent, PointerEvent } from 'react';
import { fitText, TYPE_CHAR, NODE_TEXT_INSET } from './metrics.js';
import { STATUS_LOOK, typeAccent } from './status-style.js';
import type { GraphDiagnostic, LaidOutNode, StateRunInfo } from './types.js';

export interface StateNodeProps {
  node: LaidOutNode;
  info?: StateRunInfo;
  /** False when no run is shown: the status is then left out of the accessible name. */
  showStatus: boolean;
  selected: boolean;
  diagnostics: readonly GraphDiagnostic[];
  editable: boolean;
  onSelect?: (stateName: string) => void;
  onHandleDown?: (event: PointerEvent<SVGElement>, node: LaidOutNode) => void;
}

function DiagnosticBadge({ x, items }: { x: number; items: readonly GraphDiagnostic[] }) {
  const error = items.some((d) => d.severity === 'ERROR');
  const text = items.map((d) => `${d.severity === 'ERROR' ? 'Error' : 'Warning'}: ${d.message}`).join('\n');
  return (
    <g className={`sw-graph-badge ${error ? 'sw-graph-badge-error' : 'sw-graph-badge-warning'}`}
      transform={`translate(${x} 0)`} role="img" aria-label={text.replace(/\n/g, '; ')}>
      <title>{text}</title>
      <circle r={9} />
      <text textAnchor="middle" dominantBaseline="central">{items.length > 1 ? items.length : '!'}</text>
    </g>
  );
}

/** A state: card for leaf states, framed box with a header for Parallel/Map. */
export function StateNode({ node, info, showStatus, selected, diagnostics, editable, onSelect, onHandleDown }: StateNodeProps) {
  const name = node.stateName ?? node.label;
  const type = node.stateType ?? 'Unknown';
  const status = info?.status ?? 'NOT_STARTED';
  const look = STATUS_LOOK[status];
  const { width: w, height: h } = node;
  const select = (): void => onSelect?.(name);
  const onKeyDown = (e: KeyboardEvent<SVGGElement>): void => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      select();
    }
  };
  const count = info && info.count > 1 ? ` ×${info.count}` : '';
  const statusText = status === 'NOT_STARTED' ? '' : ` · ${look.label}${count}`;
  const label = showStatus ? `${name}, ${type}, ${look.label}` : `${name}, ${type}`;
  const accent = typeAccent(type);
  // Group headers sit at the top; leaf cards centre their two lines.
  const titleY = node.isGroup ? 20 : h / 2 - 5;
  const textWidth = w - NODE_TEXT_INSET;
  return (
    <g className={`sw-graph-node sw-graph-status-${status.toLowerCase()}${node.isGroup ? ' sw-graph-group' : ''}`}
      transform={`translate(${node.x} ${node.y})`} role="button" tabIndex={0} aria-label={label}
      aria-pressed={selected} data-testid="graph-node" data-state-name={name} data-state-type={type}
      data-status={status} onClick={select} onKeyDown={onKeyDown}>
      <title>{`${name} (${type})${status === 'NOT_STARTED' ? '' : ` — ${look.label}${count}`}`}</title>
      <rect className="sw-graph-ring" x={-4} y={-4} width={w + 8} height={h + 8} rx={12} />
      <rect className="sw-graph-node-box" width={w} height={h} rx={8}
        style={status === 'NOT_STARTED' ? undefined : { stroke: look.color, fill: node.isGroup ? undefined : look.fill }} />
      <rect className="sw-graph-node-accent" x={0} y={node.isGroup ? 8 : 10} width={4} height={node.isGroup ? 24 : h - 20} rx={2}
        style={{ fill: accent }} />
      <text className="sw-graph-node-name" x={14} y={titleY}>{fitText(name, textWidth)}</text>
      <text className="sw-graph-node-type" x={14} y={titleY + 16}>
        {fitText(`${type}${statusText}`, textWidth, TYPE_CHAR)}
      </text>
      {look.icon ? (
        <g className="sw-graph-status-icon" transform={`translate(${w - 18} ${node.isGroup ? 20 : h / 2})`} aria-hidden="true">
          <circle r={9} style={{ fill: look.color }} />
          <text textAnchor="middle" dominantBaseline="central">{look.icon}</text>
        </g>
      ) : null}
      {diagnostics.length > 0 ? <DiagnosticBadge x={w} items={diagnostics} /> : null}
      {editable ? (
        <circle className="sw-graph-handle" cx={w / 2} cy={h} r={6} aria-hidden="true"
          onPointerDown={(e) => onHandleDown?.(e, node)} onClick={(e) => e.stopPropagation()} />
      ) : null}
    </g>
  );
}

/** Frame of one Parallel branch. */
export function BranchNode({ node }: { node: LaidOutNode }) {
  return (
    <g className="sw-graph-branch" transform={`translate(${node.x} ${node.y})`}>
      <rect width={node.width} height={node.height} rx={6} />
      <text x={10} y={18}>{fitText(node.label, node.width - 20)}</text>
    </g>
  );
}

/** Start (filled) or End (outlined) circle. */
export function MarkerNode({ node }: { node: LaidOutNode }) {
  const r = Math.min(node.width, node.height) / 2;
  return (
    <g className={`sw-graph-marker sw-graph-marker-${node.kind}`} data-testid="graph-marker" data-marker={node.kind}
      transform={`translate(${node.x + node.width / 2} ${node.y + node.height / 2})`}>
      <circle r={r - 1} />
      <text textAnchor="middle" dominantBaseline="central">{node.label}</text>
    </g>
  );
}

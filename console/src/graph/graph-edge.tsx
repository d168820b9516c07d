/**
 * Edges: arrowhead markers, the routed path (orthogonal with softened corners) and the
 * label pill. Paths and labels are separate components because labels are drawn in a
 * later layer, above nodes, so a label is never hidden behind a group box.
 */
import type { FlowEdgeKind, LaidOutEdge, LaidOutNode, Point } from './types.js';

const KINDS: FlowEdgeKind[] = ['next', 'choice', 'default', 'catch'];

/** Id of the arrowhead marker for an edge kind, scoped by the graph's id prefix. */
export function arrowId(prefix: string, kind: FlowEdgeKind): string {
  return `${prefix}-arrow-${kind}`;
}

/** `<defs>` with one arrowhead per edge kind (markers cannot inherit the path's colour). */
export function ArrowDefs({ prefix }: { prefix: string }) {
  return (
    <defs>
      {KINDS.map((kind) => (
        <marker key={kind} id={arrowId(prefix, kind)} className={`sw-graph-arrow sw-graph-arrow-${kind}`}
          viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 1 L 9 5 L 0 9 z" />
        </marker>
      ))}
    </defs>
  );
}

const r2 = (n: number): number => Math.round(n * 100) / 100;

/** SVG path through the points, with corners rounded by up to `radius` px. */
export function roundedPath(points: readonly Point[], radius = 8): string {
  const first = points[0];
  if (!first) return '';
  let d = `M ${r2(first.x)} ${r2(first.y)}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i] as Point;
    const prev = points[i - 1] as Point;
    const next = points[i + 1];
    if (!next) {
      d += ` L ${r2(p.x)} ${r2(p.y)}`;
      break;
    }
    // Shorten both legs around the corner and join them with a quadratic curve.
    const inLen = Math.hypot(p.x - prev.x, p.y - prev.y);
    const outLen = Math.hypot(next.x - p.x, next.y - p.y);
    const r = Math.min(radius, inLen / 2, outLen / 2);
    if (r <= 0.5) {
      d += ` L ${r2(p.x)} ${r2(p.y)}`;
      continue;
    }
    const a = { x: p.x - ((p.x - prev.x) / inLen) * r, y: p.y - ((p.y - prev.y) / inLen) * r };
    const b = { x: p.x + ((next.x - p.x) / outLen) * r, y: p.y + ((next.y - p.y) / outLen) * r };
    d += ` L ${r2(a.x)} ${r2(a.y)} Q ${r2(p.x)} ${r2(p.y)} ${r2(b.x)} ${r2(b.y)}`;
  }
  return d;
}

/** The name used in `data-from`/`data-to`: the state name, or the marker id. */
export function endpointName(node: LaidOutNode | undefined, id: string): string {
  return node?.stateName ?? id;
}

interface EdgeProps {
  edge: LaidOutEdge;
  prefix: string;
  from: string;
  to: string;
}

/** One routed edge. */
export function EdgePath({ edge, prefix, from, to }: EdgeProps) {
  return (
    <g className={`sw-graph-edge sw-graph-edge-${edge.kind}`} data-edge-kind={edge.kind} data-from={from} data-to={to}>
      {edge.label ? <title>{edge.label}</title> : null}
      <path d={roundedPath(edge.points)} markerEnd={`url(#${arrowId(prefix, edge.kind)})`} />
    </g>
  );
}

/** Where to put a label when the layout gave none: the middle of the polyline's middle leg. */
function labelCenter(edge: LaidOutEdge): Point {
  if (edge.labelBox) return { x: edge.labelBox.x + edge.labelBox.width / 2, y: edge.labelBox.y + edge.labelBox.height / 2 };
  const i = Math.max(0, Math.floor((edge.points.length - 1) / 2));
  const a = edge.points[i] ?? { x: 0, y: 0 };
  const b = edge.points[i + 1] ?? a;
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/** The label pill of an edge (nothing for unlabelled edges). */
export function EdgeLabel({ edge }: { edge: LaidOutEdge }) {
  if (!edge.label) return null;
  const c = labelCenter(edge);
  const width = edge.labelBox?.width ?? edge.label.length * 6.4 + 16;
  const height = edge.labelBox?.height ?? 20;
  return (
    <g className={`sw-graph-edge-label sw-graph-edge-label-${edge.kind}`} transform={`translate(${r2(c.x)} ${r2(c.y)})`}>
      <rect x={r2(-width / 2)} y={r2(-height / 2)} width={r2(width)} height={height} rx={height / 2} />
      <text textAnchor="middle" dominantBaseline="central">{edge.label}</text>
    </g>
  );
}

/**
 * The graph as the console embeds it: definition (+ optional history) in, interactive
 * pan/zoom view out. Layout is asynchronous and relatively costly, so it re-runs only when
 * the graph's structure changes — not on every render, and not when only the history
 * (statuses) changes during a live execution.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { buildGraph } from './build-graph.js';
import { GraphView, type GraphViewProps } from './graph-view.js';
import { layoutGraph } from './layout.js';
import { stateStatuses } from './state-status.js';
import type { LaidOutGraph } from './types.js';
import { usePanZoom } from './use-pan-zoom.js';

export interface StateGraphProps extends Omit<GraphViewProps, 'layout' | 'viewBox'> {
  /** ASL definition, parsed or as JSON text. */
  definition: unknown;
  /** GetExecutionHistory events; statuses are derived from them unless `statuses` is given. */
  history?: readonly unknown[];
}

const ZOOM_STEP = 1.25;

/** Builds, lays out and shows a definition with pan (drag background) and zoom. */
export function StateGraph({ definition, history, statuses, className, ...viewProps }: StateGraphProps) {
  const graph = useMemo(() => buildGraph(definition), [definition]);
  // Structural identity: the definition object may be new on every keystroke while the
  // graph is the same (e.g. only a Parameters value changed).
  const structure = useMemo(() => JSON.stringify(graph), [graph]);
  const [layout, setLayout] = useState<LaidOutGraph | null>(null);
  useEffect(() => {
    let current = true;
    // Keyed on `structure`: a new graph object with the same structure keeps its layout.
    void layoutGraph(graph).then((result) => {
      if (current) setLayout(result);
    });
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the structure, not on the graph object
  }, [structure]);

  const derived = useMemo(() => (history ? stateStatuses(history) : undefined), [history]);
  const containerRef = useRef<HTMLDivElement>(null);
  const { viewBox, zoom, fit, touched, size, handlers } = usePanZoom(containerRef);

  // Fit on the first layout, and keep fitting (resizes, edits) until the user pans or zooms.
  useEffect(() => {
    if (layout && !touched.current) fit(layout.width, layout.height);
  }, [layout, size, fit, touched]);

  const shown = statuses ?? derived;
  return (
    <div ref={containerRef} className={`sw-graph${className ? ` ${className}` : ''}`} {...handlers}>
      {layout ? (
        <GraphView layout={layout} viewBox={viewBox} {...viewProps} {...(shown ? { statuses: shown } : {})} />
      ) : (
        <div className="sw-graph-pending" role="status">Laying out…</div>
      )}
      {layout && layout.nodes.length === 0 ? (
        <div className="sw-graph-pending" role="status">No states to show</div>
      ) : null}
      <div className="sw-graph-toolbar">
        <button type="button" aria-label="Zoom in" title="Zoom in" onClick={() => zoom(ZOOM_STEP)}>+</button>
        <button type="button" aria-label="Zoom out" title="Zoom out" onClick={() => zoom(1 / ZOOM_STEP)}>−</button>
        <button type="button" aria-label="Fit to view" title="Fit to view"
          onClick={() => layout && fit(layout.width, layout.height)}>Fit</button>
      </div>
    </div>
  );
}

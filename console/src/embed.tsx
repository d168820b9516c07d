import { createRoot } from 'react-dom/client';
import { StateGraph, type StateGraphProps } from './graph/index.js';

/**
 * The graph on its own, for pages that are not React apps (`/embed.html` of a running
 * server, or this bundle copied next to your page):
 *
 *   const graph = StepwiseGraph.mount(element, { definition, history });
 *   graph.update({ definition, history: moreEvents });
 *   graph.unmount();
 *
 * React apps import `StateGraph` from console/src/graph instead. Opening
 * `/embed.html#<url-encoded definition JSON>` shows that definition.
 */
export interface EmbeddedGraph {
  update(props: StateGraphProps): void;
  unmount(): void;
}

function mount(element: HTMLElement, props: StateGraphProps): EmbeddedGraph {
  const root = createRoot(element);
  root.render(<StateGraph {...props} />);
  return {
    update: (next) => root.render(<StateGraph {...next} />),
    unmount: () => root.unmount(),
  };
}

declare global {
  interface Window {
    StepwiseGraph: { mount: typeof mount };
  }
}

window.StepwiseGraph = { mount };

const host = document.getElementById('graph');
const fromHash = window.location.hash.slice(1);
if (host && fromHash) {
  try {
    mount(host, { definition: JSON.parse(decodeURIComponent(fromHash)) as unknown });
  } catch {
    host.textContent = 'The definition in the address is not JSON.';
  }
}

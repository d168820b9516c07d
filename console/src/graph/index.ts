/**
 * State-machine graph component: ASL definition → graph → ELK layout → SVG, with run
 * statuses from an execution history.
 */
export { buildGraph, END_ID, START_ID } from './build-graph.js';
export { choiceRuleLabel } from './choice-label.js';
export { layoutGraph } from './layout.js';
export { stateStatuses } from './state-status.js';
export { STATUS_LOOK } from './status-style.js';
export { GraphView, type GraphViewProps } from './graph-view.js';
export { StateGraph, type StateGraphProps } from './state-graph.js';
export type {
  Box,
  FlowEdge,
  FlowEdgeKind,
  FlowGraph,
  FlowNode,
  FlowNodeKind,
  GraphDiagnostic,
  LaidOutEdge,
  LaidOutGraph,
  LaidOutNode,
  Point,
  StateRunInfo,
  StateStatus,
} from './types.js';

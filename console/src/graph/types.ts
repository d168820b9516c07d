/**
 * Data model of the state-machine graph: what buildGraph produces, what layoutGraph adds,
 * and what stateStatuses derives from an execution history. Kept free of React and ELK so
 * the pure parts can be used (and tested) anywhere.
 */

/** Kind of a graph node. `branch` is one Parallel branch (a labelled sub-group). */
export type FlowNodeKind = 'state' | 'start' | 'end' | 'branch';

/** Kind of an edge; also rendered as `data-edge-kind`. */
export type FlowEdgeKind = 'next' | 'choice' | 'default' | 'catch';

/** One node. Ids are unique; state nodes are prefixed with their scope path. */
export interface FlowNode {
  id: string;
  kind: FlowNodeKind;
  /** Display text: the state name, "Branch 1", "Start" or "End". */
  label: string;
  /** The ASL state name (state nodes only). */
  stateName?: string;
  /** The ASL `Type` ("Task", "Choice", …); "Unknown" when missing or not a string. */
  stateType?: string;
  /** Id of the enclosing group node (a Parallel/Map state or a branch); absent at top level. */
  parentId?: string;
  /** True when other nodes name this one as parent (Parallel, Map, branch). */
  isGroup: boolean;
}

/** One transition. `from`/`to` are node ids. */
export interface FlowEdge {
  id: string;
  kind: FlowEdgeKind;
  from: string;
  to: string;
  /** Choice rule summary, "Default", or the caught error names. */
  label?: string;
}

/** The graph of one definition, before layout. Nodes are listed parents-first. */
export interface FlowGraph {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

export interface Point {
  x: number;
  y: number;
}

export interface Box extends Point {
  width: number;
  height: number;
}

/** A node with its absolute box. */
export interface LaidOutNode extends FlowNode, Box {}

/** An edge with its absolute polyline (at least two points) and label box. */
export interface LaidOutEdge extends FlowEdge {
  points: Point[];
  labelBox?: Box;
}

/** Result of layoutGraph: absolute coordinates, all finite. */
export interface LaidOutGraph {
  graph: FlowGraph;
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
  width: number;
  height: number;
  /** Which layout produced it: ELK, or the stacked fallback used when ELK failed. */
  engine: 'elk' | 'fallback';
}

/** Run status of one state, derived from the execution history. */
export type StateStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'SUCCEEDED' | 'FAILED' | 'CAUGHT_ERROR' | 'CANCELLED';

/** What the step inspector needs about one state of an execution. */
export interface StateRunInfo {
  stateName: string;
  /** Aggregate over all entries (Map/Parallel iterations enter inner states many times). */
  status: StateStatus;
  /** How many times the state was entered. */
  count: number;
  /** Entries per status, for "3 succeeded, 1 failed" style summaries. */
  statusCounts: Partial<Record<StateStatus, number>>;
  /** State type from the event names ("Pass" from PassStateEntered). */
  stateType?: string;
  /** Input of the last entry. */
  input?: unknown;
  /** Output of the last exit. */
  output?: unknown;
  /** Error and cause of the last failure seen in this state. */
  error?: string;
  cause?: string;
  /** Epoch milliseconds of the last entry / exit (absent when the timestamp is unreadable). */
  enteredAt?: number;
  exitedAt?: number;
  enteredEventId?: number;
  exitedEventId?: number;
}

/** A validation finding pinned on a state node. */
export interface GraphDiagnostic {
  stateName: string;
  severity: 'ERROR' | 'WARNING';
  message: string;
}

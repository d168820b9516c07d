/**
 * Sizes shared by layout and rendering. Text is measured by estimate, not by the DOM, so
 * layout works in node (tests, server rendering) and gives the same result everywhere; the
 * renderer truncates names with the same numbers so text never overflows its box.
 */
import type { FlowNode } from './types.js';

/** Rough average advance of the node title font (13px, semibold), in px per character. */
const TITLE_CHAR = 7.6;
/** Same for the 11px edge label font (pessimistic: a pill must fit its text). */
const LABEL_CHAR = 6.4;
/** The 11px type/status line under a state name (cut with an ellipsis if long). */
export const TYPE_CHAR = 6;

export const NODE_MIN_WIDTH = 170;
export const NODE_MAX_WIDTH = 260;
export const NODE_HEIGHT = 52;
/** Horizontal room in a state node not available to the title (accent stripe, status icon). */
export const NODE_TEXT_INSET = 44;
export const MARKER_SIZE = 44;
export const EDGE_LABEL_HEIGHT = 20;
/** Space above a group's children for its header (name + type). */
export const GROUP_HEADER = 44;
export const BRANCH_HEADER = 28;
export const GROUP_PADDING = 16;

/** Cuts text so that it fits `width` px of title font. */
export function fitText(text: string, width: number, charWidth = TITLE_CHAR): string {
  const max = Math.max(1, Math.floor(width / charWidth));
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

/** Width of a title in px, estimated. */
export function titleWidth(text: string): number {
  return text.length * TITLE_CHAR;
}

/** Box of an edge label (a pill around the text). */
export function edgeLabelSize(text: string): { width: number; height: number } {
  return { width: Math.ceil(text.length * LABEL_CHAR + 16), height: EDGE_LABEL_HEIGHT };
}

/**
 * Size of a node that has no children (groups are sized by the layout around their
 * children, but need a minimum so their header fits).
 */
export function leafSize(node: FlowNode): { width: number; height: number } {
  if (node.kind === 'start' || node.kind === 'end') return { width: MARKER_SIZE, height: MARKER_SIZE };
  if (node.kind === 'branch') return { width: Math.max(120, titleWidth(node.label) + 32), height: 40 };
  // +4: rounding slack so fitText (same char width) never cuts a name that was sized to fit.
  const wanted = Math.ceil(titleWidth(node.label)) + NODE_TEXT_INSET + 4;
  return { width: Math.round(Math.min(NODE_MAX_WIDTH, Math.max(NODE_MIN_WIDTH, wanted))), height: NODE_HEIGHT };
}

/** Minimum width of a group so its header text fits. */
export function groupMinWidth(node: FlowNode): number {
  const header = node.kind === 'branch' ? node.label : `${node.label}  ${node.stateType ?? ''}`;
  return Math.min(NODE_MAX_WIDTH + 80, titleWidth(header) + 2 * GROUP_PADDING);
}

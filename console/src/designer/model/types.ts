/**
 * Shared types of the designer model. The document is the ASL definition as plain JSON; every
 * operation takes one and returns a new one, so the UI can keep them in an undo stack and
 * compare them by reference.
 */

/** A JSON object (the definition, a state, a scope, a rule…). */
export type JsonObject = Record<string, unknown>;

/** The whole definition: `{StartAt, States, …}`. */
export type AslDoc = JsonObject;

/** The eight ASL state types. */
export const STATE_TYPES = ['Pass', 'Task', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map'] as const;
export type StateType = (typeof STATE_TYPES)[number];

export type QueryLanguage = 'JSONPath' | 'JSONata';

/**
 * One step into a nested scope: a Parallel branch (`{state, branch}`) or a Map processor
 * (`{state}`, its `ItemProcessor` or legacy `Iterator`).
 */
export interface ScopeStep {
  readonly state: string;
  readonly branch?: number;
}

/** Identifies a scope: `[]` is the top level. */
export type ScopePath = readonly ScopeStep[];

/** A state as found by the queries. */
export interface StateEntry {
  readonly name: string;
  /** The state's `Type` as written (may be invalid in a broken document). */
  readonly type: string;
  readonly scope: ScopePath;
  readonly state: JsonObject;
}

/** An outgoing edge slot of a state. */
export type TransitionSlot =
  | { readonly kind: 'next' }
  | { readonly kind: 'default' }
  | { readonly kind: 'choice'; readonly index: number }
  | { readonly kind: 'catch'; readonly index: number };

/** An edge: the slot and the state it targets. */
export interface Transition {
  readonly slot: TransitionSlot;
  readonly target: string;
  /** Short text for the edge (`Default`, `Rule 1`, the caught error names). */
  readonly label: string;
}

/** Thrown for requests the document cannot honour; `message` is meant for the user. */
export class DesignerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DesignerError';
  }
}

import { defaultState, hasNextOrEnd, isTerminalType } from './defaults.js';
import { hasKey, insertAfter, isObject, withKey } from './json.js';
import { checkNewName, uniqueName } from './names.js';
import { scopeLanguage, stateNames } from './queries.js';
import { getScope, mustLocate, sameScope, statesOf, updateScope } from './scopes.js';
import { DesignerError, type AslDoc, type JsonObject, type ScopePath, type StateType } from './types.js';

/** Where {@link addState} puts the new state. */
export interface AddStateOptions {
  /** The scope to append to (default: the top level). Ignored-but-checked when `after` is set. */
  readonly scope?: ScopePath;
  /** Insert into the flow right after this state. */
  readonly after?: string;
  /** The new state's name (default: the type, made unique: `Pass`, `Pass 1`, …). */
  readonly name?: string;
}

/**
 * Adds a state of `type` with AWS-valid defaults for its scope's query language.
 *
 * With `after: X` it takes X's place in the flow: X → new → X's old successor (X's Next, or a
 * Choice X's Default); if X ended the flow, the new state ends it. A new Choice gets the old
 * successor as Default and no rules. A new Succeed/Fail ends the flow there: X's old successor
 * stays in the document, unreferenced (the user reconnects or deletes it; nothing is lost).
 *
 * Without `after` it is appended: the scope's last `End: true` state now leads to it (when
 * there is none it is left unconnected, for the user to wire), or it becomes StartAt of an
 * empty scope.
 */
export function addState(doc: AslDoc, type: StateType, opts: AddStateOptions = {}): { doc: AslDoc; name: string } {
  const taken = stateNames(doc);
  const name = opts.name ?? uniqueName(type, taken);
  checkNewName(name, taken);
  taken.add(name);
  const reserve = (base: string): string => {
    const n = uniqueName(base, taken);
    taken.add(n);
    return n;
  };
  let path = opts.scope ?? [];
  if (opts.after !== undefined) {
    const at = mustLocate(doc, opts.after).path;
    if (opts.scope !== undefined && !sameScope(opts.scope, at)) throw new DesignerError(`"${opts.after}" is not in the given scope.`);
    path = at;
  }
  if (getScope(doc, path) === undefined) throw new DesignerError('That scope does not exist.');
  const body = defaultState(type, scopeLanguage(doc, path), reserve);
  const next = opts.after === undefined
    ? updateScope(doc, path, (scope) => append(scope, name, body))
    : updateScope(doc, path, (scope) => insertAfterState(scope, opts.after as string, name, body));
  return { doc: next, name };
}

/** The new state's body once linked to `successor` (undefined: it ends the flow). */
function linked(body: JsonObject, successor: string | undefined): JsonObject {
  if (isTerminalType(body.Type)) return body;
  if (body.Type === 'Choice') return successor === undefined ? body : { ...body, Default: successor };
  return successor === undefined ? { ...body, End: true } : { ...body, Next: successor };
}

function insertAfterState(scope: JsonObject, after: string, name: string, body: JsonObject): JsonObject {
  const states = statesOf(scope);
  const prev = states[after] as JsonObject;
  let successor: string | undefined;
  let rewired: JsonObject;
  if (prev.Type === 'Choice') {
    successor = typeof prev.Default === 'string' ? prev.Default : undefined;
    rewired = withKey(prev, 'Default', name);
  } else if (hasNextOrEnd(prev.Type)) {
    successor = typeof prev.Next === 'string' ? prev.Next : undefined;
    rewired = withKey(prev, 'Next', name, { replacing: ['End'] });
  } else {
    throw new DesignerError(`Nothing can follow "${after}": a ${String(prev.Type)} state ends the flow.`);
  }
  const withNew = insertAfter({ ...states, [after]: rewired }, after, name, linked(body, successor));
  return { ...scope, States: withNew };
}

function append(scope: JsonObject, name: string, body: JsonObject): JsonObject {
  const states = statesOf(scope);
  const names = Object.keys(states);
  if (names.length === 0 || !hasKey(scope, 'StartAt')) {
    const started = withKey(scope, 'StartAt', name, { before: ['States'] });
    return { ...started, States: { ...states, [name]: linked(body, undefined) } };
  }
  const last = [...names].reverse().find((n) => {
    const s = states[n];
    return isObject(s) && hasNextOrEnd(s.Type) && s.End === true;
  });
  const rewired = last === undefined ? states : { ...states, [last]: withKey(states[last] as JsonObject, 'Next', name, { replacing: ['End'] }) };
  return { ...scope, States: { ...rewired, [name]: linked(body, undefined) } };
}

import { isObject } from './json.js';
import { DesignerError, type AslDoc, type JsonObject, type ScopePath, type ScopeStep } from './types.js';

/**
 * Navigation and immutable update of the nested scopes of a definition: the top level,
 * Parallel `Branches[i]` and Map `ItemProcessor` (or the legacy `Iterator`). Everything else in
 * the model is written against these, so no other file walks the tree by hand.
 */

/** The `States` object of a scope (`{}` when missing or not an object). */
export function statesOf(scope: JsonObject): JsonObject {
  return isObject(scope.States) ? scope.States : {};
}

/** The key holding a Map's processor: `ItemProcessor`, else a legacy `Iterator`. */
export function processorKey(state: JsonObject): 'ItemProcessor' | 'Iterator' {
  return !isObject(state.ItemProcessor) && isObject(state.Iterator) ? 'Iterator' : 'ItemProcessor';
}

/** The scopes nested directly in a state, in document order. */
export function childScopes(name: string, state: JsonObject): Array<{ step: ScopeStep; scope: JsonObject }> {
  if (state.Type === 'Parallel' && Array.isArray(state.Branches)) {
    const out: Array<{ step: ScopeStep; scope: JsonObject }> = [];
    state.Branches.forEach((b: unknown, branch) => {
      if (isObject(b)) out.push({ step: { state: name, branch }, scope: b });
    });
    return out;
  }
  if (state.Type === 'Map') {
    const processor = state[processorKey(state)];
    if (isObject(processor)) return [{ step: { state: name }, scope: processor }];
  }
  return [];
}

function childScope(scope: JsonObject, step: ScopeStep): JsonObject | undefined {
  const state = statesOf(scope)[step.state];
  if (!isObject(state)) return undefined;
  if (step.branch !== undefined) {
    const branch = Array.isArray(state.Branches) ? state.Branches[step.branch] : undefined;
    return isObject(branch) ? branch : undefined;
  }
  const processor = state[processorKey(state)];
  return isObject(processor) ? processor : undefined;
}

/** The scope object at `path`, or undefined when the path leads nowhere. */
export function getScope(doc: AslDoc, path: ScopePath): JsonObject | undefined {
  let scope: JsonObject | undefined = doc;
  for (const step of path) {
    if (scope === undefined) return undefined;
    scope = childScope(scope, step);
  }
  return scope;
}

/** Every scope of the document, depth first in document order, the top level first. */
export function allScopes(doc: AslDoc): Array<{ path: ScopePath; scope: JsonObject }> {
  const out: Array<{ path: ScopePath; scope: JsonObject }> = [];
  const visit = (scope: JsonObject, path: ScopePath): void => {
    out.push({ path, scope });
    for (const [name, state] of Object.entries(statesOf(scope))) {
      if (!isObject(state)) continue;
      for (const child of childScopes(name, state)) visit(child.scope, [...path, child.step]);
    }
  };
  visit(doc, []);
  return out;
}

/** Where a state lives: its scope path, scope object and state object. */
export function locate(doc: AslDoc, name: string): { path: ScopePath; scope: JsonObject; state: JsonObject } | undefined {
  for (const { path, scope } of allScopes(doc)) {
    const state = statesOf(scope)[name];
    if (isObject(state)) return { path, scope, state };
  }
  return undefined;
}

/** Like {@link locate}, but throws a {@link DesignerError} for an unknown state. */
export function mustLocate(doc: AslDoc, name: string): { path: ScopePath; scope: JsonObject; state: JsonObject } {
  const found = locate(doc, name);
  if (found === undefined) throw new DesignerError(`There is no state named "${name}".`);
  return found;
}

/** `doc` with the scope at `path` replaced by `fn(scope)`. */
export function updateScope(doc: AslDoc, path: ScopePath, fn: (scope: JsonObject) => JsonObject): AslDoc {
  const [step, ...rest] = path;
  if (step === undefined) return fn(doc);
  const states = statesOf(doc);
  const state = states[step.state];
  if (!isObject(state)) throw new DesignerError(`There is no state named "${step.state}".`);
  let next: JsonObject;
  if (step.branch !== undefined) {
    const branches = Array.isArray(state.Branches) ? state.Branches : [];
    const branch = branches[step.branch];
    if (!isObject(branch)) throw new DesignerError(`"${step.state}" has no branch ${step.branch + 1}.`);
    next = { ...state, Branches: branches.map((b: unknown, i) => (i === step.branch ? updateScope(branch, rest, fn) : b)) };
  } else {
    const key = processorKey(state);
    const processor = state[key];
    if (!isObject(processor)) throw new DesignerError(`"${step.state}" has no item processor.`);
    next = { ...state, [key]: updateScope(processor, rest, fn) };
  }
  return { ...doc, States: { ...states, [step.state]: next } };
}

/** `doc` with the States object of the scope at `path` replaced by `fn(states)`. */
export function updateStates(doc: AslDoc, path: ScopePath, fn: (states: JsonObject) => JsonObject): AslDoc {
  return updateScope(doc, path, (scope) => ({ ...scope, States: fn(statesOf(scope)) }));
}

/** `doc` with state `name` (wherever it lives) replaced by `fn(state)`. */
export function updateState(doc: AslDoc, name: string, fn: (state: JsonObject) => JsonObject): AslDoc {
  const { path } = mustLocate(doc, name);
  return updateStates(doc, path, (states) => ({ ...states, [name]: fn(states[name] as JsonObject) }));
}

/** True when both paths name the same scope. */
export function sameScope(a: ScopePath, b: ScopePath): boolean {
  return a.length === b.length && a.every((s, i) => s.state === b[i]?.state && s.branch === b[i]?.branch);
}

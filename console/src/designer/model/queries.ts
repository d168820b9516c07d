import { isObject } from './json.js';
import { allScopes, childScopes, getScope, locate, statesOf } from './scopes.js';
import type { AslDoc, JsonObject, QueryLanguage, ScopePath, StateEntry, Transition } from './types.js';

/** Read-only questions about a definition. */

/** Every state of every scope, depth first in document order (a Parallel before its branches' states). */
export function listStates(doc: AslDoc): StateEntry[] {
  const out: StateEntry[] = [];
  const emit = (path: ScopePath, scope: JsonObject): void => {
    for (const [name, state] of Object.entries(statesOf(scope))) {
      if (!isObject(state)) continue;
      out.push({ name, type: String(state.Type ?? ''), scope: path, state });
      for (const child of childScopes(name, state)) emit([...path, child.step], child.scope);
    }
  };
  emit([], doc);
  return out;
}

/** The state called `name`, wherever it is. */
export function findState(doc: AslDoc, name: string): StateEntry | undefined {
  const found = locate(doc, name);
  return found && { name, type: String(found.state.Type ?? ''), scope: found.path, state: found.state };
}

/** Every state name in the document (all scopes). */
export function stateNames(doc: AslDoc): Set<string> {
  const names = new Set<string>();
  for (const { scope } of allScopes(doc)) for (const name of Object.keys(statesOf(scope))) names.add(name);
  return names;
}

// As the validator resolves it: only the exact string `JSONPath` means JSONPath.
function resolve(obj: JsonObject, inherited: QueryLanguage): QueryLanguage {
  if (obj.QueryLanguage === undefined) return inherited;
  return obj.QueryLanguage === 'JSONPath' ? 'JSONPath' : 'JSONata';
}

/**
 * The language states of a scope inherit: the machine's, overridden by a Parallel branch's own
 * `QueryLanguage` (a Map processor cannot declare one). Mirrors src/asl/validate/machine.ts.
 */
export function scopeLanguage(doc: AslDoc, path: ScopePath): QueryLanguage {
  let language = resolve(doc, 'JSONPath');
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    if (step?.branch === undefined) continue;
    const branch = getScope(doc, path.slice(0, i + 1));
    if (branch !== undefined) language = resolve(branch, language);
  }
  return language;
}

/** The state's effective query language: its own, else its scope's, else `JSONPath`. */
export function queryLanguageOf(doc: AslDoc, name: string): QueryLanguage {
  const found = locate(doc, name);
  if (found === undefined) return resolve(doc, 'JSONPath');
  return resolve(found.state, scopeLanguage(doc, found.path));
}

/** The outgoing edges of a state: Next, each Choice rule, Default, then each catcher. */
export function transitionsOf(state: JsonObject): Transition[] {
  const out: Transition[] = [];
  if (state.Type !== 'Choice' && typeof state.Next === 'string') out.push({ slot: { kind: 'next' }, target: state.Next, label: '' });
  if (state.Type === 'Choice' && Array.isArray(state.Choices)) {
    state.Choices.forEach((rule: unknown, index) => {
      if (isObject(rule) && typeof rule.Next === 'string') {
        out.push({ slot: { kind: 'choice', index }, target: rule.Next, label: typeof rule.Comment === 'string' ? rule.Comment : `Rule ${index + 1}` });
      }
    });
  }
  if (state.Type === 'Choice' && typeof state.Default === 'string') out.push({ slot: { kind: 'default' }, target: state.Default, label: 'Default' });
  if (Array.isArray(state.Catch)) {
    state.Catch.forEach((catcher: unknown, index) => {
      if (!isObject(catcher) || typeof catcher.Next !== 'string') return;
      const errors = Array.isArray(catcher.ErrorEquals) ? catcher.ErrorEquals.join(', ') : 'Catch';
      out.push({ slot: { kind: 'catch', index }, target: catcher.Next, label: errors });
    });
  }
  return out;
}

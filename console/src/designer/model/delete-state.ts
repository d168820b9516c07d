import { isObject, withKey, withoutKey } from './json.js';
import { retarget } from './retarget.js';
import { mustLocate, statesOf, updateScope } from './scopes.js';
import type { AslDoc, JsonObject } from './types.js';

/**
 * Deletes a state (and, for Parallel/Map, everything nested in it), healing the flow:
 * predecessors now lead to its successor — its Next, or for a Choice its Default — or end
 * (`End: true`) when it had none; catchers follow the same rule or are removed; Choice rules
 * that led to it are removed, a Default that did follows the successor or is removed. StartAt
 * moves to the successor, else to the first remaining state, else is removed.
 * @throws DesignerError when there is no such state.
 */
export function deleteState(doc: AslDoc, name: string): AslDoc {
  const { path, state } = mustLocate(doc, name);
  const raw = state.Type === 'Choice' ? state.Default : state.Type === 'Succeed' || state.Type === 'Fail' ? undefined : state.Next;
  // A self-loop has no successor once the state is gone.
  const successor = typeof raw === 'string' && raw !== name ? raw : undefined;
  return updateScope(doc, path, (scope) => {
    const states: JsonObject = {};
    for (const [n, s] of Object.entries(withoutKey(statesOf(scope), name))) {
      states[n] = isObject(s) ? retarget(s, (t, slot) => (t !== name ? t : slot.kind === 'choice' ? undefined : successor)) : s;
    }
    const updated = { ...scope, States: states };
    if (scope.StartAt !== name) return updated;
    const start = successor ?? Object.keys(states)[0];
    return start === undefined ? withoutKey(updated, 'StartAt') : withKey(updated, 'StartAt', start);
  });
}

import { isObject, renameKey } from './json.js';
import { checkNewName } from './names.js';
import { stateNames } from './queries.js';
import { retarget } from './retarget.js';
import { mustLocate, statesOf, updateScope } from './scopes.js';
import type { AslDoc, JsonObject } from './types.js';

/**
 * Renames state `from` to `to`, keeping its place in `States` and updating every reference in
 * its scope (StartAt, Next, Default, Choice rules' Next, catchers' Next). Transitions never
 * cross scopes, so no other scope can refer to it.
 * @throws DesignerError when `from` does not exist or `to` is empty, too long or taken.
 */
export function renameState(doc: AslDoc, from: string, to: string): AslDoc {
  const { path } = mustLocate(doc, from);
  if (from === to) return doc;
  checkNewName(to, stateNames(doc));
  const rename = (t: string): string => (t === from ? to : t);
  return updateScope(doc, path, (scope) => {
    const states: JsonObject = {};
    for (const [name, state] of Object.entries(renameKey(statesOf(scope), from, to))) {
      states[name] = isObject(state) ? retarget(state, rename) : state;
    }
    return { ...scope, ...(scope.StartAt === from ? { StartAt: to } : {}), States: states };
  });
}

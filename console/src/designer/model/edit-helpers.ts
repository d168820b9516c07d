import { isObject } from './json.js';
import { locate, mustLocate, statesOf, updateState } from './scopes.js';
import { DesignerError, type AslDoc, type JsonObject } from './types.js';

/** Guards shared by the edit operations, so every refusal reads the same way. */

/** Applies `fn` to state `name` after checking its type is one of `types`. */
export function editStateOfType(doc: AslDoc, name: string, types: readonly string[], what: string, fn: (state: JsonObject) => JsonObject): AslDoc {
  const { state } = mustLocate(doc, name);
  if (!types.includes(String(state.Type))) {
    throw new DesignerError(`"${name}" is a ${String(state.Type)} state; only ${types.join(', ')} states have ${what}.`);
  }
  return updateState(doc, name, fn);
}

/** Throws unless `target` is a state of the same scope as `from` (transitions never cross scopes). */
export function checkTarget(doc: AslDoc, from: string, target: string): void {
  const { scope } = mustLocate(doc, from);
  if (isObject(statesOf(scope)[target])) return;
  throw new DesignerError(locate(doc, target) !== undefined
    ? `"${from}" cannot lead to "${target}": they are in different scopes.`
    : `There is no state named "${target}".`);
}

/** The array `state[field]`, checking that `index` is one of its entries. */
export function entryAt(state: JsonObject, name: string, field: string, index: number): unknown[] {
  const list = state[field];
  if (!Array.isArray(list) || !Number.isInteger(index) || index < 0 || index >= list.length) {
    throw new DesignerError(`"${name}" has no ${field} entry ${index + 1}.`);
  }
  return list;
}

/** `list` without entry `index`. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** `list` with entry `index` replaced. */
export function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
  return list.map((v, i) => (i === index ? value : v));
}

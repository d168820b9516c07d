import type { JsonObject } from './types.js';

/**
 * Small immutable JSON helpers. They keep key order, because users read (and diff) the
 * definition text the designer produces, and a field jumping to the end looks like noise.
 */

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function hasKey(obj: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** `obj` without `key` (the same object when it has no such key). */
export function withoutKey<T extends JsonObject>(obj: T, key: string): T {
  if (!hasKey(obj, key)) return obj;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(obj)) if (k !== key) out[k] = v;
  return out as T;
}

/**
 * `obj` with `key` set to `value`. An existing key keeps its place; otherwise the key takes the
 * place of the first present key of `replacing` (which are dropped: mutually exclusive fields
 * such as End/Next), else goes before the first present key of `before`, else at the end.
 */
export function withKey<T extends JsonObject>(
  obj: T, key: string, value: unknown, opts: { replacing?: readonly string[]; before?: readonly string[] } = {},
): T {
  const replacing = (opts.replacing ?? []).filter((k) => k !== key && hasKey(obj, k));
  if (hasKey(obj, key)) {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(obj)) if (!replacing.includes(k)) out[k] = k === key ? value : v;
    return out as T;
  }
  const anchor = replacing[0] ?? (opts.before ?? []).find((k) => hasKey(obj, k));
  const out: JsonObject = {};
  let placed = false;
  for (const [k, v] of Object.entries(obj)) {
    if (k === anchor && !placed) {
      out[key] = value;
      placed = true;
    }
    if (!replacing.includes(k)) out[k] = v;
  }
  if (!placed) out[key] = value;
  return out as T;
}

/** `obj` with key `from` renamed to `to` in place (value unchanged). */
export function renameKey<T extends JsonObject>(obj: T, from: string, to: string): T {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(obj)) out[k === from ? to : k] = v;
  return out as T;
}

/** `obj` with `key: value` inserted right after `afterKey` (or at the end). */
export function insertAfter<T extends JsonObject>(obj: T, afterKey: string | undefined, key: string, value: unknown): T {
  if (afterKey === undefined || !hasKey(obj, afterKey)) return { ...obj, [key]: value };
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(obj)) {
    out[k] = v;
    if (k === afterKey) out[key] = value;
  }
  return out as T;
}

/** Deep equality of JSON values, ignoring object key order. */
export function sameMeaning(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameMeaning(x, b[i]));
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => hasKey(b, k) && sameMeaning(a[k], b[k]));
}

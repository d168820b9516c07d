import { checkTarget, editStateOfType, entryAt, removeAt } from './edit-helpers.js';
import { isObject, withKey, withoutKey } from './json.js';
import { mustLocate, statesOf } from './scopes.js';
import { DesignerError, type AslDoc, type JsonObject } from './types.js';

/** Editing the Retry and Catch lists of Task, Parallel and Map states. */

const WITH_ERRORS = ['Task', 'Parallel', 'Map'];

function catchesAll(entry: unknown): boolean {
  return isObject(entry) && Array.isArray(entry.ErrorEquals) && entry.ErrorEquals.includes('States.ALL');
}

/**
 * Inserts `entry` into `list`: before a `States.ALL` entry, because AWS requires that one to
 * be last; else at the end. Returns the new list and the entry's index.
 */
function insertEntry(list: readonly unknown[], entry: JsonObject): { list: unknown[]; index: number } {
  const all = list.findIndex(catchesAll);
  const index = all === -1 || catchesAll(entry) ? list.length : all;
  return { list: [...list.slice(0, index), entry, ...list.slice(index)], index };
}

/** Default errors for a new entry: `States.ALL`, or `States.TaskFailed` when the list already catches all. */
function defaultErrors(list: readonly unknown[]): string[] {
  return list.some(catchesAll) ? ['States.TaskFailed'] : ['States.ALL'];
}

function listOf(state: JsonObject, field: string): unknown[] {
  const list = state[field];
  return Array.isArray(list) ? list : [];
}

/**
 * Adds a catcher leading to `next` (a state of the same scope; by default the first other state
 * of the scope, since a catcher cannot exist without a target).
 * @returns the new document and the catcher's index.
 */
export function addCatcher(doc: AslDoc, name: string, next?: string, errorEquals?: readonly string[]): { doc: AslDoc; index: number } {
  const target = next ?? Object.keys(statesOf(mustLocate(doc, name).scope)).find((n) => n !== name);
  if (target === undefined) throw new DesignerError(`A catcher of "${name}" needs a state to lead to; add one first.`);
  checkTarget(doc, name, target);
  let index = 0;
  const out = editStateOfType(doc, name, WITH_ERRORS, 'catchers', (s) => {
    const current = listOf(s, 'Catch');
    const inserted = insertEntry(current, { ErrorEquals: [...(errorEquals ?? defaultErrors(current))], Next: target });
    index = inserted.index;
    return withKey(s, 'Catch', inserted.list, { before: ['Next', 'End'] });
  });
  return { doc: out, index };
}

/** Removes catcher `index`; `Catch` itself goes when it becomes empty. */
export function removeCatcher(doc: AslDoc, name: string, index: number): AslDoc {
  return editStateOfType(doc, name, WITH_ERRORS, 'catchers', (s) => {
    const rest = removeAt(entryAt(s, name, 'Catch', index), index);
    return rest.length === 0 ? withoutKey(s, 'Catch') : { ...s, Catch: rest };
  });
}

/**
 * Adds a retrier: `retrier` as given, else 3 attempts 1 s apart doubling (AWS's own defaults
 * made explicit so the user sees what to tune).
 * @returns the new document and the retrier's index.
 */
export function addRetrier(doc: AslDoc, name: string, retrier?: JsonObject): { doc: AslDoc; index: number } {
  let index = 0;
  const out = editStateOfType(doc, name, WITH_ERRORS, 'retriers', (s) => {
    const current = listOf(s, 'Retry');
    const entry = retrier ?? { ErrorEquals: defaultErrors(current), IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2 };
    const inserted = insertEntry(current, entry);
    index = inserted.index;
    return withKey(s, 'Retry', inserted.list, { before: ['Catch', 'Next', 'End'] });
  });
  return { doc: out, index };
}

/** Removes retrier `index`; `Retry` itself goes when it becomes empty. */
export function removeRetrier(doc: AslDoc, name: string, index: number): AslDoc {
  return editStateOfType(doc, name, WITH_ERRORS, 'retriers', (s) => {
    const rest = removeAt(entryAt(s, name, 'Retry', index), index);
    return rest.length === 0 ? withoutKey(s, 'Retry') : { ...s, Retry: rest };
  });
}

import { hasKey, insertAfter, withKey, withoutKey } from './json.js';
import { mustLocate, updateState } from './scopes.js';
import type { AslDoc, JsonObject, QueryLanguage } from './types.js';

/** Setting plain fields of a state or of the machine. */

/**
 * Fields AWS allows at most one of. Setting one removes the others (taking the first one's
 * place), so switching e.g. Seconds → TimestampPath in the inspector never leaves the state
 * invalid for a reason the user did not choose.
 */
const EXCLUSIVE_GROUPS: readonly (readonly string[])[] = [
  ['Next', 'End'],
  ['Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath'],
  ['TimeoutSeconds', 'TimeoutSecondsPath'],
  ['HeartbeatSeconds', 'HeartbeatSecondsPath'],
  ['Error', 'ErrorPath'],
  ['Cause', 'CausePath'],
  ['MaxConcurrency', 'MaxConcurrencyPath'],
  ['ToleratedFailureCount', 'ToleratedFailureCountPath'],
  ['ToleratedFailurePercentage', 'ToleratedFailurePercentagePath'],
];
/** Map only: Parameters is the deprecated spelling of ItemSelector. */
const MAP_GROUPS: readonly (readonly string[])[] = [['ItemSelector', 'Parameters'], ['ItemProcessor', 'Iterator']];

/** The fields that setting `field` on a state of `type` removes. */
export function exclusiveWith(type: unknown, field: string): string[] {
  const groups = type === 'Map' ? [...EXCLUSIVE_GROUPS, ...MAP_GROUPS] : EXCLUSIVE_GROUPS;
  return groups.filter((g) => g.includes(field)).flatMap((g) => g.filter((f) => f !== field));
}

/** Fields kept last, so a new field lands before them (they read as the state's "exit"). */
const TAIL = ['Retry', 'Catch', 'Next', 'End'];

/**
 * Sets `field` of state `name` to `value`, or deletes it when `value` is undefined. An existing
 * field keeps its place; a new one replaces a mutually exclusive partner, else goes before
 * Retry/Catch/Next/End. Any field may be set (this is the low-level setter; the validator
 * judges the result).
 * @throws DesignerError when there is no such state.
 */
export function setStateField(doc: AslDoc, name: string, field: string, value: unknown): AslDoc {
  mustLocate(doc, name);
  return updateState(doc, name, (s) =>
    value === undefined ? withoutKey(s, field) : withKey(s, field, value, { replacing: exclusiveWith(s.Type, field), before: TAIL }));
}

/**
 * Sets the query language of state `name`, or of the machine when `name` is null; undefined
 * removes the declaration (the state then inherits). Fields of the other language are left
 * as they are: the validator points them out.
 */
export function setQueryLanguage(doc: AslDoc, name: string | null, language: QueryLanguage | undefined): AslDoc {
  if (name === null) {
    return language === undefined ? withoutKey(doc, 'QueryLanguage') : withKey(doc, 'QueryLanguage', language, { before: ['StartAt', 'States'] });
  }
  mustLocate(doc, name);
  return updateState(doc, name, (s: JsonObject) => {
    if (language === undefined) return withoutKey(s, 'QueryLanguage');
    if (hasKey(s, 'QueryLanguage')) return withKey(s, 'QueryLanguage', language);
    return insertAfter(s, hasKey(s, 'Comment') ? 'Comment' : 'Type', 'QueryLanguage', language);
  });
}

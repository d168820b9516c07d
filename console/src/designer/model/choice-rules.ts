import { checkTarget, editStateOfType, entryAt, removeAt, replaceAt } from './edit-helpers.js';
import { isObject } from './json.js';
import { queryLanguageOf } from './queries.js';
import { mustLocate, statesOf } from './scopes.js';
import { DesignerError, type AslDoc, type JsonObject, type QueryLanguage } from './types.js';

/** Editing the rules of a Choice state. */

/**
 * A rule leading to `target` whose condition is a valid placeholder for the language, so the
 * definition stays valid until the user writes the real condition.
 */
export function placeholderRule(language: QueryLanguage, target: string): JsonObject {
  return language === 'JSONata'
    ? { Condition: '{% true %}', Next: target }
    : { Variable: '$.value', StringEquals: target, Next: target };
}

/**
 * Appends a placeholder rule to Choice `choice`, leading to `target` — by default its Default,
 * else the first other state of its scope (a rule cannot exist without a target).
 * @returns the new document and the new rule's index.
 */
export function addChoiceRule(doc: AslDoc, choice: string, target?: string): { doc: AslDoc; index: number } {
  const { scope, state } = mustLocate(doc, choice);
  const to = target
    ?? (typeof state.Default === 'string' ? state.Default : undefined)
    ?? Object.keys(statesOf(scope)).find((n) => n !== choice);
  if (to === undefined) throw new DesignerError(`A rule of "${choice}" needs a state to lead to; add one first.`);
  checkTarget(doc, choice, to);
  const rule = placeholderRule(queryLanguageOf(doc, choice), to);
  const rules = Array.isArray(state.Choices) ? state.Choices : [];
  const next = editStateOfType(doc, choice, ['Choice'], 'rules', (s) => ({ ...s, Choices: [...rules, rule] }));
  return { doc: next, index: rules.length };
}

/** Removes rule `index` of Choice `choice` (the list may become empty; the validator says so). */
export function removeChoiceRule(doc: AslDoc, choice: string, index: number): AslDoc {
  return editStateOfType(doc, choice, ['Choice'], 'rules', (s) => ({ ...s, Choices: removeAt(entryAt(s, choice, 'Choices', index), index) }));
}

/** Replaces rule `index` of Choice `choice` with `rule` (taken as given, not validated). */
export function updateChoiceRule(doc: AslDoc, choice: string, index: number, rule: JsonObject): AslDoc {
  if (!isObject(rule)) throw new DesignerError('A choice rule must be an object.');
  return editStateOfType(doc, choice, ['Choice'], 'rules', (s) => ({ ...s, Choices: replaceAt(entryAt(s, choice, 'Choices', index), index, rule) }));
}

/** Moves rule `from` to position `to` (rules are evaluated in order, so order matters). */
export function moveChoiceRule(doc: AslDoc, choice: string, from: number, to: number): AslDoc {
  return editStateOfType(doc, choice, ['Choice'], 'rules', (s) => {
    const rules = entryAt(s, choice, 'Choices', from);
    entryAt(s, choice, 'Choices', to);
    const moved = removeAt(rules, from);
    moved.splice(to, 0, rules[from]);
    return { ...s, Choices: moved };
  });
}

import { addChoiceRule } from './choice-rules.js';
import { hasNextOrEnd } from './defaults.js';
import { checkTarget, editStateOfType, entryAt, replaceAt } from './edit-helpers.js';
import { isObject, withKey, withoutKey } from './json.js';
import { retarget } from './retarget.js';
import { getScope, mustLocate, statesOf, updateScope } from './scopes.js';
import { DesignerError, type AslDoc, type JsonObject, type ScopePath, type TransitionSlot } from './types.js';

/** Connecting and reconnecting edges, as the graph does. */

const WITH_NEXT = ['Pass', 'Task', 'Wait', 'Parallel', 'Map'];

/**
 * Points one outgoing slot of `from` at `target` (a state of the same scope). `null`
 * disconnects: Next becomes `End: true`, Default is removed, a Choice rule or catcher is
 * removed (neither can exist without a target).
 * @throws DesignerError for a slot the state does not have or a target outside its scope.
 */
export function setTransition(doc: AslDoc, from: string, slot: TransitionSlot, target: string | null): AslDoc {
  if (target !== null) checkTarget(doc, from, target);
  switch (slot.kind) {
    case 'next':
      return editStateOfType(doc, from, WITH_NEXT, 'a Next transition', (s) =>
        target === null ? withKey(s, 'End', true, { replacing: ['Next'] }) : withKey(s, 'Next', target, { replacing: ['End'] }));
    case 'default':
      return editStateOfType(doc, from, ['Choice'], 'a Default transition', (s) =>
        target === null ? withoutKey(s, 'Default') : withKey(s, 'Default', target));
    case 'choice':
    case 'catch': {
      const field = slot.kind === 'choice' ? 'Choices' : 'Catch';
      const types = slot.kind === 'choice' ? ['Choice'] : ['Task', 'Parallel', 'Map'];
      return editStateOfType(doc, from, types, field, (s) => {
        const list = entryAt(s, from, field, slot.index);
        if (target === null) {
          // Dropping the edge drops its entry: same rule as when its target is deleted.
          return retarget(s, (t, k) => (k.kind === slot.kind && k.index === slot.index ? undefined : t));
        }
        const entry = list[slot.index];
        if (!isObject(entry)) throw new DesignerError(`${field} entry ${slot.index + 1} of "${from}" is not an object.`);
        return { ...s, [field]: replaceAt(list, slot.index, { ...entry, Next: target }) };
      });
    }
  }
}

/**
 * Connects `from` to `to` through its natural slot: a Choice gains a rule (with a
 * placeholder condition) leading to `to`; Pass/Task/Wait/Parallel/Map get `Next: to`.
 * @throws DesignerError for Succeed/Fail (they end the flow) or a target in another scope.
 */
export function connect(doc: AslDoc, from: string, to: string): AslDoc {
  const { state } = mustLocate(doc, from);
  if (state.Type === 'Choice') return addChoiceRule(doc, from, to).doc;
  if (!hasNextOrEnd(state.Type)) throw new DesignerError(`"${from}" is a ${String(state.Type)} state: it ends the flow and cannot lead anywhere.`);
  return setTransition(doc, from, { kind: 'next' }, to);
}

/**
 * Makes `name` the first state of the scope at `scope`.
 * @throws DesignerError when the scope does not exist or `name` is not one of its states.
 */
export function setStartAt(doc: AslDoc, scope: ScopePath, name: string): AslDoc {
  const target = getScope(doc, scope);
  if (target === undefined) throw new DesignerError('That scope does not exist.');
  if (!isObject(statesOf(target)[name])) throw new DesignerError(`"${name}" is not a state of that scope.`);
  return updateScope(doc, scope, (s: JsonObject) => withKey(s, 'StartAt', name, { before: ['States'] }));
}

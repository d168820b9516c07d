import { isObject, withKey, withoutKey } from './json.js';
import type { JsonObject, TransitionSlot } from './types.js';

/**
 * Rewrites the transition targets of one state. Rename, delete and disconnect all reduce to
 * this, so the rule for "an edge goes away" lives in one place:
 * - Next → the state ends instead (`End: true` takes Next's place);
 * - Default → removed;
 * - a Choice rule → the rule is removed (a rule cannot exist without a target);
 * - a catcher → the catcher is removed (and `Catch` itself once empty).
 */
export type Retargeter = (target: string, slot: TransitionSlot) => string | undefined;

/** `state` with each target passed through `f` (undefined drops the edge); same object if unchanged. */
export function retarget(state: JsonObject, f: Retargeter): JsonObject {
  let out = state;
  // Same gating as the validator's transition check: a Choice's edges are its rules and Default.
  if (state.Type !== 'Choice' && typeof state.Next === 'string') {
    const t = f(state.Next, { kind: 'next' });
    if (t === undefined) out = withKey(out, 'End', true, { replacing: ['Next'] });
    else if (t !== state.Next) out = withKey(out, 'Next', t);
  }
  if (state.Type === 'Choice') {
    const choices = retargetList(state.Choices, (index) => ({ kind: 'choice', index }), f);
    if (choices !== undefined) out = { ...out, Choices: choices };
    if (typeof state.Default === 'string') {
      const t = f(state.Default, { kind: 'default' });
      if (t === undefined) out = withoutKey(out, 'Default');
      else if (t !== state.Default) out = withKey(out, 'Default', t);
    }
  }
  const catchers = retargetList(state.Catch, (index) => ({ kind: 'catch', index }), f);
  if (catchers !== undefined) out = catchers.length === 0 ? withoutKey(out, 'Catch') : { ...out, Catch: catchers };
  return out;
}

/** The retargeted list of rules/catchers, or undefined when nothing changed. */
function retargetList(list: unknown, slot: (index: number) => TransitionSlot, f: Retargeter): unknown[] | undefined {
  if (!Array.isArray(list)) return undefined;
  let changed = false;
  const out: unknown[] = [];
  list.forEach((entry: unknown, index) => {
    if (!isObject(entry) || typeof entry.Next !== 'string') {
      out.push(entry);
      return;
    }
    const t = f(entry.Next, slot(index));
    if (t === entry.Next) out.push(entry);
    else {
      changed = true;
      if (t !== undefined) out.push({ ...entry, Next: t });
    }
  });
  return changed ? out : undefined;
}

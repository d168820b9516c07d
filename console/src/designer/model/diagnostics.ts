import type { Diagnostic } from '../../../../src/asl/validate/index.js';
import { isObject } from './json.js';
import { statesOf } from './scopes.js';
import type { AslDoc, JsonObject } from './types.js';

/** Attaching validator diagnostics (located by JSON pointer) to the states they concern. */

export type { Diagnostic };

function unescapeSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * The innermost state a JSON pointer falls in: `/States/P/Branches/0/States/B/Next` → `B`,
 * `/States/P/Branches/0` → `P`, `/StartAt` or `''` → undefined. Only names present in `doc`
 * count, so a stale diagnostic never points at a state that is gone.
 */
export function stateNameAtPointer(doc: AslDoc, pointer: string): string | undefined {
  const segments = pointer === '' ? [] : pointer.split('/').slice(1).map(unescapeSegment);
  let scope: JsonObject = doc;
  let found: string | undefined;
  let i = 0;
  while (segments[i] === 'States' && segments[i + 1] !== undefined) {
    const name = segments[i + 1] as string;
    const state = statesOf(scope)[name];
    if (!isObject(state)) break;
    found = name;
    i += 2;
    const field = segments[i];
    let inner: unknown;
    if (field === 'Branches' && Array.isArray(state.Branches) && /^(0|[1-9]\d*)$/.test(segments[i + 1] ?? '')) {
      inner = state.Branches[Number(segments[i + 1])];
      i += 2;
    } else if (field === 'ItemProcessor' || field === 'Iterator') {
      inner = state[field];
      i += 1;
    }
    if (!isObject(inner)) break;
    scope = inner;
  }
  return found;
}

/** Diagnostics grouped by the state they fall in; machine-level ones are left out. */
export function diagnosticsByState(doc: AslDoc, diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const name = stateNameAtPointer(doc, d.location);
    if (name === undefined) continue;
    const list = out.get(name);
    if (list === undefined) out.set(name, [d]);
    else list.push(d);
  }
  return out;
}

/**
 * Loads the shared conformance corpus (../shared/conformance/cases beside the checkout)
 * for the graph tests. The corpus is not part of this repository, so callers skip when
 * it is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CASES_DIR = fileURLToPath(new URL('../../../shared/conformance/cases', import.meta.url));
export const HAVE_CORPUS = existsSync(CASES_DIR);

export interface CorpusCase {
  id: string;
  definition: unknown;
  /** Exact text sent to CreateStateMachine (definitionText, else definition re-serialized). */
  definitionText: string;
  expectedStatus: string;
  history?: unknown[];
}

let cached: CorpusCase[] | undefined;

/** All cases, in folder order (empty when the corpus is absent). */
export function loadCases(): CorpusCase[] {
  if (cached) return cached;
  cached = [];
  if (!HAVE_CORPUS) return cached;
  for (const dir of readdirSync(CASES_DIR).sort()) {
    const file = join(CASES_DIR, dir, 'case.json');
    if (!existsSync(file)) continue;
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const text = typeof raw.definitionText === 'string' ? raw.definitionText : JSON.stringify(raw.definition);
    const expected = (raw.expected ?? {}) as Record<string, unknown>;
    const item: CorpusCase = {
      id: String(raw.id ?? dir),
      definition: JSON.parse(text) as unknown,
      definitionText: text,
      expectedStatus: String(expected.status ?? ''),
    };
    if (Array.isArray(raw.history)) item.history = raw.history as unknown[];
    cached.push(item);
  }
  return cached;
}

/** Every state name of every scope (top level, Parallel branches, Map processors). */
export function allStateNames(definition: unknown): string[] {
  const names: string[] = [];
  const visit = (scope: unknown): void => {
    if (typeof scope !== 'object' || scope === null) return;
    const states = (scope as { States?: unknown }).States;
    if (typeof states !== 'object' || states === null) return;
    for (const [name, state] of Object.entries(states as Record<string, unknown>)) {
      names.push(name);
      const s = (state ?? {}) as Record<string, unknown>;
      if (Array.isArray(s.Branches)) s.Branches.forEach(visit);
      visit(s.ItemProcessor ?? s.Iterator);
    }
  };
  visit(definition);
  return names;
}

/** The attribute-value escaping React applies in renderToString. */
export function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

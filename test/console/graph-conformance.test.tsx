/**
 * Every distinct definition of the shared conformance corpus must build, lay out and
 * render, with every state of every scope present as a node and no NaN anywhere; recorded
 * histories must yield statuses consistent with how the execution ended.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildGraph, GraphView, layoutGraph, stateStatuses } from '../../console/src/graph/index.js';

// The corpus lives beside the checkout (../shared), not in this repository: skip without it.
const CASES_DIR = fileURLToPath(new URL('../../../shared/conformance/cases', import.meta.url));
const HAVE_CORPUS = existsSync(CASES_DIR);

interface CorpusCase {
  id: string;
  definition: unknown;
  /** Exact text sent to CreateStateMachine (definitionText, else definition re-serialized). */
  definitionText: string;
  expectedStatus: string;
  history?: unknown[];
}

/** All cases, in folder order (empty when the corpus is absent). */
function loadCases(): CorpusCase[] {
  const cases: CorpusCase[] = [];
  if (!HAVE_CORPUS) return cases;
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
    cases.push(item);
  }
  return cases;
}

/** Every state name of every scope (top level, Parallel branches, Map processors). */
function allStateNames(definition: unknown): string[] {
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
function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

if (!HAVE_CORPUS) console.log(`graph conformance tests skipped: corpus not found at ${CASES_DIR}`);

const cases = loadCases();
const distinct = [...new Map(cases.map((c) => [c.definitionText, c])).values()];

function coordinates(layout: Awaited<ReturnType<typeof layoutGraph>>): number[] {
  return [
    layout.width, layout.height,
    ...layout.nodes.flatMap((n) => [n.x, n.y, n.width, n.height]),
    ...layout.edges.flatMap((e) => [...e.points.flatMap((p) => [p.x, p.y]), ...(e.labelBox ? [e.labelBox.x, e.labelBox.y] : [])]),
  ];
}

describe.skipIf(!HAVE_CORPUS)('graph: every conformance definition renders', () => {
  it.each(distinct.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const graph = buildGraph(c.definition);
    const layout = await layoutGraph(graph);
    expect(layout.engine).toBe('elk');
    expect(coordinates(layout).every(Number.isFinite)).toBe(true);
    const html = renderToString(<GraphView layout={layout} />);
    expect(html).not.toContain('NaN');
    for (const name of allStateNames(c.definition)) {
      expect(html).toContain(`data-state-name="${escapeAttr(name)}"`);
    }
    // The text form must give the same graph as the parsed object.
    expect(buildGraph(c.definitionText)).toEqual(graph);
  });
});

const withHistory = cases.filter((c) => c.history && c.history.length > 0);
const eventType = (e: unknown): string => String((e as { type?: unknown }).type ?? '');
const enteredName = (e: unknown): string | undefined =>
  eventType(e).endsWith('StateEntered') ? (e as { stateEnteredEventDetails?: { name?: string } }).stateEnteredEventDetails?.name : undefined;

describe.skipIf(!HAVE_CORPUS)('graph: statuses from recorded histories', () => {
  it.each(withHistory.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const history = c.history ?? [];
    const statuses = stateStatuses(history);
    const entered = history.map(enteredName).filter((n): n is string => n !== undefined);
    // Every entered state is reported, with its number of entries; a finished run has nothing in progress.
    for (const name of new Set(entered)) {
      const info = statuses.get(name);
      expect(info?.count, name).toBe(entered.filter((n) => n === name).length);
      expect(info?.status, name).not.toBe('IN_PROGRESS');
    }
    const failures = history.filter((e) => /(Failed|TimedOut)$/.test(eventType(e)));
    if (c.expectedStatus === 'SUCCEEDED' && failures.length === 0) {
      for (const name of entered) expect(statuses.get(name)?.status, name).toBe('SUCCEEDED');
    }
    if (c.expectedStatus === 'FAILED' || c.expectedStatus === 'TIMED_OUT') {
      const last = entered.at(-1);
      if (last !== undefined) expect(statuses.get(last)?.status, last).toBe('FAILED');
    }
  });
});

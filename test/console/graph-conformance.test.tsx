/**
 * Every distinct definition of the shared conformance corpus must build, lay out and
 * render, with every state of every scope present as a node and no NaN anywhere; recorded
 * histories must yield statuses consistent with how the execution ended.
 */
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildGraph, GraphView, layoutGraph, stateStatuses } from '../../console/src/graph/index.js';
import { allStateNames, CASES_DIR, escapeAttr, HAVE_CORPUS, loadCases } from './graph-corpus.js';

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

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasChromium, newPage, useServerAndBrowser } from './browser.js';

const CASES = new URL('../../../shared/conformance/cases/', import.meta.url).pathname;
const hasCases = existsSync(CASES);
if (!hasCases) console.log(`graph conformance (browser) skipped: ${CASES} not found`);

/** Every distinct definition of ../shared/conformance, with the names of all its states. */
function corpus(): Array<{ id: string; text: string; names: string[] }> {
  const seen = new Map<string, { id: string; text: string; names: string[] }>();
  for (const id of readdirSync(CASES).sort()) {
    const c = JSON.parse(readFileSync(join(CASES, id, 'case.json'), 'utf8')) as { definition: unknown; definitionText?: string };
    const text = c.definitionText ?? JSON.stringify(c.definition);
    if (!seen.has(text)) seen.set(text, { id, text, names: stateNames(JSON.parse(text)).sort() });
  }
  return [...seen.values()];
}

function stateNames(scope: unknown): string[] {
  const states = (scope as { States?: Record<string, Record<string, unknown>> } | null)?.States ?? {};
  return Object.entries(states).flatMap(([name, s]) => [
    name,
    ...(Array.isArray(s.Branches) ? s.Branches.flatMap(stateNames) : []),
    ...stateNames(s.ItemProcessor ?? s.Iterator),
  ]);
}

/**
 * The embeddable graph (`/embed.html`, `StepwiseGraph.mount`) in a real browser renders
 * every conformance definition: no error, and one node per state of every scope.
 */
describe.skipIf(!hasChromium || !hasCases)('graph renders every conformance definition in chromium', () => {
  const env = useServerAndBrowser();

  it('shows every state of every definition', async () => {
    const errors: string[] = [];
    const page = await newPage(env.browser(), errors);
    await page.goto(`${env.server().url}/embed.html`);
    const definitions = corpus();
    expect(definitions.length).toBeGreaterThan(200);
    const rendered = await page.evaluate(async (items) => {
      const out: Array<{ id: string; names: string[] }> = [];
      for (const item of items) {
        const host = document.createElement('div');
        host.style.cssText = 'width: 900px; height: 600px';
        document.body.append(host);
        const embed = (window as unknown as { StepwiseGraph: { mount(el: HTMLElement, props: { definition: unknown }): { unmount(): void } } }).StepwiseGraph;
        const graph = embed.mount(host, { definition: JSON.parse(item.text) as unknown });
        const started = performance.now();
        while (host.querySelector('[data-testid="state-graph"]') === null && performance.now() - started < 10_000) {
          await new Promise((r) => setTimeout(r, 5));
        }
        const names = [...host.querySelectorAll('[data-testid="graph-node"]')].map((n) => n.getAttribute('data-state-name') ?? '').sort();
        out.push({ id: item.id, names });
        graph.unmount();
        host.remove();
      }
      return out;
    }, definitions.map(({ id, text }) => ({ id, text })));
    const mismatches = rendered.filter((r, i) => JSON.stringify(r.names) !== JSON.stringify(definitions[i]?.names)).map((r) => r.id);
    expect(mismatches).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});

import { StatesError } from '../errors/states-error.js';
import type { CompiledState, Scope } from '../program/types.js';
import type { Execution } from './execution.js';
import { applyInputPath, bindings, scopeFor } from './io.js';
import { batchItems } from './item-batcher.js';
import type { ReadItems } from './item-reader/parse-items.js';
import { effectiveLimit, open } from './join.js';
import { startReading } from './map-reader.js';
import { startMapRun } from './map-run.js';
import { mapItems, mapLimits, type MapLimits } from './map-settings.js';
import type { Outcome } from './outcome.js';
import type { MapRunInfo, Thread } from './types.js';

/** What a Map state settled before its items are known (they may come from an ItemReader). */
export interface MapPlan {
  /** The scope input of ItemSelector / ItemBatcher / ItemReader (JSONPath: after InputPath). */
  readonly effective: unknown;
  readonly limit: number;
  readonly tolerance: Omit<MapLimits, 'limit'>;
}

/**
 * A JSONPath Map: items (ItemsPath, or an ItemReader after MapRunStarted), limits, then the
 * iterations. https://docs.aws.amazon.com/step-functions/latest/dg/state-map.html
 */
export function startMap(ex: Execution, t: Thread, state: CompiledState): Outcome | Promise<Outcome> {
  checkDistributedFields(state);
  const effective = applyInputPath(ex, t, state);
  const reading = state.raw.ItemReader !== undefined;
  // With an ItemReader the items are not known yet: MapStateStarted reports 0 (as on AWS).
  const items = reading ? [] : mapItems(ex, t, state, effective);
  const limits = mapLimits(ex, t, state, effective, 'before-start');
  ex.emit(t, 'MapStateStarted', () => ({ mapStateStartedEventDetails: { length: items.length } }));
  const tolerance = mapLimits(ex, t, state, effective, 'after-start');
  const plan: MapPlan = { effective, limit: limits.limit, tolerance };
  if (reading) return startReading(ex, t, state, plan);
  return openMap(ex, t, state, plan, { items });
}

/** A JSONata Map: Items (or the input, or an ItemReader), then the iterations. */
export async function startMapJsonata(ex: Execution, t: Thread, state: CompiledState): Promise<Outcome> {
  checkDistributedFields(state);
  const b = bindings(ex, t, state);
  const reading = state.raw.ItemReader !== undefined;
  let items: unknown = [];
  if (reading) {
    // The ItemReader supplies them, after MapRunStarted.
  } else if (state.items) {
    items = await state.items.evaluate(b);
    if (!Array.isArray(items)) {
      const text = typeof state.raw.Items === 'string' ? state.raw.Items.slice(2, -2).trim() : JSON.stringify(state.raw.Items);
      throw new StatesError(
        'States.QueryEvaluationError',
        `The JSONata expression '${text}' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was '${typeName(items)}' for value: ${JSON.stringify(items)}`,
        true,
      ).at('Items');
    }
  } else {
    items = mapItems(ex, t, state, t.input);
  }
  const list = items as unknown[];
  const limits = await jsonataLimits(ex, t, state);
  ex.emit(t, 'MapStateStarted', () => ({ mapStateStartedEventDetails: { length: list.length } }));
  const plan: MapPlan = { effective: t.input, limit: limits.limit, tolerance: limits };
  if (reading) return startReading(ex, t, state, plan);
  return openMap(ex, t, state, plan, { items: list });
}

/**
 * ItemSelector (and, for JSONPath, ItemBatcher) over the items, then the Map Run (already
 * started when an ItemReader supplied the items) and the iterations.
 */
export function openMap(ex: Execution, t: Thread, state: CompiledState, plan: MapPlan, read: ReadItems, run?: MapRunInfo): Outcome | Promise<Outcome> {
  const { items, keys } = read;
  const mapItem = (index: number): { index: number; value: unknown; key?: string } =>
    keys === undefined ? { index, value: items[index] } : { index, value: items[index], key: keys[index] as string };
  if (state.jsonata) {
    const selector = state.itemSelectorJsonata;
    if (selector === undefined) return launchMap(ex, t, state, plan, items, run);
    return (async () => {
      const out: unknown[] = [];
      for (let index = 0; index < items.length; index++) {
        out.push(await selector.evaluate(bindings(ex, t, state, { context: { mapItem: mapItem(index) } })));
      }
      return launchMap(ex, t, state, plan, out, run);
    })();
  }
  let inputs: readonly unknown[] = items;
  if (state.itemSelector) {
    const selector = state.itemSelector;
    inputs = items.map((_, index) => selector(scopeFor(ex, t, state, plan.effective, { mapItem: mapItem(index) })));
  }
  if (state.raw.ItemBatcher !== undefined) inputs = batchItems(ex, t, state, plan.effective, inputs);
  return launchMap(ex, t, state, plan, inputs, run);
}

function launchMap(ex: Execution, t: Thread, state: CompiledState, plan: MapPlan, inputs: readonly unknown[], run: MapRunInfo | undefined): Outcome | Promise<Outcome> {
  let mapRun = run;
  if (mapRun !== undefined) {
    mapRun.total = inputs.length;
    ex.noteMapRun(mapRun);
  } else if (state.distributed) {
    mapRun = startMapRun(ex, t, state, plan.limit, plan.tolerance, inputs.length);
  }
  return open(ex, t, state, 'map', inputs.length, plan.limit, (i) => inputs[i], () => state.itemProcessor as Scope, plan.tolerance, mapRun);
}

async function jsonataLimits(ex: Execution, t: Thread, state: CompiledState): Promise<MapLimits> {
  const b = bindings(ex, t, state);
  const read = async (field: string, fallback: number): Promise<number> => {
    const template = state.templates.get(field);
    if (template) return Number(await template.evaluate(b));
    const raw = state.raw[field];
    return typeof raw === 'number' ? raw : fallback;
  };
  const max = await read('MaxConcurrency', 0);
  return {
    limit: effectiveLimit(state, max),
    toleratedFailureCount: await read('ToleratedFailureCount', 0),
    toleratedFailurePercentage: await read('ToleratedFailurePercentage', 0),
  };
}

/**
 * ItemReader, ItemBatcher and ResultWriter belong to Distributed Maps; an inline Map that has
 * one fails when it runs (floci-io/floci, checked against AWS).
 */
function checkDistributedFields(state: CompiledState): void {
  if (state.distributed) return;
  if (state.raw.ItemReader !== undefined || state.raw.ResultWriter !== undefined) {
    throw new StatesError('States.Runtime', 'The ItemReader, ItemBatcher and ResultWriter fields are not supported for INLINE maps', true);
  }
}

function typeName(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

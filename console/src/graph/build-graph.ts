/**
 * Amazon States Language definition → FlowGraph. Pure and total: the designer calls it on
 * every keystroke, so a half-typed or invalid definition must still render whatever parts
 * make sense (unknown targets are skipped, odd values are ignored) instead of throwing.
 */
import { choiceRuleLabel, truncate } from './choice-label.js';
import type { FlowEdge, FlowEdgeKind, FlowGraph, FlowNode } from './types.js';

/** Node id of the Start marker. */
export const START_ID = '__start__';
/** Node id of the End marker. */
export const END_ID = '__end__';

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Builder {
  readonly nodes: FlowNode[] = [];
  readonly edges: FlowEdge[] = [];
  private readonly ids = new Set<string>([START_ID, END_ID]);

  /** Reserves an id; suffixes it when taken (names may contain the separators we use). */
  uniqueId(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.ids.has(id); n++) id = `${wanted}~${n}`;
    this.ids.add(id);
    return id;
  }

  edge(kind: FlowEdgeKind, from: string, to: string | undefined, label?: string): void {
    if (to === undefined) return; // unknown target: nothing sensible to draw
    const edge: FlowEdge = { id: `e${this.edges.length}`, kind, from, to };
    if (label !== undefined) edge.label = label;
    this.edges.push(edge);
  }

  /**
   * Adds the states of one scope (top level, a branch or an item processor) with their
   * internal edges, preceded by an edge from `entry` (the Start marker) to the StartAt
   * state. Returns the node ids of the scope's terminal states.
   */
  scope(states: unknown, startAt: unknown, parentId: string | undefined, entry?: string): string[] {
    if (!isRecord(states)) return [];
    const prefix = parentId === undefined ? 'state:' : `${parentId}/`;
    const byName = new Map<string, string>();
    const entries = Object.entries(states);
    for (const [name] of entries) byName.set(name, this.uniqueId(prefix + name));
    if (entry !== undefined && typeof startAt === 'string') this.edge('next', entry, byName.get(startAt));
    const terminals: string[] = [];
    for (const [name, raw] of entries) {
      const id = byName.get(name) as string;
      const state: Json = isRecord(raw) ? raw : {};
      const type = typeof state.Type === 'string' ? state.Type : 'Unknown';
      const node: FlowNode = { id, kind: 'state', label: name, stateName: name, stateType: type, isGroup: false };
      if (parentId !== undefined) node.parentId = parentId;
      this.nodes.push(node);
      this.children(id, type, state);
      this.transitions(id, type, state, byName);
      if (state.End === true || type === 'Succeed' || type === 'Fail') terminals.push(id);
    }
    return terminals;
  }

  private children(id: string, type: string, state: Json): void {
    if (type === 'Parallel' && Array.isArray(state.Branches)) {
      state.Branches.forEach((branch: unknown, i) => {
        const branchId = this.uniqueId(`${id}#${i}`);
        this.nodes.push({ id: branchId, kind: 'branch', label: `Branch ${i + 1}`, parentId: id, isGroup: false });
        if (isRecord(branch)) this.scope(branch.States, branch.StartAt, branchId);
      });
    } else if (type === 'Map') {
      // ItemProcessor is current ASL; Iterator is the legacy name for the same thing.
      const processor = isRecord(state.ItemProcessor) ? state.ItemProcessor : state.Iterator;
      if (isRecord(processor)) this.scope(processor.States, processor.StartAt, id);
    }
  }

  private transitions(id: string, type: string, state: Json, byName: Map<string, string>): void {
    const target = (next: unknown): string | undefined => (typeof next === 'string' ? byName.get(next) : undefined);
    this.edge('next', id, target(state.Next));
    if (type === 'Choice') {
      for (const rule of Array.isArray(state.Choices) ? state.Choices : []) {
        if (isRecord(rule)) this.edge('choice', id, target(rule.Next), choiceRuleLabel(rule));
      }
      this.edge('default', id, target(state.Default), 'Default');
    }
    for (const catcher of Array.isArray(state.Catch) ? state.Catch : []) {
      if (!isRecord(catcher)) continue;
      const errors = Array.isArray(catcher.ErrorEquals) ? catcher.ErrorEquals.filter((e) => typeof e === 'string') : [];
      this.edge('catch', id, target(catcher.Next), errors.length > 0 ? truncate(errors.join(', ')) : 'Catch');
    }
  }
}

/** Accepts a parsed definition or its JSON text. */
function asDefinition(definition: unknown): unknown {
  if (typeof definition !== 'string') return definition;
  try {
    return JSON.parse(definition) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Builds the graph of an ASL definition (object or JSON text). Never throws: a malformed
 * definition yields the part that could be understood (possibly an empty graph).
 */
export function buildGraph(definition: unknown): FlowGraph {
  const builder = new Builder();
  try {
    const def = asDefinition(definition);
    if (isRecord(def) && isRecord(def.States)) {
      builder.nodes.push({ id: START_ID, kind: 'start', label: 'Start', isGroup: false });
      const terminals = builder.scope(def.States, def.StartAt, undefined, START_ID);
      if (terminals.length > 0) {
        builder.nodes.push({ id: END_ID, kind: 'end', label: 'End', isGroup: false });
        for (const id of terminals) builder.edge('next', id, END_ID);
      }
    }
  } catch {
    // Defensive only (e.g. a hostile getter): keep what was built so far.
  }
  const parents = new Set(builder.nodes.map((n) => n.parentId));
  for (const node of builder.nodes) node.isGroup = parents.has(node.id);
  return { nodes: builder.nodes, edges: builder.edges };
}

import type { Execution } from '../../../src/asl/interpreter/execution.js';
import type { Command, ExecutionInput } from '../../../src/asl/interpreter/types.js';

export type Invoke = Extract<Command, { kind: 'InvokeTask' }>;

/** The InvokeTask commands among `commands`. */
export function invokes(commands: readonly Command[]): Invoke[] {
  return commands.filter((c): c is Invoke => c.kind === 'InvokeTask');
}

/** A task's success, delivered back to the core. */
export function succeed(c: Invoke, output: unknown): ExecutionInput {
  return { kind: 'TaskSucceeded', threadId: c.threadId, ticket: c.ticket, output };
}

/** A task's failure, delivered back to the core. */
export function fail(c: Invoke, error = 'Boom', cause = 'it broke'): ExecutionInput {
  return { kind: 'TaskFailed', threadId: c.threadId, ticket: c.ticket, error, cause };
}

/** Delivers each input in turn; returns every InvokeTask the core asked for meanwhile. */
export async function deliverAll(ex: Execution, inputs: readonly ExecutionInput[]): Promise<Invoke[]> {
  const out: Invoke[] = [];
  for (const input of inputs) out.push(...invokes(await ex.deliver(input)));
  return out;
}

/** The event types from the first ExecutionRedriven on. */
export function typesFromRedrive(ex: Execution): string[] {
  const events = ex.history ?? [];
  const at = events.findIndex((e) => e.type === 'ExecutionRedriven');
  return events.slice(at).map((e) => e.type);
}

/** `[id, previousEventId, type]` from the first ExecutionRedriven on. */
export function chainFromRedrive(ex: Execution): [number, number, string][] {
  const events = ex.history ?? [];
  const at = events.findIndex((e) => e.type === 'ExecutionRedriven');
  return events.slice(at).map((e) => [e.id, e.previousEventId, e.type]);
}

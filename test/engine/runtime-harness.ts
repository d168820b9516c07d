import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { DurableRuntime, type RuntimeOptions } from '../../src/engine/runtime/runtime.js';
import type { StartRequest } from '../../src/engine/runtime-api.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import type { HistoryEvent } from '../../src/asl/history/types.js';

export const ACCOUNT = '123456789012';
export const SM = `arn:aws:states:us-east-1:${ACCOUNT}:stateMachine:sm`;
export const ACTIVITY = `arn:aws:states:us-east-1:${ACCOUNT}:activity:act`;
export const execArn = (name: string): string => `arn:aws:states:us-east-1:${ACCOUNT}:execution:sm:${name}`;
export const lambda = (name: string): string => `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}`;
export const never: AbortSignal = new AbortController().signal;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Durable runtimes over real SQLite files, closed after each test. `reopen` closes the newest
 * one and opens the same directory again: a restart, which rebuilds executions from the journal.
 */
export function runtimes(): {
  open(extra?: Partial<RuntimeOptions>): Promise<DurableRuntime>;
  reopen(extra?: Partial<RuntimeOptions>): Promise<DurableRuntime>;
} {
  let opened: { runtime: DurableRuntime; store: Store }[] = [];
  let dir = '';
  afterEach(async () => {
    for (const o of opened) {
      await o.runtime.close();
      o.store.close();
    }
    opened = [];
  });
  const start = async (extra: Partial<RuntimeOptions>): Promise<DurableRuntime> => {
    const store = openStore(dir);
    const runtime = new DurableRuntime({ store, accountId: ACCOUNT, region: 'us-east-1', ...extra });
    await runtime.recover();
    opened.push({ runtime, store });
    return runtime;
  };
  return {
    open: (extra = {}) => {
      dir = mkdtempSync(join(tmpdir(), 'sw-rt-'));
      return start(extra);
    },
    reopen: async (extra = {}) => {
      const last = opened.pop();
      await last?.runtime.close();
      last?.store.close();
      return start(extra);
    },
  };
}

export function request(definition: object, name: string, input: unknown = {}): StartRequest {
  return { stateMachineArn: SM, stateMachineName: 'sm', type: 'STANDARD', definition: JSON.stringify(definition), roleArn: `arn:aws:iam::${ACCOUNT}:role/r`, name, input: JSON.stringify(input) };
}

export async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await sleep(20);
  }
}

export function historyOf(rt: DurableRuntime, arn: string): HistoryEvent[] {
  return rt.history(arn, { reverseOrder: false, maxResults: 0, nextToken: null, includeExecutionData: true }).events;
}

/** Takes the next activity task (a worker's GetActivityTask); throws when there is none. */
export async function takeTask(rt: DurableRuntime): Promise<{ taskToken: string; input: unknown }> {
  const task = await rt.getActivityTask(ACTIVITY, 'worker', never);
  if (task === null) throw new Error('no activity task');
  return { taskToken: task.taskToken, input: JSON.parse(task.input) as unknown };
}

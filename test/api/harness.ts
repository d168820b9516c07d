import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { SFNClient } from '@aws-sdk/client-sfn';
import { createApiServer } from '../../src/api/server.js';
import { ControlPlane } from '../../src/engine/control/control-plane.js';
import { FakeRuntime } from './fake-runtime.js';
import { MemoryStore } from './memory-store.js';

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';
export const ROLE = `arn:aws:iam::${ACCOUNT}:role/StepwiseRole`;
export const SM_PREFIX = `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:`;
export const ACTIVITY_PREFIX = `arn:aws:states:${REGION}:${ACCOUNT}:activity:`;

/** A minimal valid definition (`n` varies it, to make distinct revisions). */
export const definition = (n = 1): string => JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', Result: n, End: true } } });

export interface Harness {
  client: SFNClient;
  url: string;
  store: MemoryStore;
  runtime: FakeRuntime;
  control: ControlPlane;
  errors: Error[];
  close(): Promise<void>;
}

/** Starts the API server on port 0 over an in-memory store and a fake runtime, with a real SDK client. */
export async function startHarness(options: { random?: () => number; maxBodyBytes?: number } = {}): Promise<Harness> {
  const store = new MemoryStore();
  const runtime = new FakeRuntime(store);
  let clock = 1_700_000_000_000;
  const control = new ControlPlane({ store, accountId: ACCOUNT, region: REGION, now: () => (clock += 1000), random: options.random });
  const errors: Error[] = [];
  const server: Server = createApiServer({
    consoleDir: null,
    control, runtime, accountId: ACCOUNT, region: REGION, maxBodyBytes: options.maxBodyBytes,
    logger: { error: (_m, e) => errors.push(e) },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new SFNClient({
    endpoint: url, region: REGION, credentials: { accessKeyId: 'x', secretAccessKey: 'x' }, disableHostPrefix: true, maxAttempts: 1,
  });
  return {
    client, url, store, runtime, control, errors,
    close: async () => {
      client.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The rejection of `p` (fails when it resolves), to assert on `name`, `message` and extra members. */
export async function failure(p: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await p;
  } catch (e: unknown) {
    return e as Error & Record<string, unknown>;
  }
  throw new Error('expected the call to fail');
}

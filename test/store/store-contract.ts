import { describe } from 'vitest';
import type { Store } from '../../src/store/types.js';
import { executionContract } from './contract/executions.js';
import { mapRunContract } from './contract/map-runs.js';
import { resourceContract } from './contract/resources.js';
import { stepContract } from './contract/steps.js';
import { workContract } from './contract/work.js';

/**
 * The store contract: every adapter (SQLite now, PostgreSQL later) runs this same suite.
 * `makeStore` must return a fresh, empty store on each call; the suite closes it after each
 * test. It uses only the Store interface, never adapter internals.
 */
export function runStoreContract(name: string, makeStore: () => Store): void {
  describe(`Store contract: ${name}`, () => {
    describe('resources', () => resourceContract(makeStore));
    describe('executions', () => executionContract(makeStore));
    describe('steps', () => stepContract(makeStore));
    describe('map runs', () => mapRunContract(makeStore));
    describe('timers and tokens', () => workContract(makeStore));
  });
}

import { describe, expect, it } from 'vitest';
import type { ExecutionFilter, ExecutionRecord, Store } from '../../../src/store/types.js';
import { execArn, execution, smArn, stateMachine } from './fixtures.js';
import { allPages, errorName, useStore } from './harness.js';

const T0 = 1_700_000_000_000;

/** Executions: round trips, partial updates, ListExecutions order, filters and paging. */
export function executionContract(makeStore: () => Store): void {
  const store = useStore(makeStore);
  const list = (filter: ExecutionFilter, limit = 100): string[] =>
    allPages((t) => store().listExecutions(filter, limit, t)).flat().map((e) => e.name);

  describe('executions', () => {
    it('round-trips every field, nulls and non-nulls alike; unknown ARN is undefined', () => {
      const bare = execution('sm', 'bare');
      const full = execution('sm', 'full', {
        type: 'EXPRESS', status: 'FAILED', stopDate: T0 + 5, output: '{"o":1}', error: 'States.ALL', cause: 'why',
        stateMachineVersionArn: `${smArn('sm')}:3`, stateMachineAliasArn: `${smArn('sm')}:prod`,
        mapRunArn: 'arn:aws:states:us-east-1:123456789012:mapRun:sm/m:1', parentExecutionArn: execArn('sm', 'parent'),
        redriveCount: 2, redriveDate: T0 + 9, traceHeader: 'Root=1-abc',
      });
      store().insertExecution(bare);
      store().insertExecution(full);
      expect(store().getExecution(bare.arn)).toEqual(bare);
      expect(store().getExecution(full.arn)).toEqual(full);
      expect(store().getExecution(execArn('sm', 'none'))).toBeUndefined();
    });

    it('inserting an existing ARN throws and keeps the original', () => {
      const e = execution('sm', 'a');
      store().insertExecution(e);
      expect(() => store().insertExecution({ ...e, input: '{"other":true}' })).toThrow();
      expect(store().getExecution(e.arn)).toEqual(e);
    });

    it('updateExecution sets given fields only: null clears, undefined leaves as is', () => {
      const e = execution('sm', 'a', { traceHeader: 'th', error: 'old' });
      store().insertExecution(e);
      store().updateExecution(e.arn, { status: 'SUCCEEDED', stopDate: T0 + 1, output: '{}', error: null, cause: undefined });
      expect(store().getExecution(e.arn)).toEqual({ ...e, status: 'SUCCEEDED', stopDate: T0 + 1, output: '{}', error: null });
      store().updateExecution(e.arn, { redriveCount: 1, redriveDate: T0 + 2, status: 'RUNNING' });
      expect(store().getExecution(e.arn)).toMatchObject({ redriveCount: 1, redriveDate: T0 + 2, status: 'RUNNING', traceHeader: 'th' });
      store().updateExecution(e.arn, {});
      store().updateExecution(execArn('sm', 'none'), { status: 'ABORTED' });
      expect(store().getExecution(execArn('sm', 'none'))).toBeUndefined();
    });

    it('runningExecutionArns lists exactly the RUNNING ones', () => {
      store().insertExecution(execution('sm', 'r1', { startDate: T0 + 2 }));
      store().insertExecution(execution('sm', 'done', { status: 'SUCCEEDED' }));
      store().insertExecution(execution('sm', 'r2', { startDate: T0 + 1 }));
      store().insertExecution(execution('sm', 'pending', { status: 'PENDING_REDRIVE' }));
      expect([...store().runningExecutionArns()].sort()).toEqual([execArn('sm', 'r1'), execArn('sm', 'r2')].sort());
      store().updateExecution(execArn('sm', 'r1'), { status: 'ABORTED' });
      expect(store().runningExecutionArns()).toEqual([execArn('sm', 'r2')]);
    });
  });

  describe('listExecutions', () => {
    it('newest first by startDate, ties by ARN descending, across pages', () => {
      const starts: [string, number][] = [['a', 3], ['b', 1], ['c', 3], ['d', 2], ['e', 5], ['f', 3], ['g', 4]];
      for (const [name, s] of starts) store().insertExecution(execution('sm', name, { startDate: T0 + s }));
      const pages = allPages((t) => store().listExecutions({ stateMachineArn: smArn('sm') }, 3, t));
      expect(pages.map((p) => p.map((e) => e.name))).toEqual([['e', 'g', 'f'], ['c', 'a', 'd'], ['b']]);
      expect(pages[0]?.[0]).toEqual(execution('sm', 'e', { startDate: T0 + 5 }));
      expect(store().listExecutions({}, 7, null).nextToken).toBeNull();
      expect(store().listExecutions({ stateMachineArn: smArn('none') }, 3, null)).toEqual({ items: [], nextToken: null });
    });

    it('pages stay consistent when executions start between page requests', () => {
      for (let i = 0; i < 6; i++) store().insertExecution(execution('sm', `old${i}`, { startDate: T0 + i }));
      const first = store().listExecutions({}, 3, null);
      store().insertExecution(execution('sm', 'newer', { startDate: T0 + 100 }));
      const second = store().listExecutions({}, 3, first.nextToken);
      expect([...first.items, ...second.items].map((e) => e.name)).toEqual(['old5', 'old4', 'old3', 'old2', 'old1', 'old0']);
      expect(second.nextToken).toBeNull();
    });

    it('filters by state machine, version or alias ARN, map run, status and redrive', () => {
      const v1 = `${smArn('sm')}:1`;
      const v2 = `${smArn('sm')}:2`;
      const prod = `${smArn('sm')}:prod`;
      const mapRun = 'arn:aws:states:us-east-1:123456789012:mapRun:sm/m:1';
      const rows: ExecutionRecord[] = [
        execution('sm', 'plain', { startDate: T0 + 1 }),
        execution('sm', 'onV1', { startDate: T0 + 2, stateMachineVersionArn: v1, status: 'SUCCEEDED' }),
        execution('sm', 'viaProd', { startDate: T0 + 3, stateMachineVersionArn: v2, stateMachineAliasArn: prod }),
        execution('sm', 'redriven', { startDate: T0 + 4, status: 'FAILED', redriveCount: 1, redriveDate: T0 + 9 }),
        execution('sm', 'child', { startDate: T0 + 5, mapRunArn: mapRun, status: 'FAILED' }),
        execution('other', 'elsewhere', { startDate: T0 + 6 }),
      ];
      for (const e of rows) store().insertExecution(e);
      expect(list({})).toEqual(['elsewhere', 'child', 'redriven', 'viaProd', 'onV1', 'plain']);
      expect(list({ stateMachineArn: smArn('sm') })).toEqual(['child', 'redriven', 'viaProd', 'onV1', 'plain']);
      expect(list({ stateMachineArn: smArn('other') })).toEqual(['elsewhere']);
      expect(list({ versionOrAliasArn: v1 })).toEqual(['onV1']);
      expect(list({ versionOrAliasArn: v2 })).toEqual(['viaProd']);
      expect(list({ versionOrAliasArn: prod })).toEqual(['viaProd']);
      expect(list({ versionOrAliasArn: `${smArn('sm')}:9` })).toEqual([]);
      expect(list({ mapRunArn: mapRun })).toEqual(['child']);
      expect(list({ status: 'FAILED' })).toEqual(['child', 'redriven']);
      expect(list({ stateMachineArn: smArn('sm'), status: 'RUNNING' })).toEqual(['viaProd', 'plain']);
      expect(list({ stateMachineArn: smArn('sm'), redriveFilter: 'REDRIVEN' })).toEqual(['redriven']);
      expect(list({ stateMachineArn: smArn('sm'), redriveFilter: 'NOT_REDRIVEN' })).toEqual(['child', 'viaProd', 'onV1', 'plain']);
      expect(list({ mapRunArn: mapRun, status: 'FAILED', redriveFilter: 'NOT_REDRIVEN' })).toEqual(['child']);
      expect(list({ stateMachineArn: smArn('sm'), status: 'FAILED', redriveFilter: 'REDRIVEN' })).toEqual(['redriven']);
    });

    it('paginates a filtered list of 250 with every execution exactly once, in order', () => {
      for (let i = 0; i < 500; i++) {
        store().insertExecution(execution(i % 2 === 0 ? 'even' : 'odd', `e${String(i).padStart(3, '0')}`, {
          startDate: T0 + Math.floor(i / 4), status: i % 3 === 0 ? 'SUCCEEDED' : 'RUNNING',
        }));
      }
      const pages = allPages((t) => store().listExecutions({ stateMachineArn: smArn('even') }, 100, t));
      expect(pages.map((p) => p.length)).toEqual([100, 100, 50]);
      const got = pages.flat();
      const expected = [...got].sort((x, y) => y.startDate - x.startDate || (x.arn < y.arn ? 1 : -1));
      expect(got.map((e) => e.arn)).toEqual(expected.map((e) => e.arn));
      expect(new Set(got.map((e) => e.arn)).size).toBe(250);
      expect(got.every((e) => e.stateMachineArn === smArn('even'))).toBe(true);
      const succeeded = allPages((t) => store().listExecutions({ stateMachineArn: smArn('even'), status: 'SUCCEEDED' }, 30, t)).flat();
      expect(succeeded.length).toBe(84);
    });

    it('rejects a foreign or corrupted token with InvalidToken', () => {
      for (let i = 0; i < 3; i++) store().insertExecution(execution('sm', `e${i}`, { startDate: T0 + i }));
      store().putStateMachine(stateMachine('x'));
      store().putStateMachine(stateMachine('y'));
      const smToken = store().listStateMachines(1, null).nextToken;
      expect(errorName(() => store().listExecutions({}, 1, smToken))).toBe('InvalidToken');
      expect(errorName(() => store().listExecutions({}, 1, 'eyJub3QiOiJ0aGlzIn0'))).toBe('InvalidToken');
    });
    it('search (a Stepwise extension) matches name, input, output, error or cause, case-insensitively, literally', () => {
      store().insertExecution(execution('sm', 'order-42', { startDate: T0 + 1 }));
      store().insertExecution(execution('sm', 'b', { startDate: T0 + 2, input: '{"customer":"Ada"}' }));
      store().insertExecution(execution('sm', 'c', { startDate: T0 + 3, output: '{"total":"100%"}' }));
      store().insertExecution(execution('sm', 'd', { startDate: T0 + 4, status: 'FAILED', error: 'Payment.Declined', cause: 'card expired' }));
      store().insertExecution(execution('other', 'ada-too', { startDate: T0 + 5 }));
      expect(list({ search: 'ORDER' })).toEqual(['order-42']);
      expect(list({ search: 'ada' })).toEqual(['ada-too', 'b']);
      expect(list({ search: 'ada', stateMachineArn: smArn('sm') })).toEqual(['b']);
      expect(list({ search: '100%' })).toEqual(['c']);
      expect(list({ search: '%' })).toEqual(['c']);
      expect(list({ search: 'declined', status: 'FAILED' })).toEqual(['d']);
      expect(list({ search: 'expired' }, 1)).toEqual(['d']);
      expect(list({ search: 'nothing like it' })).toEqual([]);
    });
  });
}

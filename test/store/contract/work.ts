import { describe, expect, it } from 'vitest';
import type { Store, TaskTokenRecord } from '../../../src/store/types.js';
import { activityArn, execArn, execution, step, token } from './fixtures.js';
import { useStore } from './harness.js';

const T0 = 1_700_000_000_000;
const A = execArn('sm', 'a');
const B = execArn('sm', 'b');
const ACT = activityArn('act');

/** Timers and task tokens: due-time queries, token updates, activity task claims. */
export function workContract(makeStore: () => Store): void {
  const store = useStore(makeStore);
  const seed = (): void => {
    store().insertExecution(execution('sm', 'a'));
    store().insertExecution(execution('sm', 'b'));
  };
  const addTokens = (...tokens: TaskTokenRecord[]): void => {
    for (const t of tokens) store().writeStep(step(t.executionArn, { tokensAdded: [t] }));
  };

  describe('timers', () => {
    it('timersDue returns timers due by now, earliest first, up to limit', () => {
      seed();
      store().writeStep(step(A, { timersAdded: [
        { executionArn: A, threadId: 0, ticket: 1, dueAt: T0 + 30 },
        { executionArn: A, threadId: 1, ticket: 2, dueAt: T0 + 10 },
        { executionArn: A, threadId: 0, ticket: 3, dueAt: T0 + 99 },
      ] }));
      store().writeStep(step(B, { timersAdded: [{ executionArn: B, threadId: 0, ticket: 1, dueAt: T0 + 20 }] }));
      const due = (now: number, limit: number): [string, number][] =>
        store().timersDue(now, limit).map((t) => [t.executionArn, t.ticket]);
      expect(store().timersDue(T0 + 30, 10)).toEqual([
        { executionArn: A, threadId: 1, ticket: 2, dueAt: T0 + 10 },
        { executionArn: B, threadId: 0, ticket: 1, dueAt: T0 + 20 },
        { executionArn: A, threadId: 0, ticket: 1, dueAt: T0 + 30 },
      ]);
      expect(due(T0 + 30, 2)).toEqual([[A, 2], [B, 1]]);
      expect(due(T0 + 9, 10)).toEqual([]);
      expect(due(T0 + 1000, 10)).toEqual([[A, 2], [B, 1], [A, 1], [A, 3]]);
    });

    it('nextTimerDue is the earliest dueAt, or null without timers', () => {
      seed();
      expect(store().nextTimerDue()).toBeNull();
      store().writeStep(step(A, { timersAdded: [
        { executionArn: A, threadId: 0, ticket: 1, dueAt: T0 + 30 },
        { executionArn: A, threadId: 0, ticket: 2, dueAt: T0 + 10 },
      ] }));
      expect(store().nextTimerDue()).toBe(T0 + 10);
      store().writeStep(step(A, { timersRemoved: [{ executionArn: A, ticket: 2 }] }));
      expect(store().nextTimerDue()).toBe(T0 + 30);
      store().writeStep(step(A, { timersRemoved: [{ executionArn: A, ticket: 1 }] }));
      expect(store().nextTimerDue()).toBeNull();
    });

    it('timers(executionArn) lists one execution\'s timers by ticket', () => {
      seed();
      store().writeStep(step(A, { timersAdded: [
        { executionArn: A, threadId: 0, ticket: 5, dueAt: T0 },
        { executionArn: A, threadId: 2, ticket: 3, dueAt: T0 + 100 },
      ] }));
      store().writeStep(step(B, { timersAdded: [{ executionArn: B, threadId: 0, ticket: 4, dueAt: T0 }] }));
      expect(store().timers(A).map((t) => t.ticket)).toEqual([3, 5]);
      expect(store().timers(execArn('sm', 'none'))).toEqual([]);
    });
  });

  describe('task tokens', () => {
    it('getToken round-trips; updateToken sets given fields only', () => {
      seed();
      const t = token(A, 'cb', { heartbeatSeconds: 10, heartbeatDeadline: T0 + 10_000 });
      addTokens(t);
      expect(store().getToken('cb')).toEqual(t);
      expect(store().getToken('nope')).toBeUndefined();
      store().updateToken('cb', { heartbeatDeadline: T0 + 20_000, workerName: undefined });
      expect(store().getToken('cb')).toEqual({ ...t, heartbeatDeadline: T0 + 20_000 });
      store().updateToken('cb', { status: 'STARTED', workerName: 'w', heartbeatDeadline: null });
      expect(store().getToken('cb')).toEqual({ ...t, status: 'STARTED', workerName: 'w', heartbeatDeadline: null });
      store().updateToken('nope', { status: 'STARTED' });
      expect(store().getToken('nope')).toBeUndefined();
    });

    it('tokensOf lists an execution\'s tokens in creation order', () => {
      seed();
      addTokens(token(A, 'z1', { ticket: 1 }), token(B, 'b1'), token(A, 'a2', { ticket: 2 }));
      expect(store().tokensOf(A).map((t) => t.token)).toEqual(['z1', 'a2']);
      expect(store().tokensOf(execArn('sm', 'none'))).toEqual([]);
    });

    it('waitingTasks lists activity tasks and callbacks oldest first, never local invocations', () => {
      seed();
      addTokens(
        token(A, 'cb-late', { createdAt: T0 + 5, stateName: 'Approve', resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken' }),
        token(B, 'local:1'),
        token(A, 'act', { createdAt: T0, activityArn: 'arn:aws:states:us-east-1:123456789012:activity:a', stateName: 'Work' }),
      );
      const waiting = store().waitingTasks(10);
      expect(waiting.map((t) => [t.token, t.stateName])).toEqual([['act', 'Work'], ['cb-late', 'Approve']]);
      expect(waiting[1]?.resource).toBe('arn:aws:states:::sqs:sendMessage.waitForTaskToken');
      expect(store().waitingTasks(1).map((t) => t.token)).toEqual(['act']);
    });

    it('claimActivityTask takes the oldest scheduled task of that activity and marks it STARTED', () => {
      seed();
      addTokens(
        token(A, 'late', { activityArn: ACT, createdAt: T0 + 5 }),
        token(A, 'early', { activityArn: ACT, createdAt: T0 + 1, ticket: 2 }),
        token(B, 'other-activity', { activityArn: activityArn('other'), createdAt: T0 }),
        token(B, 'callback', { activityArn: null, createdAt: T0 }),
      );
      const claimed = store().claimActivityTask(ACT, 'worker-1', T0 + 100);
      expect(claimed).toEqual(token(A, 'early', { activityArn: ACT, createdAt: T0 + 1, ticket: 2, status: 'STARTED', workerName: 'worker-1' }));
      expect(store().getToken('early')).toEqual(claimed);
      expect(store().claimActivityTask(ACT, null, T0 + 101)).toMatchObject({ token: 'late', status: 'STARTED', workerName: null });
      expect(store().claimActivityTask(ACT, 'worker-1', T0 + 102)).toBeUndefined();
      expect(store().claimActivityTask(activityArn('none'), 'w', T0)).toBeUndefined();
      expect(store().getToken('callback')?.status).toBe('SCHEDULED');
    });

    it('tasks created in the same millisecond are claimed in insertion order', () => {
      seed();
      addTokens(...['t3', 't1', 't2'].map((id) => token(A, id, { activityArn: ACT, createdAt: T0 })));
      const order = [1, 2, 3].map(() => store().claimActivityTask(ACT, 'w', T0)?.token);
      expect(order).toEqual(['t3', 't1', 't2']);
    });

    it('a claim restarts the heartbeat deadline from now when the task has HeartbeatSeconds', () => {
      seed();
      addTokens(
        token(A, 'hb', { activityArn: ACT, createdAt: T0, heartbeatSeconds: 30, heartbeatDeadline: T0 + 30_000 }),
        token(A, 'nohb', { activityArn: ACT, createdAt: T0 + 1 }),
      );
      expect(store().claimActivityTask(ACT, 'w', T0 + 5_000)?.heartbeatDeadline).toBe(T0 + 35_000);
      expect(store().claimActivityTask(ACT, 'w', T0 + 5_000)?.heartbeatDeadline).toBeNull();
    });

    it('never hands the same task out twice', () => {
      seed();
      const n = 50;
      for (let i = 0; i < n; i++) addTokens(token(i % 2 ? A : B, `t${i}`, { activityArn: ACT, createdAt: T0 + (i % 7) }));
      const seen: string[] = [];
      for (let i = 0; i < n + 5; i++) {
        const c = store().claimActivityTask(ACT, `w${i % 3}`, T0 + 1000);
        if (c !== undefined) seen.push(c.token);
      }
      expect(seen.length).toBe(n);
      expect(new Set(seen).size).toBe(n);
      expect(store().tokensOf(A).every((t) => t.status === 'STARTED')).toBe(true);
    });

    it('a started task is never claimed again, even after other tasks are scheduled', () => {
      seed();
      addTokens(token(A, 'first', { activityArn: ACT, createdAt: T0 }));
      expect(store().claimActivityTask(ACT, 'w', T0)?.token).toBe('first');
      addTokens(token(A, 'second', { activityArn: ACT, createdAt: T0 - 10, ticket: 2 }));
      expect(store().claimActivityTask(ACT, 'w', T0)?.token).toBe('second');
      expect(store().claimActivityTask(ACT, 'w', T0)).toBeUndefined();
    });
  });
}

import { describe, expect, it } from 'vitest';
import { UndoStack } from '../../console/src/designer/model/index.js';

describe('UndoStack', () => {
  it('undoes and redoes', () => {
    const s = new UndoStack('a');
    expect([s.canUndo, s.canRedo]).toEqual([false, false]);
    s.push('b');
    s.push('c');
    expect(s.present).toBe('c');
    expect(s.undo()).toBe('b');
    expect(s.undo()).toBe('a');
    expect(s.undo()).toBe('a');
    expect([s.canUndo, s.canRedo]).toEqual([false, true]);
    expect(s.redo()).toBe('b');
    s.push('d');
    expect(s.canRedo).toBe(false);
    expect(s.redo()).toBe('d');
    expect(s.undo()).toBe('b');
  });

  it('ignores pushing the present', () => {
    const s = new UndoStack('a');
    s.push('a');
    expect(s.canUndo).toBe(false);
  });

  it('coalesces a typing burst with the same key', () => {
    let t = 0;
    const s = new UndoStack('', { now: () => t, burstMs: 500 });
    for (const text of ['h', 'he', 'hel']) {
      t += 100;
      s.push(text, { coalesceKey: 'name' });
    }
    t += 100;
    s.push('x', { coalesceKey: 'other' });
    expect(s.undo()).toBe('hel');
    expect(s.undo()).toBe('');
    expect(s.canUndo).toBe(false);
  });

  it('starts a new step after a pause, an undo or another key', () => {
    let t = 0;
    const s = new UndoStack('', { now: () => t, burstMs: 500 });
    s.push('a', { coalesceKey: 'k' });
    t += 1000;
    s.push('ab', { coalesceKey: 'k' });
    expect(s.undo()).toBe('a');
    s.push('ac', { coalesceKey: 'k' });
    expect(s.undo()).toBe('a');
    s.push('ad');
    s.push('ae');
    expect(s.undo()).toBe('ad');
  });

  it('keeps at most `limit` undo steps (200 by default)', () => {
    const s = new UndoStack(0);
    for (let i = 1; i <= 250; i++) s.push(i);
    let steps = 0;
    while (s.canUndo) {
      s.undo();
      steps++;
    }
    expect(steps).toBe(200);
    expect(s.present).toBe(50);
  });

  it('resets', () => {
    const s = new UndoStack(1);
    s.push(2);
    s.reset(3);
    expect([s.present, s.canUndo, s.canRedo]).toEqual([3, false, false]);
  });
});

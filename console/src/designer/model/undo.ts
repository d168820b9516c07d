/**
 * Undo/redo history of immutable values (the designer keeps whole documents: they share
 * structure, so an entry costs only what changed).
 */

/** Options of {@link UndoStack}. */
export interface UndoOptions {
  /** Most undo steps kept; older ones are forgotten. Default 200. */
  readonly limit?: number;
  /** Pushes with the same coalesce key closer than this (ms) form one step. Default 1000. */
  readonly burstMs?: number;
  /** Clock, injectable for tests. */
  readonly now?: () => number;
}

/** Undo/redo over values of type T. */
export class UndoStack<T> {
  private past: T[] = [];
  private future: T[] = [];
  private current: T;
  private lastKey: string | undefined;
  private lastAt = 0;
  private readonly limit: number;
  private readonly burstMs: number;
  private readonly now: () => number;

  constructor(initial: T, options: UndoOptions = {}) {
    this.current = initial;
    this.limit = options.limit ?? 200;
    this.burstMs = options.burstMs ?? 1000;
    this.now = options.now ?? (() => Date.now());
  }

  /** The current value. */
  get present(): T {
    return this.current;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /**
   * Makes `next` the present and clears redo. With a `coalesceKey` equal to the previous push's
   * and within the burst window, it replaces the present instead (typing in one field is one
   * undo step). Pushing the present itself does nothing.
   */
  push(next: T, options: { coalesceKey?: string } = {}): void {
    if (Object.is(next, this.current)) return;
    const at = this.now();
    const key = options.coalesceKey;
    const coalesce = key !== undefined && key === this.lastKey && at - this.lastAt <= this.burstMs && this.past.length > 0;
    if (!coalesce) {
      this.past.push(this.current);
      if (this.past.length > this.limit) this.past.splice(0, this.past.length - this.limit);
    }
    this.current = next;
    this.future = [];
    this.lastKey = key;
    this.lastAt = at;
  }

  /** Steps back; returns the new present (unchanged when there is nothing to undo). */
  undo(): T {
    if (this.past.length > 0) {
      this.future.push(this.current);
      this.current = this.past.pop() as T;
    }
    this.lastKey = undefined; // an undo ends any typing burst
    return this.current;
  }

  /** Steps forward again; returns the new present. */
  redo(): T {
    if (this.future.length > 0) {
      this.past.push(this.current);
      this.current = this.future.pop() as T;
    }
    this.lastKey = undefined;
    return this.current;
  }

  /** Forgets all history, keeping `value` as the present (e.g. after loading another machine). */
  reset(value: T): void {
    this.past = [];
    this.future = [];
    this.current = value;
    this.lastKey = undefined;
  }
}

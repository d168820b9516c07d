import { DesignerError } from './types.js';

/** State names: unique across the whole machine (AWS rejects duplicates in any scope). */

/** AWS's limit on state name length (src/asl/validate/machine.ts). */
export const MAX_STATE_NAME_LENGTH = 80;

/** `base`, else `base 1`, `base 2`, … — the first not in `taken`. */
export function uniqueName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 1; ; i++) {
    const candidate = `${base} ${i}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Throws a {@link DesignerError} when `name` cannot name a new state. */
export function checkNewName(name: string, taken: ReadonlySet<string>): void {
  if (name.length === 0) throw new DesignerError('A state name cannot be empty.');
  if ([...name].length > MAX_STATE_NAME_LENGTH) {
    throw new DesignerError(`A state name can have at most ${MAX_STATE_NAME_LENGTH} characters.`);
  }
  if (taken.has(name)) throw new DesignerError(`A state named "${name}" already exists.`);
}

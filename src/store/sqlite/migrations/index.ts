import { initialSchema } from './001-initial.js';
import { mapRunsSchema } from './002-map-runs.js';
import { tokenStateSchema } from './003-token-state.js';
import { mapRunRedriveSchema } from './004-map-run-redrive.js';

/** One schema change, applied once and recorded in `schema_migrations` under `version`. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Every migration, in the order they apply. Append only: a released migration is never
 * edited or renumbered, since databases in the field have already recorded it.
 */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initialSchema },
  { version: 2, name: 'map-runs', sql: mapRunsSchema },
  { version: 3, name: 'token-state', sql: tokenStateSchema },
  { version: 4, name: 'map-run-redrive', sql: mapRunRedriveSchema },
];

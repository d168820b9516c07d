/**
 * Waiting tasks name their state and resource, so the console can list "what is waiting on
 * whom" (activity tasks and `.waitForTaskToken` callbacks) without replaying histories.
 * Rows written before this migration read as '' (unknown).
 */
export const tokenStateSchema = `
ALTER TABLE tokens ADD COLUMN state_name TEXT NOT NULL DEFAULT '';
ALTER TABLE tokens ADD COLUMN resource TEXT NOT NULL DEFAULT '';
CREATE INDEX tokens_waiting ON tokens (created_at, id) WHERE token NOT LIKE 'local:%';
`;

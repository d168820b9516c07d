/**
 * A Map Run is redriven with its parent execution (same ARN, MapRunRedriven): DescribeMapRun
 * reports how often and when last. Rows written before this migration read as never redriven.
 */
export const mapRunRedriveSchema = `
ALTER TABLE map_runs ADD COLUMN redrive_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE map_runs ADD COLUMN redrive_date INTEGER;
`;

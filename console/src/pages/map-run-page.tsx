import { call } from '../api/sfn-client.js';
import type { MapRunDescription } from '../api/types.js';
import { ErrorBox, Field } from '../ui/controls.js';
import { arnName, formatDate } from '../ui/format.js';
import { href } from '../ui/route.js';
import { StatusBadge } from '../ui/status.js';
import { useAsync } from '../ui/use-async.js';
import { ExecutionsTable } from './executions-table.js';

const COUNTERS = ['pending', 'running', 'succeeded', 'failed', 'timedOut', 'aborted', 'total'] as const;

/** A Distributed Map run: its limits, item and execution counters, and child executions. */
export function MapRunPage({ arn }: { arn: string }) {
  const run = useAsync(() => call<MapRunDescription>('DescribeMapRun', { mapRunArn: arn }), [arn]);
  const r = run.data;
  return (
    <>
      <div className="sw-breadcrumbs">{r && <><a href={href('execution', r.executionArn)}>{arnName(r.executionArn)}</a> / </>}Map Run</div>
      <div className="sw-page-head"><h1>Map Run {arnName(arn).split('/').pop()}</h1>{r && <StatusBadge status={r.status} />}
        <div className="sw-actions"><button className="sw-button" type="button" onClick={run.reload}>Refresh</button></div>
      </div>
      <ErrorBox error={run.error} />
      {r && (
        <>
          <section className="sw-panel sw-grid" aria-label="Map Run details">
            <Field label="Parent execution"><a href={href('execution', r.executionArn)}>{arnName(r.executionArn)}</a></Field>
            <Field label="Started">{formatDate(r.startDate)}</Field>
            <Field label="Ended">{formatDate(r.stopDate)}</Field>
            <Field label="Max concurrency">{r.maxConcurrency === 0 ? 'Unlimited' : r.maxConcurrency}</Field>
            <Field label="Tolerated failures">{r.toleratedFailureCount} items or {r.toleratedFailurePercentage}%</Field>
          </section>
          <section className="sw-panel" aria-label="Counters">
            <table className="sw-table">
              <thead><tr><th />{COUNTERS.map((c) => <th key={c}>{c === 'timedOut' ? 'Timed out' : c[0]?.toUpperCase() + c.slice(1)}</th>)}</tr></thead>
              <tbody>
                <tr><td><strong>Items</strong></td>{COUNTERS.map((c) => <td key={c}>{r.itemCounts[c] ?? 0}</td>)}</tr>
                <tr><td><strong>Child executions</strong></td>{COUNTERS.map((c) => <td key={c}>{r.executionCounts[c] ?? 0}</td>)}</tr>
              </tbody>
            </table>
          </section>
        </>
      )}
      <section className="sw-panel"><h2>Child executions</h2><ExecutionsTable scope={{ mapRunArn: arn }} /></section>
    </>
  );
}

import { useEffect, useState } from 'react';
import { searchExecutions, type ExecutionQuery } from '../api/console-api.js';
import type { ExecutionStatus } from '../api/types.js';
import { ErrorBox } from '../ui/controls.js';
import { arnName, formatDate, formatDuration } from '../ui/format.js';
import { href } from '../ui/route.js';
import { StatusBadge } from '../ui/status.js';
import { useAsync } from '../ui/use-async.js';

const STATUSES: ExecutionStatus[] = ['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'PENDING_REDRIVE'];
const PAGE = 50;

/**
 * Executions, newest first, filtered by status and searched by name, input, output or
 * error. Pagination is the server's (keyset tokens), so 10,000 executions cost the same
 * per page as 10: the browser only ever holds one page.
 */
export function ExecutionsTable({ scope, showStateMachine = false, refreshKey = 0 }: { scope: Pick<ExecutionQuery, 'stateMachineArn' | 'mapRunArn'>; showStateMachine?: boolean; refreshKey?: number }) {
  const [status, setStatus] = useState<ExecutionStatus | ''>('');
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [tokens, setTokens] = useState<Array<string | null>>([null]);
  useEffect(() => {
    const t = setTimeout(() => setSearch(typed.trim()), 250);
    return () => clearTimeout(t);
  }, [typed]);
  useEffect(() => setTokens([null]), [status, search, scope.stateMachineArn, scope.mapRunArn]);
  const token = tokens[tokens.length - 1] ?? null;
  const page = useAsync(() => searchExecutions({ ...scope, statusFilter: status, search, maxResults: PAGE, nextToken: token }), [scope.stateMachineArn, scope.mapRunArn, status, search, token, refreshKey]);
  const rows = page.data?.executions ?? [];
  return (
    <div>
      <div className="sw-toolbar">
        <input className="sw-input" type="search" placeholder="Search by name, input, output or error" aria-label="Search executions" value={typed} onChange={(e) => setTyped(e.target.value)} />
        <select className="sw-select" aria-label="Status filter" value={status} onChange={(e) => setStatus(e.target.value as ExecutionStatus | '')}>
          <option value="">Any status</option>
          {STATUSES.map((s) => <option key={s} value={s}>{s.replace('_', ' ').toLowerCase()}</option>)}
        </select>
        <button className="sw-button small" type="button" onClick={page.reload}>Refresh</button>
      </div>
      <ErrorBox error={page.error} />
      <table className="sw-table" aria-label="Executions">
        <thead><tr><th>Name</th><th>Status</th>{showStateMachine && <th>State machine</th>}<th>Started</th><th>Ended</th><th>Duration</th></tr></thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.executionArn} data-testid="execution-row">
              <td><a href={href('execution', e.executionArn)}>{e.name}</a>{(e.redriveCount ?? 0) > 0 && <span className="sw-tag" style={{ marginLeft: 6 }}>redriven ×{e.redriveCount}</span>}</td>
              <td><StatusBadge status={e.status} /></td>
              {showStateMachine && <td><a href={href('state-machine', e.stateMachineArn)}>{arnName(e.stateMachineArn)}</a></td>}
              <td>{formatDate(e.startDate)}</td>
              <td>{formatDate(e.stopDate)}</td>
              <td>{e.stopDate ? formatDuration((e.stopDate - e.startDate) * 1000) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!page.loading && rows.length === 0 && <div className="sw-empty">{search || status ? 'No execution matches.' : 'No executions yet.'}</div>}
      <div className="sw-pager">
        <button className="sw-button small" type="button" disabled={tokens.length === 1} onClick={() => setTokens(tokens.slice(0, -1))}>Previous</button>
        <span aria-live="polite">Page {tokens.length}</span>
        <button className="sw-button small" type="button" disabled={!page.data?.nextToken} onClick={() => setTokens([...tokens, page.data?.nextToken ?? null])}>Next</button>
      </div>
    </div>
  );
}

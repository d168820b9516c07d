import { formatDate, formatDuration } from '../ui/format.js';
import { StatusBadge } from '../ui/status.js';
import type { Step } from './execution-steps.js';

const COLORS: Record<string, string> = { SUCCEEDED: '#1d8102', FAILED: '#d13212', IN_PROGRESS: '#0972d3', CAUGHT_ERROR: '#e07700', CANCELLED: '#5f6b7a' };

/** Every state run with its type, status, start, duration and a bar on the execution's timeline. */
export function StepsTable({ steps, selected, onSelect, end }: { steps: Step[]; selected?: string; onSelect(name: string): void; end?: number }) {
  const t0 = steps[0]?.enteredAt ?? 0;
  const t1 = Math.max(end ?? 0, ...steps.map((s) => s.exitedAt ?? s.enteredAt), t0 + 0.001);
  const span = t1 - t0;
  return (
    <table className="sw-table" aria-label="States">
      <thead><tr><th>State</th><th>Type</th><th>Status</th><th>Started</th><th>Duration</th><th style={{ width: '30%' }}>Timeline</th></tr></thead>
      <tbody>
        {steps.map((s) => {
          const stop = s.exitedAt ?? end ?? t1;
          return (
            <tr key={s.enteredId} aria-selected={s.name === selected} data-testid="step-row">
              <td><button className="sw-button link" type="button" onClick={() => onSelect(s.name)}>{s.name}</button></td>
              <td>{s.type}</td>
              <td><StatusBadge status={s.status} /></td>
              <td>{formatDate(s.enteredAt)}</td>
              <td>{s.exitedAt !== undefined ? formatDuration((s.exitedAt - s.enteredAt) * 1000) : '—'}</td>
              <td>
                <div className="sw-timeline" role="img" aria-label={`${s.name} from ${formatDuration((s.enteredAt - t0) * 1000)} to ${formatDuration((stop - t0) * 1000)}`}>
                  <span style={{ left: `${((s.enteredAt - t0) / span) * 100}%`, width: `${Math.max(((stop - s.enteredAt) / span) * 100, 0.5)}%`, background: COLORS[s.status] }} />
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

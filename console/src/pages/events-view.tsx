import { useMemo, useState } from 'react';
import type { HistoryEvent } from '../api/types.js';
import { formatDate } from '../ui/format.js';

/** The raw history, as GetExecutionHistory returns it, filterable by type or content. */
export function EventsView({ events }: { events: HistoryEvent[] }) {
  const [filter, setFilter] = useState('');
  const [open, setOpen] = useState<number | null>(null);
  const shown = useMemo(() => {
    const f = filter.trim().toLowerCase();
    return f === '' ? events : events.filter((e) => JSON.stringify(e).toLowerCase().includes(f));
  }, [events, filter]);
  return (
    <div>
      <div className="sw-toolbar">
        <input className="sw-input" type="search" aria-label="Filter events" placeholder="Filter by type, state or content" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <span className="sw-muted">{shown.length} of {events.length} events</span>
      </div>
      <table className="sw-table" aria-label="Events">
        <thead><tr><th>ID</th><th>Type</th><th>Step</th><th>Previous</th><th>Timestamp</th></tr></thead>
        <tbody>
          {shown.map((e) => {
            const details = Object.entries(e).find(([k]) => k.endsWith('EventDetails'))?.[1] as Record<string, unknown> | undefined;
            return (
              <tr key={e.id} data-testid="event-row">
                <td>{e.id}</td>
                <td>
                  <button className="sw-button link" type="button" aria-expanded={open === e.id} onClick={() => setOpen(open === e.id ? null : e.id)}>{e.type}</button>
                  {open === e.id && <pre className="sw-json">{JSON.stringify(e, null, 2)}</pre>}
                </td>
                <td>{typeof details?.name === 'string' ? details.name : ''}</td>
                <td>{e.previousEventId}</td>
                <td>{formatDate(e.timestamp)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

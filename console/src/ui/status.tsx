/** A status shown by colour AND an icon AND its label, so colour is never the only signal. */
const ICONS: Record<string, string> = {
  SUCCEEDED: '✓', FAILED: '✕', TIMED_OUT: '⏱', RUNNING: '●', IN_PROGRESS: '●', ABORTED: '⊘', CANCELLED: '⊘',
  PENDING_REDRIVE: '↻', CAUGHT_ERROR: '!', NOT_STARTED: '○', ACTIVE: '✓',
};

export function statusLabel(status: string): string {
  const s = status === 'IN_PROGRESS' ? 'RUNNING' : status;
  return s.charAt(0) + s.slice(1).toLowerCase().replace(/_/g, ' ');
}

export function StatusBadge({ status }: { status: string }) {
  const cls = (status === 'IN_PROGRESS' ? 'RUNNING' : status === 'CANCELLED' ? 'ABORTED' : status).toLowerCase();
  return (
    <span className={`sw-status ${cls}`} data-status={status}>
      <span className="sw-status-icon" aria-hidden="true">{ICONS[status] ?? '•'}</span>
      {statusLabel(status)}
    </span>
  );
}

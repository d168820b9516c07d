import { useEffect, useRef, type ReactNode } from 'react';

/** A modal dialog: focus moves in on open, Escape closes, the backdrop click closes. */
export function Dialog({ title, onClose, children, actions }: { title: string; onClose(): void; children: ReactNode; actions: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('input, textarea, select, button, [tabindex="0"], .cm-content');
    first?.focus();
  }, []);
  return (
    <div className="sw-dialog-backdrop" onMouseDown={(e) => { if (e.target === e.currentTarget) onClose(); }}>
      <div className="sw-dialog" role="dialog" aria-modal="true" aria-label={title} ref={ref} onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
        <h2>{title}</h2>
        {children}
        <div className="sw-dialog-actions">{actions}</div>
      </div>
    </div>
  );
}

export function ErrorBox({ error }: { error: unknown }) {
  if (error === null || error === undefined) return null;
  const e = error as { name?: string; message?: string };
  return <div className="sw-error" role="alert"><strong>{e.name ?? 'Error'}</strong>: {e.message ?? String(error)}</div>;
}

export function Tabs<T extends string>({ tabs, value, onChange }: { tabs: Array<[T, string]>; value: T; onChange(v: T): void }) {
  return (
    <div className="sw-tabs" role="tablist">
      {tabs.map(([id, label]) => (
        <button key={id} role="tab" aria-selected={value === id} onClick={() => onChange(id)} type="button">{label}</button>
      ))}
    </div>
  );
}

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <div className="sw-field-label">{label}</div>
      <div className="sw-field-value">{children}</div>
    </div>
  );
}

export function JsonBlock({ text, label }: { text: string; label: string }) {
  return <pre className="sw-json" aria-label={label} data-testid={`json-${label.toLowerCase().replace(/\s+/g, '-')}`}>{text || '—'}</pre>;
}

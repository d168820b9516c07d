import { useEffect, useState } from 'react';

export interface FieldSpec {
  name: string;
  kind: string;
  options?: readonly string[];
  help?: string;
}

/**
 * One inspector field. Text-like fields commit as you type; JSON fields commit once their
 * text parses (an unparsable draft stays in the box, marked invalid, and is not applied).
 * An empty value removes the field from the state.
 */
export function FieldInput({ spec, value, onChange, idPrefix }: { spec: FieldSpec; value: unknown; onChange(v: unknown): void; idPrefix: string }) {
  const id = `${idPrefix}-${spec.name}`;
  const label = <label htmlFor={id}>{spec.name}</label>;
  const help = spec.help ? <div className="sw-form-help">{spec.help}</div> : null;
  if (spec.kind === 'boolean') {
    return (
      <div className="sw-form-row">
        <label htmlFor={id}><input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked ? true : undefined)} /> {spec.name}</label>
        {help}
      </div>
    );
  }
  if (spec.kind === 'enum') {
    return (
      <div className="sw-form-row">{label}
        <select id={id} className="sw-select" value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}>
          <option value="">(not set)</option>
          {(spec.options ?? []).map((o) => <option key={o} value={o}>{o}</option>)}
        </select>{help}
      </div>
    );
  }
  if (spec.kind === 'json') return <JsonField id={id} label={label} help={help} value={value} onChange={onChange} />;
  const text = value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  return (
    <div className="sw-form-row">{label}
      <input id={id} className="sw-input mono" value={text} inputMode={spec.kind === 'integer' ? 'numeric' : undefined}
        onChange={(e) => onChange(convert(spec.kind, e.target.value))} />{help}
    </div>
  );
}

/** Integers are numbers unless the text is a JSONata `{% … %}` expression (JSONata allows both). */
function convert(kind: string, text: string): unknown {
  if (text === '') return undefined;
  if (kind === 'integer' && /^-?\d+(\.\d+)?$/.test(text.trim())) return Number(text);
  return text;
}

function JsonField({ id, label, help, value, onChange }: { id: string; label: React.ReactNode; help: React.ReactNode; value: unknown; onChange(v: unknown): void }) {
  const shown = value === undefined ? '' : JSON.stringify(value, null, 2);
  const [draft, setDraft] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => { setDraft(shown); setInvalid(false); }, [shown]);
  return (
    <div className="sw-form-row">{label}
      <textarea id={id} className="sw-textarea" aria-invalid={invalid} value={draft} rows={Math.min(Math.max(draft.split('\n').length, 2), 12)}
        onChange={(e) => {
          setDraft(e.target.value);
          if (e.target.value.trim() === '') { setInvalid(false); onChange(undefined); return; }
          try { onChange(JSON.parse(e.target.value)); setInvalid(false); } catch { setInvalid(true); }
        }} />
      {invalid ? <div className="sw-form-help" style={{ color: 'var(--sw-danger)' }}>Not valid JSON yet: not applied.</div> : help}
    </div>
  );
}

import { useEffect, useState } from 'react';
import { fieldsFor, findState, getScope, listStates, queryLanguageOf, setQueryLanguage, setStartAt, setStateField, type AslDoc } from '../model/index.js';
import { FieldInput } from './field-input.js';
import { TransitionsEditor } from './transitions-editor.js';

type Edit = (change: (doc: AslDoc) => AslDoc, coalesceKey?: string) => void;

interface Props {
  doc: AslDoc;
  name: string;
  edit: Edit;
  onRename(to: string): void;
  onDelete(): void;
  diagnostics: Array<{ severity: string; message: string; code: string }>;
}

/** The form for one state: name, transitions, query language and every field of its type. */
export function Inspector({ doc, name, edit, onRename, onDelete, diagnostics }: Props) {
  const entry = findState(doc, name);
  const [draftName, setDraftName] = useState(name);
  useEffect(() => setDraftName(name), [name]);
  if (!entry) return <p className="sw-muted">The state “{name}” is no longer in the definition.</p>;
  const lang = queryLanguageOf(doc, name);
  const scopeKey = JSON.stringify(entry.scope);
  const targets = listStates(doc).filter((s) => JSON.stringify(s.scope) === scopeKey).map((s) => s.name);
  const scopeDoc = getScope(doc, entry.scope);
  const isStart = scopeDoc?.StartAt === name;
  const commitName = () => { if (draftName.trim() && draftName !== name) onRename(draftName.trim()); };
  return (
    <div data-testid="inspector">
      <div className="sw-form-row">
        <label htmlFor="state-name">State name</label>
        <input id="state-name" className="sw-input" value={draftName} onChange={(e) => setDraftName(e.target.value)} onBlur={commitName} onKeyDown={(e) => { if (e.key === 'Enter') commitName(); }} />
      </div>
      <div className="sw-toolbar">
        <span className="sw-tag">{entry.type}</span>
        {isStart ? <span className="sw-tag">Start state</span> : <button className="sw-button small" type="button" onClick={() => edit((d) => setStartAt(d, entry.scope, name))}>Make start state</button>}
        <button className="sw-button small danger" type="button" onClick={onDelete} style={{ marginLeft: 'auto' }}>Delete state</button>
      </div>
      {diagnostics.length > 0 && (
        <ul className="sw-diagnostics" aria-label="Problems in this state">
          {diagnostics.map((d, i) => <li key={i} className={d.severity.toLowerCase()}><button type="button">{d.severity === 'ERROR' ? '✕' : '!'} {d.code}: {d.message}</button></li>)}
        </ul>
      )}
      <TransitionsEditor name={name} state={entry.state} targets={targets} jsonata={lang === 'JSONata'} edit={edit} />
      <h3>Query language</h3>
      <div className="sw-form-row">
        <select aria-label="Query language" className="sw-select" value={typeof entry.state.QueryLanguage === 'string' ? entry.state.QueryLanguage : ''} onChange={(e) => edit((d) => setQueryLanguage(d, name, (e.target.value || undefined) as 'JSONPath' | 'JSONata' | undefined))}>
          <option value="">Inherit ({lang})</option>
          <option value="JSONPath">JSONPath</option>
          <option value="JSONata">JSONata</option>
        </select>
      </div>
      <h3>Fields ({lang})</h3>
      {fieldsFor(entry.type, lang).filter((spec) => spec.name !== 'QueryLanguage').map((spec) => (
        <FieldInput key={`${name}-${spec.name}`} idPrefix={`field-${name}`} spec={spec} value={entry.state[spec.name]} onChange={(v) => edit((d) => setStateField(d, name, spec.name, v), `field-${name}-${spec.name}`)} />
      ))}
    </div>
  );
}

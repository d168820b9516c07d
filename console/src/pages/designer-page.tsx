import { useEffect, useState } from 'react';
import { StateGraph } from '../graph/index.js';
import { serverInfo } from '../api/console-api.js';
import { call } from '../api/sfn-client.js';
import type { StateMachineDescription } from '../api/types.js';
import { addState, connect, deleteState, findState, renameState, TEMPLATES, type AslDoc } from '../designer/model/index.js';
import { Inspector } from '../designer/ui/inspector.js';
import { Palette } from '../designer/ui/palette.js';
import { useDesigner } from '../designer/ui/use-designer.js';
import { CodeEditor } from '../ui/code-editor.js';
import { ErrorBox, Tabs } from '../ui/controls.js';
import { href, navigate } from '../ui/route.js';
import { takeImport } from './designer-import.js';
import { StartExecutionDialog } from './start-execution-dialog.js';

const BLANK: AslDoc = { Comment: 'A description of my state machine', StartAt: '', States: {} };
type Panel = 'state' | 'code';

/**
 * The designer (what Workflow Studio does): palette, graph and inspector, with the code
 * editor kept in step both ways, live validation pinned to states and lines, undo/redo,
 * save as a new revision and publish a version.
 */
export function DesignerPage({ arn, template }: { arn?: string; template?: string }) {
  const [machine, setMachine] = useState<StateMachineDescription | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const initial = initialDoc(template);
  const d = useDesigner(initial.doc);
  const { reset, undo, redo } = d;
  const [name, setName] = useState(initial.name);
  const [type, setType] = useState<'STANDARD' | 'EXPRESS'>('STANDARD');
  const [selected, setSelected] = useState<string | undefined>();
  const [panel, setPanel] = useState<Panel>('state');
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [revealLine, setRevealLine] = useState<number | undefined>();
  const [starting, setStarting] = useState(false);

  useEffect(() => {
    if (!arn) return;
    call<StateMachineDescription>('DescribeStateMachine', { stateMachineArn: arn }).then((sm) => {
      setMachine(sm);
      setName(sm.name);
      setType(sm.type);
      try { reset(JSON.parse(sm.definition) as AslDoc); } catch { setLoadError(new Error('The stored definition is not JSON.')); }
    }, setLoadError);
  }, [arn, reset]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (target.closest('input, textarea, select, .cm-editor')) return;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') { e.preventDefault(); if (e.shiftKey) redo(); else undo(); }
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'y') { e.preventDefault(); redo(); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  const run = (action: () => void) => { try { setError(null); action(); } catch (e) { setError(e); } };
  const add = (stateType: string) => run(() => {
    let added = '';
    d.edit((doc) => {
      const after = selected && canFollow(doc, selected) ? selected : undefined;
      const result = addState(doc, stateType as never, after ? { after } : {});
      added = result.name;
      return result.doc;
    });
    if (added) { setSelected(added); setPanel('state'); }
  });

  const save = async (): Promise<string | undefined> => {
    setError(null);
    try {
      if (machine) {
        // Untouched, the stored text goes back as it was: re-serializing would be equal in
        // JavaScript's eyes but could still change literals such as 1.0 (which AWS keeps).
        const definition = d.dirty ? d.text : machine.definition;
        const out = await call<{ revisionId: string }>('UpdateStateMachine', { stateMachineArn: machine.stateMachineArn, definition });
        d.setDirty(false);
        setNotice(`Saved revision ${out.revisionId}.`);
        return machine.stateMachineArn;
      }
      const info = await serverInfo();
      const out = await call<{ stateMachineArn: string }>('CreateStateMachine', { name, type, definition: d.text, roleArn: `arn:aws:iam::${info.accountId}:role/StepwiseConsole` });
      d.setDirty(false);
      navigate('designer', out.stateMachineArn);
      return out.stateMachineArn;
    } catch (e) {
      setError(e);
      return undefined;
    }
  };
  const publish = async () => {
    const target = await save();
    if (!target) return;
    try {
      const out = await call<{ stateMachineVersionArn: string }>('PublishStateMachineVersion', { stateMachineArn: target });
      setNotice(`Published version ${out.stateMachineVersionArn.split(':').pop()}.`);
    } catch (e) { setError(e); }
  };

  const stateDiagnostics = selected ? (d.byState.get(selected) ?? []) : [];
  const errors = d.diagnostics.filter((x) => x.severity === 'ERROR').length;
  return (
    <>
      <div className="sw-breadcrumbs"><a href={href('state-machines')}>State machines</a> / {machine ? <a href={href('state-machine', machine.stateMachineArn)}>{machine.name}</a> : 'New'} / Designer</div>
      <div className="sw-page-head">
        {machine ? <h1>{machine.name}</h1> : (
          <>
            <label className="sw-muted" htmlFor="machine-name">Name</label>
            <input id="machine-name" className="sw-input" value={name} onChange={(e) => setName(e.target.value)} />
            <select aria-label="Type" className="sw-select" value={type} onChange={(e) => setType(e.target.value as 'STANDARD' | 'EXPRESS')}>
              <option value="STANDARD">Standard</option><option value="EXPRESS">Express</option>
            </select>
          </>
        )}
        <span className={errors ? 'sw-status failed' : 'sw-status succeeded'} data-testid="validation-summary">
          <span className="sw-status-icon" aria-hidden="true">{errors ? '✕' : '✓'}</span>{errors ? `${errors} error${errors > 1 ? 's' : ''}` : 'Valid'}
        </span>
        <div className="sw-actions">
          <button className="sw-button" type="button" onClick={d.undo} disabled={!d.canUndo} aria-keyshortcuts="Control+Z">Undo</button>
          <button className="sw-button" type="button" onClick={d.redo} disabled={!d.canRedo} aria-keyshortcuts="Control+Shift+Z">Redo</button>
          <button className="sw-button primary" type="button" onClick={() => void save()}>{machine ? 'Save' : 'Create'}</button>
          <button className="sw-button" type="button" onClick={() => void publish()}>Publish version</button>
          {machine && <button className="sw-button" type="button" disabled={d.dirty} onClick={() => setStarting(true)}>Start execution</button>}
        </div>
      </div>
      <ErrorBox error={loadError ?? error} />
      {notice && <div className="sw-note" role="status">{notice}</div>}
      <div className="sw-designer">
        <Palette onAdd={add} after={selected} />
        <div>
          <div className="sw-canvas">
            <StateGraph definition={d.doc} selected={selected} onSelect={(s) => { setSelected(s); setPanel('state'); }} diagnostics={d.graphDiagnostics}
              editable onConnect={(from, to) => run(() => d.edit((doc) => connect(doc, from, to)))} />
          </div>
          <section className="sw-panel" aria-label="Problems" style={{ marginTop: 12 }}>
            <h2>Problems ({d.diagnostics.length})</h2>
            {d.diagnostics.length === 0 ? <p className="sw-muted" style={{ margin: 0 }}>The definition is valid.</p> : (
              <ul className="sw-diagnostics">
                {d.diagnostics.map((x, i) => (
                  <li key={i} className={x.severity.toLowerCase()}>
                    <button type="button" onClick={() => { setRevealLine(x.line); setPanel('code'); const owner = [...d.byState.entries()].find(([, l]) => l.includes(x))?.[0]; if (owner) setSelected(owner); }}>
                      {x.severity === 'ERROR' ? '✕' : '!'} <strong>{x.code}</strong> {x.message} <span className="sw-muted">(line {x.line}, column {x.column}{x.location ? `, ${x.location}` : ''})</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <aside className="sw-panel" aria-label="Inspector">
          <Tabs<Panel> tabs={[['state', 'State'], ['code', 'Definition code']]} value={panel} onChange={setPanel} />
          {panel === 'state' && (selected ? (
            <Inspector doc={d.doc} name={selected} edit={(c, k) => run(() => d.edit(c, k))} diagnostics={stateDiagnostics}
              onRename={(to) => run(() => { d.edit((doc) => renameState(doc, selected, to)); setSelected(to); })}
              onDelete={() => run(() => { d.edit((doc) => deleteState(doc, selected)); setSelected(undefined); })} />
          ) : <p className="sw-muted">Select a state in the graph to edit it, or add one from the palette.</p>)}
          <div hidden={panel !== 'code'}>
            <CodeEditor label="Definition code" value={d.text} onChange={d.editText} height={560} revealLine={revealLine}
              diagnostics={d.diagnostics.map((x) => ({ line: x.line, column: x.column, severity: x.severity, message: `${x.code}: ${x.message}` }))} />
          </div>
        </aside>
      </div>
      {starting && machine && <StartExecutionDialog stateMachineArn={machine.stateMachineArn} type={machine.type} onClose={() => setStarting(false)} />}
    </>
  );
}

/** Choice, Succeed and Fail have no single "next": a new state is added at the end instead. */
function canFollow(doc: AslDoc, name: string): boolean {
  const type = findState(doc, name)?.type;
  return type !== undefined && !['Choice', 'Succeed', 'Fail'].includes(type);
}

function initialDoc(template: string | undefined): { doc: AslDoc; name: string } {
  if (template === 'import') {
    const imported = takeImport();
    if (imported) return { doc: imported.doc as AslDoc, name: imported.name || 'ImportedStateMachine' };
  }
  const t = TEMPLATES.find((x) => x.id === template);
  if (t) return { doc: t.definition as AslDoc, name: t.title.replace(/[^A-Za-z0-9]+/g, '') || 'MyStateMachine' };
  return { doc: BLANK, name: 'MyStateMachine' };
}

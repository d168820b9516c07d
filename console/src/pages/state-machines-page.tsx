import { useState } from 'react';
import { call } from '../api/sfn-client.js';
import type { StateMachineDescription, StateMachineItem } from '../api/types.js';
import { TEMPLATES, parseDefinitionText } from '../designer/model/index.js';
import { Dialog, ErrorBox } from '../ui/controls.js';
import { downloadText } from '../ui/download.js';
import { formatDate } from '../ui/format.js';
import { href, navigate } from '../ui/route.js';
import { useAsync } from '../ui/use-async.js';
import { stashImport } from './designer-import.js';

const PAGE = 25;

/** State machines: list (paginated by the API), create, import, export, delete. */
export function StateMachinesPage() {
  const [tokens, setTokens] = useState<Array<string | undefined>>([undefined]);
  const token = tokens[tokens.length - 1];
  const list = useAsync(() => call<{ stateMachines: StateMachineItem[]; nextToken?: string }>('ListStateMachines', { maxResults: PAGE, ...(token ? { nextToken: token } : {}) }), [token]);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<StateMachineItem | null>(null);
  const [error, setError] = useState<unknown>(null);

  const exportMachine = async (sm: StateMachineItem) => {
    try {
      const d = await call<StateMachineDescription>('DescribeStateMachine', { stateMachineArn: sm.stateMachineArn });
      downloadText(`${sm.name}.asl.json`, d.definition);
    } catch (e) { setError(e); }
  };

  return (
    <>
      <div className="sw-page-head">
        <h1>State machines</h1>
        <div className="sw-actions">
          <button className="sw-button primary" type="button" onClick={() => setCreating(true)}>Create state machine</button>
        </div>
      </div>
      <ErrorBox error={list.error ?? error} />
      <section className="sw-panel" aria-label="State machines">
        <table className="sw-table">
          <thead><tr><th>Name</th><th>Type</th><th>Created</th><th><span className="sw-muted">Actions</span></th></tr></thead>
          <tbody>
            {(list.data?.stateMachines ?? []).map((sm) => (
              <tr key={sm.stateMachineArn}>
                <td><a href={href('state-machine', sm.stateMachineArn)}>{sm.name}</a></td>
                <td><span className="sw-tag">{sm.type === 'STANDARD' ? 'Standard' : 'Express'}</span></td>
                <td>{formatDate(sm.creationDate)}</td>
                <td>
                  <button className="sw-button small" type="button" onClick={() => navigate('designer', sm.stateMachineArn)}>Edit</button>{' '}
                  <button className="sw-button small" type="button" onClick={() => void exportMachine(sm)}>Export</button>{' '}
                  <button className="sw-button small danger" type="button" onClick={() => setDeleting(sm)}>Delete</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.data && list.data.stateMachines.length === 0 && <div className="sw-empty">No state machines yet. Create one from a template, a blank canvas or a file.</div>}
        <div className="sw-pager">
          <button className="sw-button small" type="button" disabled={tokens.length === 1} onClick={() => setTokens(tokens.slice(0, -1))}>Previous</button>
          <span>Page {tokens.length}</span>
          <button className="sw-button small" type="button" disabled={!list.data?.nextToken} onClick={() => setTokens([...tokens, list.data?.nextToken])}>Next</button>
        </div>
      </section>
      {creating && <CreateDialog onClose={() => setCreating(false)} />}
      {deleting && (
        <Dialog title={`Delete ${deleting.name}?`} onClose={() => setDeleting(null)} actions={<>
          <button className="sw-button" type="button" onClick={() => setDeleting(null)}>Cancel</button>
          <button className="sw-button primary" type="button" onClick={() => {
            call('DeleteStateMachine', { stateMachineArn: deleting.stateMachineArn }).then(() => { setDeleting(null); list.reload(); }, setError);
          }}>Delete</button>
        </>}>
          <p>The state machine, its versions and aliases are deleted. Running executions go on to their end.</p>
        </Dialog>
      )}
    </>
  );
}

function CreateDialog({ onClose }: { onClose(): void }) {
  const [error, setError] = useState<string | null>(null);
  const importFile = async (file: File) => {
    const parsed = parseDefinitionText(await file.text());
    if (!parsed.ok) { setError(`${file.name}: ${parsed.message}`); return; }
    stashImport(parsed.doc, file.name.replace(/\.asl\.(json|ya?ml)$|\.(json|ya?ml)$/i, ''));
    navigate('designer', 'new', 'import');
  };
  return (
    <Dialog title="Create state machine" onClose={onClose} actions={<button className="sw-button" type="button" onClick={onClose}>Cancel</button>}>
      {error && <div className="sw-error" role="alert">{error}</div>}
      <div className="sw-form-row">
        <button className="sw-button primary" type="button" onClick={() => navigate('designer', 'new', 'blank')}>Blank state machine</button>
      </div>
      <div className="sw-form-row">
        <label htmlFor="import-file">Import a definition (.asl.json or .asl.yaml)</label>
        <input id="import-file" className="sw-input" type="file" accept=".json,.yaml,.yml" onChange={(e) => { const f = e.target.files?.[0]; if (f) void importFile(f); }} />
      </div>
      <h2>Start from a template</h2>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 8 }}>
        {TEMPLATES.map((t) => (
          <li key={t.id}>
            <a className="sw-panel" style={{ display: 'block', margin: 0, padding: 10 }} href={href('designer', 'new', t.id)}>
              <strong>{t.title}</strong><div className="sw-muted">{t.description}</div>
            </a>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

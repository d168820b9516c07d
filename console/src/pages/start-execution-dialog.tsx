import { useState } from 'react';
import { call, callAll } from '../api/sfn-client.js';
import { CodeEditor, type TextDiagnostic } from '../ui/code-editor.js';
import { Dialog, ErrorBox } from '../ui/controls.js';
import { navigate } from '../ui/route.js';
import { useAsync } from '../ui/use-async.js';

interface Props {
  stateMachineArn: string;
  type: 'STANDARD' | 'EXPRESS';
  onClose(): void;
}

/**
 * StartExecution (or StartSyncExecution for Express, which answers with the result): an
 * optional name, the input (JSON, checked as you type) and the version or alias to run.
 */
export function StartExecutionDialog({ stateMachineArn, type, onClose }: Props) {
  const [name, setName] = useState('');
  const [input, setInput] = useState('{\n  "comment": "Hello from the Stepwise console"\n}');
  const [target, setTarget] = useState(stateMachineArn);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const targets = useAsync(async () => {
    const [versions, aliases] = await Promise.all([
      callAll<{ stateMachineVersionArn: string }>('ListStateMachineVersions', { stateMachineArn }, 'stateMachineVersions'),
      callAll<{ stateMachineAliasArn: string }>('ListStateMachineAliases', { stateMachineArn }, 'stateMachineAliases'),
    ]);
    return [...aliases.map((a) => a.stateMachineAliasArn), ...versions.map((v) => v.stateMachineVersionArn)];
  }, [stateMachineArn]);
  const diagnostics = jsonDiagnostics(input);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const body = { stateMachineArn: target, input, ...(name.trim() ? { name: name.trim() } : {}) };
      const out = await call<{ executionArn: string }>(type === 'EXPRESS' ? 'StartSyncExecution' : 'StartExecution', body);
      navigate('execution', out.executionArn);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <Dialog title="Start execution" onClose={onClose} actions={<>
      <button className="sw-button" type="button" onClick={onClose}>Cancel</button>
      <button className="sw-button primary" type="button" disabled={busy || diagnostics.length > 0} onClick={() => void start()}>Start execution</button>
    </>}>
      <ErrorBox error={error} />
      <div className="sw-form-row">
        <label htmlFor="execution-name">Name <span className="sw-muted">(optional; a UUID otherwise)</span></label>
        <input id="execution-name" className="sw-input" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="sw-form-row">
        <label htmlFor="execution-target">Version or alias</label>
        <select id="execution-target" className="sw-select" value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value={stateMachineArn}>Latest revision (unqualified)</option>
          {(targets.data ?? []).map((arn) => <option key={arn} value={arn}>{arn.split(':').slice(-2).join(':')}</option>)}
        </select>
      </div>
      <div className="sw-form-row">
        <label>Input</label>
        <CodeEditor label="Execution input" value={input} onChange={setInput} diagnostics={diagnostics} height={200} />
        {diagnostics[0] && <div className="sw-form-help" role="alert" style={{ color: 'var(--sw-danger)' }}>{diagnostics[0].message}</div>}
      </div>
    </Dialog>
  );
}

/** JSON syntax errors of the input, with their line and column. */
function jsonDiagnostics(text: string): TextDiagnostic[] {
  try {
    JSON.parse(text);
    return [];
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? 0);
    const before = text.slice(0, position).split('\n');
    return [{ line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1, severity: 'ERROR', message: `Input is not valid JSON: ${message}` }];
  }
}

import { useState } from 'react';
import { StateGraph } from '../graph/index.js';
import { call } from '../api/sfn-client.js';
import type { StateMachineDescription } from '../api/types.js';
import { CodeEditor } from '../ui/code-editor.js';
import { ErrorBox, Field, Tabs } from '../ui/controls.js';
import { downloadText } from '../ui/download.js';
import { formatDate, prettyJson } from '../ui/format.js';
import { href, navigate } from '../ui/route.js';
import { useAsync } from '../ui/use-async.js';
import { ExecutionsTable } from './executions-table.js';
import { StartExecutionDialog } from './start-execution-dialog.js';
import { VersionsPanel } from './versions-panel.js';

type Tab = 'executions' | 'definition' | 'versions';

/** One state machine: its facts, executions, definition graph, versions and aliases. */
export function StateMachinePage({ arn }: { arn: string }) {
  const sm = useAsync(() => call<StateMachineDescription>('DescribeStateMachine', { stateMachineArn: arn }), [arn]);
  const [tab, setTab] = useState<Tab>('executions');
  const [starting, setStarting] = useState(false);
  const d = sm.data;
  return (
    <>
      <div className="sw-breadcrumbs"><a href={href('state-machines')}>State machines</a> / {d?.name ?? ''}</div>
      <div className="sw-page-head">
        <h1>{d?.name ?? 'State machine'}</h1>
        <div className="sw-actions">
          <button className="sw-button" type="button" disabled={!d} onClick={() => d && downloadText(`${d.name}.asl.json`, d.definition)}>Export</button>
          <button className="sw-button" type="button" onClick={() => navigate('designer', arn)}>Edit</button>
          <button className="sw-button primary" type="button" disabled={!d} onClick={() => setStarting(true)}>Start execution</button>
        </div>
      </div>
      <ErrorBox error={sm.error} />
      {d && (
        <section className="sw-panel sw-grid" aria-label="Details">
          <Field label="Type">{d.type === 'STANDARD' ? 'Standard' : 'Express'}</Field>
          <Field label="ARN"><span className="mono">{d.stateMachineArn}</span></Field>
          <Field label="Created">{formatDate(d.creationDate)}</Field>
          <Field label="Revision"><span className="mono">{d.revisionId ?? '—'}</span></Field>
          <Field label="Role"><span className="mono">{d.roleArn}</span></Field>
        </section>
      )}
      <Tabs<Tab> tabs={[['executions', 'Executions'], ['definition', 'Definition'], ['versions', 'Versions and aliases']]} value={tab} onChange={setTab} />
      {tab === 'executions' && <section className="sw-panel"><ExecutionsTable scope={{ stateMachineArn: arn }} /></section>}
      {tab === 'definition' && d && (
        <section className="sw-split">
          <div className="sw-panel" style={{ height: 560, padding: 0, overflow: 'hidden' }}><StateGraph definition={d.definition} /></div>
          <div className="sw-panel"><CodeEditor label="Definition" value={prettyJson(d.definition)} readOnly height={520} /></div>
        </section>
      )}
      {tab === 'versions' && d && <VersionsPanel stateMachineArn={arn} />}
      {starting && d && <StartExecutionDialog stateMachineArn={arn} type={d.type} onClose={() => setStarting(false)} />}
    </>
  );
}

import { useMemo, useState } from 'react';
import { StateGraph } from '../graph/index.js';
import { call } from '../api/sfn-client.js';
import type { MapRunDescription } from '../api/types.js';
import { ErrorBox, Field, JsonBlock, Tabs } from '../ui/controls.js';
import { arnName, formatDate, formatDuration, prettyJson } from '../ui/format.js';
import { href } from '../ui/route.js';
import { StatusBadge } from '../ui/status.js';
import { useAsync } from '../ui/use-async.js';
import { EventsView } from './events-view.js';
import { executionSteps } from './execution-steps.js';
import { StepInspector } from './step-inspector.js';
import { getScope, isObject, type AslDoc } from '../designer/model/index.js';
import { StepsTable } from './steps-table.js';
import { useExecution } from './use-execution.js';

type Tab = 'graph' | 'table' | 'events' | 'io';

/** One execution: status, graph coloured by state status (live), table, events, inspector. */
export function ExecutionPage({ arn }: { arn: string }) {
  const { execution: e, history, error, reload } = useExecution(arn);
  const [tab, setTab] = useState<Tab>('graph');
  const [selected, setSelected] = useState<string | undefined>();
  const [actionError, setActionError] = useState<unknown>(null);
  const steps = useMemo(() => executionSteps(history), [history]);
  const machine = useAsync(() => call<{ definition: string; name: string }>('DescribeStateMachineForExecution', { executionArn: arn }), [arn]);
  const definition = useMemo(() => childScope(parseDefinition(machine.data?.definition), e?.mapRunArn ? machine.data?.name : undefined), [machine.data, e?.mapRunArn]);
  const mapRuns = useAsync(() => call<{ mapRuns: Array<{ mapRunArn: string }> }>('ListMapRuns', { executionArn: arn }).then((r) => r.mapRuns), [arn, e?.status]);
  const act = (action: 'StopExecution' | 'RedriveExecution') => call(action, { executionArn: arn }).then(() => { setActionError(null); reload(); }, setActionError);
  const redrivable = e !== undefined && e.redriveStatus === 'REDRIVABLE';

  return (
    <>
      <div className="sw-breadcrumbs">
        <a href={href('state-machines')}>State machines</a> / {e && <a href={href('state-machine', e.stateMachineArn)}>{arnName(e.stateMachineArn)}</a>} / {e?.name}
      </div>
      <div className="sw-page-head">
        <h1>{e?.name ?? 'Execution'}</h1>
        {e && <StatusBadge status={e.status} />}
        <div className="sw-actions">
          <button className="sw-button" type="button" disabled={e?.status !== 'RUNNING'} onClick={() => void act('StopExecution')}>Stop execution</button>
          <button className="sw-button" type="button" disabled={!redrivable} title={e?.redriveStatusReason} onClick={() => void act('RedriveExecution')}>Redrive</button>
        </div>
      </div>
      <ErrorBox error={error ?? actionError} />
      {e && (
        <section className="sw-panel sw-grid" aria-label="Execution details">
          <Field label="Execution ARN"><span className="mono">{e.executionArn}</span></Field>
          <Field label="State machine"><a href={href('state-machine', e.stateMachineArn)}>{arnName(e.stateMachineArn)}</a>{e.stateMachineVersionArn && <> · version {e.stateMachineVersionArn.split(':').pop()}</>}{e.stateMachineAliasArn && <> · alias {e.stateMachineAliasArn.split(':').pop()}</>}</Field>
          <Field label="Started">{formatDate(e.startDate)}</Field>
          <Field label="Ended">{formatDate(e.stopDate)}</Field>
          <Field label="Duration">{formatDuration(((e.stopDate ?? Date.now() / 1000) - e.startDate) * 1000)}</Field>
          {e.mapRunArn && <Field label="Map Run (parent)"><a href={href('map-run', e.mapRunArn)}>{arnName(e.mapRunArn)}</a></Field>}
          {(e.redriveCount ?? 0) > 0 && <Field label="Redrives">{e.redriveCount}</Field>}
        </section>
      )}
      {e?.error !== undefined || e?.cause !== undefined ? (
        <section className="sw-panel" aria-label="Error"><h2>Error: {e?.error}</h2><JsonBlock label="Cause" text={prettyJson(e?.cause)} /></section>
      ) : null}
      {(mapRuns.data?.length ?? 0) > 0 && <MapRunsPanel arns={(mapRuns.data ?? []).map((m) => m.mapRunArn)} />}
      <Tabs<Tab> tabs={[['graph', 'Graph view'], ['table', 'Table view'], ['events', 'Events'], ['io', 'Execution input and output']]} value={tab} onChange={setTab} />
      {tab === 'graph' && (
        <section className="sw-split">
          <div className="sw-panel" style={{ height: 600, padding: 0, overflow: 'hidden' }}>
            <StateGraph definition={definition} history={history} selected={selected} onSelect={setSelected} />
          </div>
          <StepInspector definition={definition} steps={steps} selected={selected} />
        </section>
      )}
      {tab === 'table' && <section className="sw-panel"><StepsTable steps={steps} selected={selected} onSelect={(name) => { setSelected(name); setTab('graph'); }} end={e?.stopDate} /></section>}
      {tab === 'events' && <section className="sw-panel"><EventsView events={history} /></section>}
      {tab === 'io' && e && (
        <section className="sw-split" style={{ gridTemplateColumns: '1fr 1fr' }}>
          <div className="sw-panel"><h2>Input</h2><JsonBlock label="Execution input" text={prettyJson(e.input)} /></div>
          <div className="sw-panel"><h2>Output</h2><JsonBlock label="Execution output" text={prettyJson(e.output)} /></div>
        </section>
      )}
    </>
  );
}

function MapRunsPanel({ arns }: { arns: string[] }) {
  const runs = useAsync(() => Promise.all(arns.map((mapRunArn) => call<MapRunDescription>('DescribeMapRun', { mapRunArn }))), [arns.join()]);
  return (
    <section className="sw-panel" aria-label="Map Runs">
      <h2>Map Runs</h2>
      <table className="sw-table"><thead><tr><th>Map Run</th><th>Status</th><th>Items</th><th>Succeeded</th><th>Failed</th><th>Running</th></tr></thead>
        <tbody>{(runs.data ?? []).map((r) => (
          <tr key={r.mapRunArn}>
            <td><a href={href('map-run', r.mapRunArn)}>{arnName(r.mapRunArn)}</a></td>
            <td><StatusBadge status={r.status} /></td>
            <td>{r.itemCounts.total}</td><td>{r.itemCounts.succeeded}</td><td>{r.itemCounts.failed}</td><td>{r.itemCounts.running}</td>
          </tr>))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * A Distributed Map child runs the Map's item processor: its state machine is named
 * `<machine>/<Map state>`, and the graph shows that processor's states, not the parent's.
 */
function childScope(definition: AslDoc, machineName: string | undefined): AslDoc {
  const mapState = machineName?.split('/').slice(1).join('/');
  return (mapState ? getScope(definition, [{ state: mapState }]) : undefined) ?? definition;
}

/** The definition the execution ran (DescribeStateMachineForExecution), as an object. */
function parseDefinition(text: string | undefined): AslDoc {
  try {
    const parsed: unknown = text === undefined ? {} : JSON.parse(text);
    return isObject(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

import { findState, isObject } from '../designer/model/index.js';
import { JsonBlock } from '../ui/controls.js';
import { formatDuration } from '../ui/format.js';
import { dataFlow } from './data-flow.js';
import { StatusBadge } from '../ui/status.js';
import type { Step } from './execution-steps.js';

type Json = Record<string, unknown>;

/**
 * The step inspector: a state's last run, shown as its data flow — the input, each
 * processing field with what it says, what went to and came back from the resource, the
 * output — plus variables assigned and any error and cause.
 */
export function StepInspector({ definition, steps, selected }: { definition: unknown; steps: Step[]; selected?: string }) {
  if (!selected) return <aside className="sw-panel" aria-label="Step details"><h2>Step details</h2><p className="sw-muted">Select a state in the graph (click it, or Tab to it and press Enter) to see its input, output and data flow.</p></aside>;
  const runs = steps.filter((s) => s.name === selected);
  const step = runs[runs.length - 1];
  const state = (isObject(definition) ? findState(definition, selected)?.state : undefined) ?? {};
  const jsonata = (state.QueryLanguage ?? (definition as Json | null)?.QueryLanguage) === 'JSONata';
  const flow = step ? dataFlow(state, step, jsonata) : [];
  return (
    <aside className="sw-panel" aria-label="Step details" data-testid="step-inspector">
      <div className="sw-panel-head"><h2 style={{ marginBottom: 0 }}>{selected}</h2>{step ? <StatusBadge status={step.status} /> : <StatusBadge status="NOT_STARTED" />}</div>
      <div className="sw-muted" style={{ marginBottom: 10 }}>
        {String(state.Type ?? step?.type ?? '')}{runs.length > 1 ? ` · ran ${runs.length} times (showing the last)` : ''}
        {step?.exitedAt !== undefined ? ` · ${formatDuration((step.exitedAt - step.enteredAt) * 1000)}` : ''}
      </div>
      {!step && <p className="sw-muted">This state has not run in this execution.</p>}
      {step && (
        <>
          {(step.error !== undefined || step.cause !== undefined) && (
            <div className="sw-error" role="alert"><strong>{step.error ?? 'Error'}</strong>{step.cause ? `: ${step.cause}` : ''}</div>
          )}
          <h3>Data flow</h3>
          <ol className="sw-flow" aria-label="Data flow">
            {flow.map((stage, i) => (
              <li key={i} data-testid="flow-stage">
                <div><strong>{stage.field}</strong>{stage.expression !== undefined && <> <code>{stage.expression}</code></>}</div>
                {stage.value !== undefined
                  ? <JsonBlock label={stage.field === 'State input' ? 'State input' : stage.field === 'State output' ? 'State output' : `After ${stage.field}`} text={stage.value} />
                  : <div className="sw-muted">{stage.note ?? (step.status === 'IN_PROGRESS' ? 'Running…' : 'Not recorded.')}</div>}
              </li>
            ))}
          </ol>
          {step.resource !== undefined && <p className="sw-muted">Resource: <span className="mono">{step.resource}</span></p>}
          {step.assignedVariables && Object.keys(step.assignedVariables).length > 0 && (
            <><h3>Variables assigned</h3><JsonBlock label="Variables" text={Object.entries(step.assignedVariables).map(([k, v]) => `$${k} = ${v}`).join('\n')} /></>
          )}
        </>
      )}
    </aside>
  );
}

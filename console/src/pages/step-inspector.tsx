import { JsonBlock } from '../ui/controls.js';
import { formatDuration, prettyJson } from '../ui/format.js';
import { StatusBadge } from '../ui/status.js';
import type { Step } from './execution-steps.js';

type Json = Record<string, unknown>;

/** A state's definition by name, searching every scope (Parallel branches, Map processors). */
export function stateDefinition(definition: unknown, name: string): Json | undefined {
  const scope = definition as { States?: Record<string, Json> } | null;
  if (!scope || typeof scope !== 'object' || !scope.States || typeof scope.States !== 'object') return undefined;
  const found = scope.States[name];
  if (found) return found;
  for (const state of Object.values(scope.States)) {
    const inner = [...(Array.isArray(state.Branches) ? state.Branches : []), state.ItemProcessor, state.Iterator];
    for (const child of inner) {
      const hit = stateDefinition(child, name);
      if (hit) return hit;
    }
  }
  return undefined;
}

/**
 * The step inspector: a state's last run, shown as its data flow — the input, each
 * processing field with what it says, what went to and came back from the resource, the
 * output — plus variables assigned and any error and cause.
 */
export function StepInspector({ definition, steps, selected }: { definition: unknown; steps: Step[]; selected?: string }) {
  if (!selected) return <aside className="sw-panel" aria-label="Step details"><h2>Step details</h2><p className="sw-muted">Select a state in the graph (click it, or Tab to it and press Enter) to see its input, output and data flow.</p></aside>;
  const runs = steps.filter((s) => s.name === selected);
  const step = runs[runs.length - 1];
  const state = stateDefinition(definition, selected) ?? {};
  const jsonata = (state.QueryLanguage ?? (definition as Json | null)?.QueryLanguage) === 'JSONata';
  const field = (name: string) => (state[name] === undefined ? undefined : typeof state[name] === 'string' ? String(state[name]) : JSON.stringify(state[name], null, 2));
  const flow: Array<[string, string | undefined]> = jsonata
    ? [['Arguments', field('Arguments')], ['Output', field('Output')], ['Assign', field('Assign')]]
    : [['InputPath', field('InputPath')], ['Parameters', field('Parameters') ?? field('ItemSelector')], ['ResultSelector', field('ResultSelector')], ['ResultPath', field('ResultPath')], ['OutputPath', field('OutputPath')], ['Assign', field('Assign')]];
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
          <h3>Input</h3>
          <JsonBlock label="State input" text={prettyJson(step.input)} />
          <h3>Data flow</h3>
          <ol className="sw-flow" aria-label="Data flow">
            {flow.filter(([, v]) => v !== undefined).map(([name, v]) => <li key={name}><strong>{name}</strong> <code>{v}</code></li>)}
            {flow.every(([, v]) => v === undefined) && <li className="sw-muted">No input or output processing: the state passes its data through as ASL defines for its type.</li>}
          </ol>
          {step.resourceInput !== undefined && <><h3>Sent to {step.resource ?? 'the resource'}</h3><JsonBlock label="Resource input" text={prettyJson(step.resourceInput)} /></>}
          {step.resourceResult !== undefined && <><h3>Result from the resource</h3><JsonBlock label="Resource result" text={prettyJson(step.resourceResult)} /></>}
          <h3>Output</h3>
          <JsonBlock label="State output" text={step.output !== undefined ? prettyJson(step.output) : step.status === 'IN_PROGRESS' ? 'Running…' : '—'} />
          {step.assignedVariables && Object.keys(step.assignedVariables).length > 0 && (
            <><h3>Variables assigned</h3><JsonBlock label="Variables" text={Object.entries(step.assignedVariables).map(([k, v]) => `$${k} = ${v}`).join('\n')} /></>
          )}
        </>
      )}
    </aside>
  );
}

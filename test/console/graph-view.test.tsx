/** GraphView / StateGraph markup: the accessibility and testing hooks other code relies on. */
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildGraph, GraphView, layoutGraph, StateGraph, stateStatuses, type LaidOutGraph,
} from '../../console/src/graph/index.js';

const definition = {
  StartAt: 'Check',
  States: {
    Check: { Type: 'Choice', Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: 'Work' }], Default: 'Stop' },
    Work: { Type: 'Task', Resource: 'x', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Stop' }], End: true },
    Stop: { Type: 'Fail', Error: 'E' },
  },
};
const history = [
  { id: 1, previousEventId: 0, type: 'ExecutionStarted' },
  { id: 2, previousEventId: 1, type: 'ChoiceStateEntered', stateEnteredEventDetails: { name: 'Check' } },
  { id: 3, previousEventId: 2, type: 'ChoiceStateExited', stateExitedEventDetails: { name: 'Check' } },
  { id: 4, previousEventId: 3, type: 'TaskStateEntered', stateEnteredEventDetails: { name: 'Work' } },
];

/** Attributes of the element whose opening tag contains `marker`. */
function tagWith(html: string, marker: string): string {
  const at = html.indexOf(marker);
  if (at < 0) throw new Error(`no element with ${marker}`);
  return html.slice(html.lastIndexOf('<', at), html.indexOf('>', at) + 1);
}

let layout: LaidOutGraph;
beforeAll(async () => {
  layout = await layoutGraph(buildGraph(definition));
});

describe('GraphView', () => {
  it('renders nodes and edges with their data attributes', () => {
    const html = renderToString(<GraphView layout={layout} />);
    expect(html).toContain('data-testid="state-graph"');
    expect(html.match(/data-testid="graph-node"/g)).toHaveLength(3);
    const check = tagWith(html, 'data-state-name="Check"');
    expect(check).toContain('role="button"');
    expect(check).toContain('tabindex="0"');
    expect(check).toContain('aria-label="Check, Choice"');
    expect(check).toContain('data-status="NOT_STARTED"');
    expect(check).toContain('aria-pressed="false"');
    expect(html).toContain('data-edge-kind="choice" data-from="Check" data-to="Work"');
    expect(html).toContain('data-edge-kind="default" data-from="Check" data-to="Stop"');
    expect(html).toContain('data-edge-kind="catch" data-from="Work" data-to="Stop"');
    expect(html).toContain('data-edge-kind="next" data-from="__start__" data-to="Check"');
    expect(html).toContain('$.ok == true');
    expect(html).toContain('data-marker="start"');
    expect(html).toContain('data-marker="end"');
    expect(html).not.toContain('sw-graph-handle');
  });

  it('shows statuses by colour, icon and label', () => {
    const html = renderToString(<GraphView layout={layout} statuses={stateStatuses(history)} />);
    const check = tagWith(html, 'data-state-name="Check"');
    expect(check).toContain('aria-label="Check, Choice, Succeeded"');
    expect(check).toContain('data-status="SUCCEEDED"');
    expect(tagWith(html, 'data-state-name="Work"')).toContain('aria-label="Work, Task, In progress"');
    expect(tagWith(html, 'data-state-name="Stop"')).toContain('aria-label="Stop, Fail, Not started"');
    expect(html).toContain('#1d8102');
    expect(html).toContain('✓');
    expect(html).toContain('sw-graph-status-in_progress');
    expect(html).toContain('Task · In progress');
  });

  it('marks the selection, pins diagnostics and shows handles when editable', () => {
    const html = renderToString(
      <GraphView layout={layout} selected="Work" editable onConnect={() => undefined}
        diagnostics={[
          { stateName: 'Work', severity: 'ERROR', message: 'Resource is not a valid ARN' },
          { stateName: 'Check', severity: 'WARNING', message: 'No Default & no match' },
        ]} />,
    );
    expect(tagWith(html, 'data-state-name="Work"')).toContain('aria-pressed="true"');
    expect(tagWith(html, 'data-state-name="Check"')).toContain('aria-pressed="false"');
    expect(html).toContain('sw-graph-badge-error');
    expect(html).toContain('aria-label="Error: Resource is not a valid ARN"');
    expect(html).toContain('<title>Error: Resource is not a valid ARN</title>');
    expect(html).toContain('sw-graph-badge-warning');
    expect(html).toContain('aria-label="Warning: No Default &amp; no match"');
    expect(html.match(/sw-graph-handle/g)).toHaveLength(3);
  });
});

describe('StateGraph', () => {
  it('shows a pending message and the zoom controls before the first layout', () => {
    const html = renderToString(<StateGraph definition={definition} history={history} />);
    expect(html).toContain('Laying out…');
    for (const label of ['Zoom in', 'Zoom out', 'Fit to view']) expect(html).toContain(`aria-label="${label}"`);
  });
});

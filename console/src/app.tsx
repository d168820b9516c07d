import { useEffect, useState } from 'react';
import { serverInfo } from './api/console-api.js';
import { ActivitiesPage } from './pages/activities-page.js';
import { DesignerPage } from './pages/designer-page.js';
import { ExecutionPage } from './pages/execution-page.js';
import { ExecutionsPage } from './pages/executions-page.js';
import { MapRunPage } from './pages/map-run-page.js';
import { StateMachinePage } from './pages/state-machine-page.js';
import { StateMachinesPage } from './pages/state-machines-page.js';
import { href, useHashRoute } from './ui/route.js';

/** The console shell: header, navigation and the page for the current hash route. */
export function App() {
  const route = useHashRoute();
  const [info, setInfo] = useState<{ accountId: string; region: string } | null>(null);
  useEffect(() => { serverInfo().then(setInfo, () => setInfo(null)); }, []);
  const section = route[0] ?? 'state-machines';
  const nav: Array<[string, string]> = [['state-machines', 'State machines'], ['executions', 'Executions'], ['activities', 'Activities & tasks']];
  const active = section === 'designer' || section === 'state-machine' ? 'state-machines' : section === 'execution' || section === 'map-run' ? 'executions' : section;
  return (
    <>
      <header className="sw-header">
        <a className="sw-brand" href={href('state-machines')}><span className="sw-brand-mark" aria-hidden="true">S</span>Stepwise</a>
        <nav className="sw-nav" aria-label="Main">
          {nav.map(([id, label]) => <a key={id} href={href(id)} aria-current={active === id ? 'page' : undefined}>{label}</a>)}
        </nav>
        <div className="sw-header-right">{info ? `${info.region} · account ${info.accountId}` : ''}</div>
      </header>
      <main className="sw-main">{page(route)}</main>
    </>
  );
}

function page(route: string[]) {
  const [section, id] = route;
  switch (section) {
    case undefined:
    case 'state-machines': return <StateMachinesPage />;
    case 'state-machine': return <StateMachinePage key={id} arn={id ?? ''} />;
    case 'designer': return <DesignerPage key={id ?? 'new'} arn={id === 'new' ? undefined : id} template={route[2]} />;
    case 'executions': return <ExecutionsPage />;
    case 'execution': return <ExecutionPage key={id} arn={id ?? ''} />;
    case 'map-run': return <MapRunPage key={id} arn={id ?? ''} />;
    case 'activities': return <ActivitiesPage />;
    default: return <div className="sw-empty">Page not found. <a href={href('state-machines')}>Back to state machines</a></div>;
  }
}

import { ExecutionsTable } from './executions-table.js';

/** Every Standard execution, newest first (Express ones are listed per state machine). */
export function ExecutionsPage() {
  return (
    <>
      <div className="sw-page-head"><h1>Executions</h1></div>
      <section className="sw-panel"><ExecutionsTable scope={{}} showStateMachine /></section>
    </>
  );
}

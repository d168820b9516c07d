import { useState } from 'react';
import { waitingTasks } from '../api/console-api.js';
import { call, callAll } from '../api/sfn-client.js';
import type { WaitingTask } from '../api/types.js';
import { Dialog, ErrorBox } from '../ui/controls.js';
import { arnName, formatDate, prettyJson } from '../ui/format.js';
import { href } from '../ui/route.js';
import { useAsync } from '../ui/use-async.js';

/**
 * Activities and the tasks waiting on them or on a task token: a person can answer a
 * manual-approval step from here with SendTaskSuccess or SendTaskFailure.
 */
export function ActivitiesPage() {
  const tasks = useAsync(waitingTasks, []);
  const activities = useAsync(() => callAll<{ activityArn: string; name: string; creationDate: number }>('ListActivities', {}, 'activities'), []);
  const [answering, setAnswering] = useState<{ task: WaitingTask; mode: 'success' | 'failure' } | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  return (
    <>
      <div className="sw-page-head"><h1>Activities and waiting tasks</h1>
        <div className="sw-actions"><button className="sw-button" type="button" onClick={() => { tasks.reload(); activities.reload(); }}>Refresh</button></div>
      </div>
      <ErrorBox error={tasks.error ?? activities.error ?? error} />
      <section className="sw-panel" aria-label="Waiting tasks">
        <h2>Tasks waiting for an answer</h2>
        <table className="sw-table">
          <thead><tr><th>State</th><th>Execution</th><th>Waiting on</th><th>Since</th><th>Input</th><th /></tr></thead>
          <tbody>
            {(tasks.data ?? []).map((t) => (
              <tr key={t.taskToken} data-testid="waiting-task">
                <td><strong>{t.stateName || '—'}</strong></td>
                <td><a href={href('execution', t.executionArn)}>{t.executionName}</a><div className="sw-muted">{arnName(t.stateMachineArn)}</div></td>
                <td>{t.kind === 'ACTIVITY' ? <>Activity <span className="mono">{arnName(t.activityArn)}</span>{t.status === 'STARTED' ? ` (worker ${t.workerName ?? 'unnamed'})` : ''}</> : <>Callback <span className="mono">{t.resource}</span></>}</td>
                <td>{formatDate(t.scheduledDate)}</td>
                <td><pre className="sw-json" style={{ maxHeight: 120 }}>{prettyJson(t.input)}</pre></td>
                <td style={{ whiteSpace: 'nowrap' }}>
                  <button className="sw-button small primary" type="button" onClick={() => setAnswering({ task: t, mode: 'success' })}>Send success</button>{' '}
                  <button className="sw-button small danger" type="button" onClick={() => setAnswering({ task: t, mode: 'failure' })}>Send failure</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {tasks.data?.length === 0 && <div className="sw-empty">No task is waiting.</div>}
      </section>
      <section className="sw-panel" aria-label="Activities">
        <div className="sw-panel-head"><h2>Activities</h2>
          <div className="sw-actions">
            <input className="sw-input" aria-label="New activity name" placeholder="Activity name" value={name} onChange={(e) => setName(e.target.value)} />
            <button className="sw-button small" type="button" disabled={!name} onClick={() => call('CreateActivity', { name }).then(() => { setName(''); activities.reload(); }, setError)}>Create activity</button>
          </div>
        </div>
        <table className="sw-table"><thead><tr><th>Name</th><th>ARN</th><th>Created</th><th /></tr></thead>
          <tbody>{(activities.data ?? []).map((a) => (
            <tr key={a.activityArn}><td>{a.name}</td><td className="mono">{a.activityArn}</td><td>{formatDate(a.creationDate)}</td>
              <td><button className="sw-button small danger" type="button" onClick={() => call('DeleteActivity', { activityArn: a.activityArn }).then(activities.reload, setError)}>Delete</button></td></tr>
          ))}</tbody>
        </table>
      </section>
      {answering && <AnswerDialog {...answering} onClose={() => setAnswering(null)} onSent={() => { setAnswering(null); tasks.reload(); }} />}
    </>
  );
}

function AnswerDialog({ task, mode, onClose, onSent }: { task: WaitingTask; mode: 'success' | 'failure'; onClose(): void; onSent(): void }) {
  const [output, setOutput] = useState('{\n  "approved": true\n}');
  const [errorName, setErrorName] = useState('Rejected');
  const [cause, setCause] = useState('');
  const [error, setError] = useState<unknown>(null);
  const send = () => {
    const request = mode === 'success'
      ? call('SendTaskSuccess', { taskToken: task.taskToken, output })
      : call('SendTaskFailure', { taskToken: task.taskToken, error: errorName, cause });
    request.then(onSent, setError);
  };
  return (
    <Dialog title={`${mode === 'success' ? 'Send success' : 'Send failure'} to ${task.stateName || 'the task'}`} onClose={onClose} actions={<>
      <button className="sw-button" type="button" onClick={onClose}>Cancel</button>
      <button className="sw-button primary" type="button" onClick={send}>{mode === 'success' ? 'Send success' : 'Send failure'}</button>
    </>}>
      <ErrorBox error={error} />
      {mode === 'success'
        ? <div className="sw-form-row"><label htmlFor="task-output">Output (JSON)</label><textarea id="task-output" className="sw-textarea" value={output} onChange={(e) => setOutput(e.target.value)} /></div>
        : <>
          <div className="sw-form-row"><label htmlFor="task-error">Error</label><input id="task-error" className="sw-input" value={errorName} onChange={(e) => setErrorName(e.target.value)} /></div>
          <div className="sw-form-row"><label htmlFor="task-cause">Cause</label><textarea id="task-cause" className="sw-textarea" value={cause} onChange={(e) => setCause(e.target.value)} /></div>
        </>}
    </Dialog>
  );
}

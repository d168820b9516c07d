import { useState } from 'react';
import { call, callAll } from '../api/sfn-client.js';
import { Dialog, ErrorBox } from '../ui/controls.js';
import { formatDate } from '../ui/format.js';
import { useAsync } from '../ui/use-async.js';

interface Version { stateMachineVersionArn: string; creationDate: number }
interface Alias { stateMachineAliasArn: string; creationDate: number }
interface AliasDescription { stateMachineAliasArn: string; name: string; description?: string; routingConfiguration: Array<{ stateMachineVersionArn: string; weight: number }> }

const versionLabel = (arn: string): string => `Version ${arn.split(':').pop() ?? ''}`;

/** Versions (publish, delete) and aliases with weighted routing (create, delete). */
export function VersionsPanel({ stateMachineArn }: { stateMachineArn: string }) {
  const data = useAsync(async () => {
    const [versions, aliasItems] = await Promise.all([
      callAll<Version>('ListStateMachineVersions', { stateMachineArn }, 'stateMachineVersions'),
      callAll<Alias>('ListStateMachineAliases', { stateMachineArn }, 'stateMachineAliases'),
    ]);
    const aliases = await Promise.all(aliasItems.map((a) => call<AliasDescription>('DescribeStateMachineAlias', { stateMachineAliasArn: a.stateMachineAliasArn })));
    return { versions, aliases };
  }, [stateMachineArn]);
  const [error, setError] = useState<unknown>(null);
  const [creatingAlias, setCreatingAlias] = useState(false);
  const act = (p: Promise<unknown>) => p.then(() => { setError(null); data.reload(); }, setError);
  return (
    <>
      <ErrorBox error={data.error ?? error} />
      <section className="sw-panel" aria-label="Versions">
        <div className="sw-panel-head"><h2>Versions</h2>
          <div className="sw-actions"><button className="sw-button small primary" type="button" onClick={() => act(call('PublishStateMachineVersion', { stateMachineArn }))}>Publish version</button></div>
        </div>
        <table className="sw-table"><thead><tr><th>Version</th><th>Created</th><th /></tr></thead>
          <tbody>{(data.data?.versions ?? []).map((v) => (
            <tr key={v.stateMachineVersionArn}>
              <td>{versionLabel(v.stateMachineVersionArn)} <span className="sw-muted mono">{v.stateMachineVersionArn}</span></td>
              <td>{formatDate(v.creationDate)}</td>
              <td><button className="sw-button small danger" type="button" onClick={() => act(call('DeleteStateMachineVersion', { stateMachineVersionArn: v.stateMachineVersionArn }))}>Delete</button></td>
            </tr>))}
          </tbody>
        </table>
        {data.data?.versions.length === 0 && <div className="sw-empty">No versions. Publishing freezes the current definition as a numbered version.</div>}
      </section>
      <section className="sw-panel" aria-label="Aliases">
        <div className="sw-panel-head"><h2>Aliases</h2>
          <div className="sw-actions"><button className="sw-button small" type="button" disabled={!data.data?.versions.length} onClick={() => setCreatingAlias(true)}>Create alias</button></div>
        </div>
        <table className="sw-table"><thead><tr><th>Alias</th><th>Routing</th><th /></tr></thead>
          <tbody>{(data.data?.aliases ?? []).map((a) => (
            <tr key={a.stateMachineAliasArn}>
              <td><strong>{a.name}</strong><div className="sw-muted">{a.description}</div></td>
              <td>{a.routingConfiguration.map((r) => `${versionLabel(r.stateMachineVersionArn)}: ${r.weight}%`).join(' · ')}</td>
              <td><button className="sw-button small danger" type="button" onClick={() => act(call('DeleteStateMachineAlias', { stateMachineAliasArn: a.stateMachineAliasArn }))}>Delete</button></td>
            </tr>))}
          </tbody>
        </table>
      </section>
      {creatingAlias && data.data && <AliasDialog stateMachineArn={stateMachineArn} versions={data.data.versions} onClose={() => setCreatingAlias(false)} onCreated={() => { setCreatingAlias(false); data.reload(); }} />}
    </>
  );
}

function AliasDialog({ versions, onClose, onCreated }: { stateMachineArn: string; versions: Version[]; onClose(): void; onCreated(): void }) {
  const [name, setName] = useState('');
  const [primary, setPrimary] = useState(versions[0]?.stateMachineVersionArn ?? '');
  const [secondary, setSecondary] = useState('');
  const [weight, setWeight] = useState(90);
  const [error, setError] = useState<unknown>(null);
  const create = () => {
    const routingConfiguration = secondary
      ? [{ stateMachineVersionArn: primary, weight }, { stateMachineVersionArn: secondary, weight: 100 - weight }]
      : [{ stateMachineVersionArn: primary, weight: 100 }];
    call('CreateStateMachineAlias', { name, routingConfiguration }).then(onCreated, setError);
  };
  return (
    <Dialog title="Create alias" onClose={onClose} actions={<>
      <button className="sw-button" type="button" onClick={onClose}>Cancel</button>
      <button className="sw-button primary" type="button" disabled={!name} onClick={create}>Create alias</button>
    </>}>
      <ErrorBox error={error} />
      <div className="sw-form-row"><label htmlFor="alias-name">Name</label><input id="alias-name" className="sw-input" value={name} onChange={(e) => setName(e.target.value)} /></div>
      <div className="sw-form-row"><label htmlFor="alias-primary">Version</label>
        <select id="alias-primary" className="sw-select" value={primary} onChange={(e) => setPrimary(e.target.value)}>{versions.map((v) => <option key={v.stateMachineVersionArn} value={v.stateMachineVersionArn}>{versionLabel(v.stateMachineVersionArn)}</option>)}</select>
      </div>
      <div className="sw-form-row"><label htmlFor="alias-secondary">Second version (weighted routing, optional)</label>
        <select id="alias-secondary" className="sw-select" value={secondary} onChange={(e) => setSecondary(e.target.value)}>
          <option value="">None</option>{versions.filter((v) => v.stateMachineVersionArn !== primary).map((v) => <option key={v.stateMachineVersionArn} value={v.stateMachineVersionArn}>{versionLabel(v.stateMachineVersionArn)}</option>)}
        </select>
      </div>
      {secondary && <div className="sw-form-row"><label htmlFor="alias-weight">Weight of the first version: {weight}%</label><input id="alias-weight" type="range" min={1} max={99} value={weight} onChange={(e) => setWeight(Number(e.target.value))} /></div>}
    </Dialog>
  );
}

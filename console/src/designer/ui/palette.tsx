import { STATE_TYPES } from '../model/index.js';

const DESCRIPTIONS: Record<string, string> = {
  Pass: 'Pass input to output, optionally injecting data',
  Task: 'Call a service, activity or function',
  Choice: 'Branch on conditions',
  Wait: 'Wait for a time or a timestamp',
  Succeed: 'Stop successfully',
  Fail: 'Stop with an error',
  Parallel: 'Run branches at the same time',
  Map: 'Run steps for each item',
};

/** Adds a state of any type: after the selected state, or at the end of the flow. */
export function Palette({ onAdd, after }: { onAdd(type: string): void; after?: string }) {
  return (
    <nav className="sw-palette" aria-label="Add a state">
      <h2>States</h2>
      <p className="sw-muted" style={{ fontSize: 12, margin: '0 0 8px' }}>{after ? `Adds after "${after}"` : 'Adds at the end of the flow'}</p>
      {STATE_TYPES.map((type) => (
        <button key={type} type="button" className="sw-palette-item" onClick={() => onAdd(type)} aria-label={`Add ${type} state`} title={DESCRIPTIONS[type]}>
          <span className={`sw-palette-icon t-${type.toLowerCase()}`} aria-hidden="true">{type[0]}</span>
          <span><strong>{type}</strong><span className="sw-palette-desc">{DESCRIPTIONS[type]}</span></span>
        </button>
      ))}
    </nav>
  );
}

import { addCatcher, addChoiceRule, addRetrier, addBranch, removeBranch, removeCatcher, removeChoiceRule, removeRetrier, setTransition, updateChoiceRule, setStateField, type AslDoc, type JsonObject } from '../model/index.js';
import { FieldInput } from './field-input.js';

type Edit = (change: (doc: AslDoc) => AslDoc, coalesceKey?: string) => void;

interface Props {
  name: string;
  state: JsonObject;
  targets: string[];
  jsonata: boolean;
  edit: Edit;
}

/** Where a state goes next: Next/End, Choice rules and Default, Catch, Retry, branches. */
export function TransitionsEditor({ name, state, targets, jsonata, edit }: Props) {
  const type = String(state.Type ?? '');
  const select = (id: string, value: string | undefined, onChange: (v: string | null) => void, endLabel?: string) => (
    <select id={id} className="sw-select" value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}>
      <option value="">{endLabel ?? '(none)'}</option>
      {targets.filter((t) => t !== name).map((t) => <option key={t} value={t}>{t}</option>)}
    </select>
  );
  const choices = Array.isArray(state.Choices) ? (state.Choices as JsonObject[]) : [];
  const catchers = Array.isArray(state.Catch) ? (state.Catch as JsonObject[]) : [];
  const retriers = Array.isArray(state.Retry) ? (state.Retry as JsonObject[]) : [];
  const branches = Array.isArray(state.Branches) ? state.Branches : [];
  return (
    <section aria-label="Transitions">
      <h3>Transitions</h3>
      {!['Choice', 'Succeed', 'Fail'].includes(type) && (
        <div className="sw-form-row"><label htmlFor="next-state">Next state</label>
          {select('next-state', typeof state.Next === 'string' ? state.Next : undefined, (v) => edit((d) => setTransition(d, name, { kind: 'next' }, v)), 'End the flow here (End: true)')}
        </div>
      )}
      {type === 'Choice' && (
        <>
          {choices.map((rule, index) => {
            const { Next: next, ...condition } = rule;
            return (
              <div className="sw-rule" key={index} data-testid="choice-rule">
                <div className="sw-rule-head">Rule {index + 1}
                  <button className="sw-button small danger" type="button" aria-label={`Remove rule ${index + 1}`} onClick={() => edit((d) => removeChoiceRule(d, name, index))}>Remove</button>
                </div>
                <FieldInput idPrefix={`rule-${index}`} spec={{ name: jsonata ? 'Condition (rule without Next)' : 'Rule (without Next)', kind: 'json', help: jsonata ? 'e.g. {"Condition": "{% $states.input.n > 1 %}"}' : 'e.g. {"Variable": "$.n", "NumericGreaterThan": 1}' }}
                  value={condition} onChange={(v) => { if (v && typeof v === 'object') edit((d) => updateChoiceRule(d, name, index, { ...(v as JsonObject), Next: next }), `rule-${name}-${index}`); }} />
                <div className="sw-form-row"><label htmlFor={`rule-${index}-next`}>Then go to</label>
                  {select(`rule-${index}-next`, typeof next === 'string' ? next : undefined, (v) => { if (v) edit((d) => setTransition(d, name, { kind: 'choice', index }, v)); })}
                </div>
              </div>
            );
          })}
          <button className="sw-button small" type="button" onClick={() => edit((d) => addChoiceRule(d, name, targets.find((t) => t !== name)).doc ?? d)}>Add rule</button>
          <div className="sw-form-row" style={{ marginTop: 10 }}><label htmlFor="choice-default">Default (no rule matched)</label>
            {select('choice-default', typeof state.Default === 'string' ? state.Default : undefined, (v) => edit((d) => setTransition(d, name, { kind: 'default' }, v)), '(none: fail with States.NoChoiceMatched)')}
          </div>
        </>
      )}
      {['Task', 'Parallel', 'Map'].includes(type) && (
        <>
          <h3>Catch</h3>
          {catchers.map((c, index) => (
            <div className="sw-rule" key={index}>
              <div className="sw-rule-head">Catcher {index + 1}
                <button className="sw-button small danger" type="button" onClick={() => edit((d) => removeCatcher(d, name, index))}>Remove</button>
              </div>
              <FieldInput idPrefix={`catch-${index}`} spec={{ name: 'ErrorEquals', kind: 'json' }} value={c.ErrorEquals} onChange={(v) => edit((d) => setStateField(d, name, 'Catch', catchers.map((x, i) => (i === index ? { ...x, ErrorEquals: v } : x))), `catch-${name}-${index}`)} />
              <div className="sw-form-row"><label htmlFor={`catch-${index}-next`}>Then go to</label>
                {select(`catch-${index}-next`, typeof c.Next === 'string' ? c.Next : undefined, (v) => { if (v) edit((d) => setTransition(d, name, { kind: 'catch', index }, v)); })}
              </div>
            </div>
          ))}
          <button className="sw-button small" type="button" onClick={() => edit((d) => addCatcher(d, name, targets.find((t) => t !== name)).doc ?? d)}>Add catcher</button>
          <h3>Retry</h3>
          {retriers.map((r, index) => (
            <div className="sw-rule" key={index}>
              <div className="sw-rule-head">Retrier {index + 1}
                <button className="sw-button small danger" type="button" onClick={() => edit((d) => removeRetrier(d, name, index))}>Remove</button>
              </div>
              <FieldInput idPrefix={`retry-${index}`} spec={{ name: 'Retrier', kind: 'json', help: 'ErrorEquals, IntervalSeconds, MaxAttempts, BackoffRate, MaxDelaySeconds, JitterStrategy' }} value={r}
                onChange={(v) => { if (v && typeof v === 'object') edit((d) => setStateField(d, name, 'Retry', retriers.map((x, i) => (i === index ? v : x))), `retry-${name}-${index}`); }} />
            </div>
          ))}
          <button className="sw-button small" type="button" onClick={() => edit((d) => addRetrier(d, name).doc ?? d)}>Add retrier</button>
        </>
      )}
      {type === 'Parallel' && (
        <>
          <h3>Branches</h3>
          <p className="sw-muted">{branches.length} branch{branches.length === 1 ? '' : 'es'}. Add states to a branch by selecting a state inside it.</p>
          <button className="sw-button small" type="button" onClick={() => edit((d) => addBranch(d, name).doc ?? d)}>Add branch</button>{' '}
          {branches.length > 1 && <button className="sw-button small danger" type="button" onClick={() => edit((d) => removeBranch(d, name, branches.length - 1))}>Remove last branch</button>}
        </>
      )}
    </section>
  );
}

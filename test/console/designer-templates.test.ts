import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../../src/asl/validate/index.js';
import { addState, listStates, TEMPLATES, toJsonText, type AslDoc, type StateType } from '../../console/src/designer/model/index.js';

function errors(doc: AslDoc): string[] {
  return validateDefinition(toJsonText(doc)).diagnostics.filter((d) => d.severity === 'ERROR').map((d) => `${d.location}: ${d.message}`);
}

describe('TEMPLATES', () => {
  it('has the promised templates with unique ids', () => {
    expect(TEMPLATES.map((t) => t.title)).toEqual(['Hello world', 'Reminder', 'Retry and catch', 'Map over items', 'Manual approval', 'JSONata with variables']);
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
  });

  for (const template of TEMPLATES) {
    it(`${template.id} validates with no ERROR`, () => {
      expect(errors(template.definition)).toEqual([]);
    });
  }

  it('the reminder waits on $.delaySeconds and branches on $.channel', () => {
    const reminder = TEMPLATES.find((t) => t.id === 'reminder')?.definition ?? {};
    const states = listStates(reminder);
    expect(states.map((s) => s.type)).toEqual(expect.arrayContaining(['Wait', 'Choice', 'Task', 'Parallel', 'Fail']));
    expect(states.find((s) => s.type === 'Wait')?.state.SecondsPath).toBe('$.delaySeconds');
  });

  // Inserting a default state anywhere in a valid flow must keep it valid, in both languages.
  const insertable: StateType[] = ['Pass', 'Task', 'Wait', 'Parallel', 'Map'];
  for (const template of TEMPLATES) {
    it(`${template.id}: inserting any default state after any state keeps it valid`, () => {
      for (const { name, type } of listStates(template.definition)) {
        if (type === 'Succeed' || type === 'Fail') continue;
        for (const t of insertable) expect(errors(addState(template.definition, t, { after: name }).doc), `${t} after ${name}`).toEqual([]);
      }
    });
  }
});

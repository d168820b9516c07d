import { describe, expect, it } from 'vitest';
import { FIELD_MATRIX } from '../../src/asl/validate/field-matrix.js';
import { fieldsFor, STATE_TYPES, STRUCTURAL_FIELDS, type QueryLanguage } from '../../console/src/designer/model/index.js';

const LANGUAGES: QueryLanguage[] = ['JSONPath', 'JSONata'];

/** The fields the validator accepts for a type in a language. */
function allowed(type: (typeof STATE_TYPES)[number], language: QueryLanguage): string[] {
  const code = language === 'JSONata' ? 'J' : 'P';
  return Object.entries(FIELD_MATRIX[type]).filter(([, l]) => l === 'B' || l === code).map(([f]) => f).sort();
}

describe('fieldsFor', () => {
  for (const type of STATE_TYPES) {
    for (const language of LANGUAGES) {
      it(`${type} / ${language}: schema ∪ transition fields = the validator's allowed set`, () => {
        const schema = fieldsFor(type, language).map((f) => f.name);
        expect(new Set(schema).size).toBe(schema.length);
        expect(schema.some((f) => STRUCTURAL_FIELDS.includes(f))).toBe(false);
        const structural = STRUCTURAL_FIELDS.filter((f) => f in FIELD_MATRIX[type]);
        expect([...schema, ...structural].sort()).toEqual(allowed(type, language));
      });
    }
  }

  it('gives kinds, options, help and the JSONata expression flag', () => {
    const task = fieldsFor('Task', 'JSONPath');
    expect(task.map((f) => f.name)).toEqual([
      'Comment', 'QueryLanguage', 'Resource', 'TimeoutSeconds', 'TimeoutSecondsPath', 'HeartbeatSeconds', 'HeartbeatSecondsPath', 'Credentials',
      'InputPath', 'Parameters', 'ResultSelector', 'ResultPath', 'OutputPath', 'Assign',
    ]);
    expect(task.find((f) => f.name === 'QueryLanguage')).toMatchObject({ kind: 'enum', options: ['JSONPath', 'JSONata'] });
    expect(task.find((f) => f.name === 'TimeoutSeconds')).toEqual(expect.objectContaining({ kind: 'integer' }));
    expect(task.find((f) => f.name === 'TimeoutSeconds')?.expression).toBeUndefined();
    expect(fieldsFor('Task', 'JSONata').find((f) => f.name === 'TimeoutSeconds')?.expression).toBe(true);
    expect(fieldsFor('Fail', 'JSONPath').find((f) => f.name === 'ErrorPath')?.kind).toBe('stringOrPath');
    expect(fieldsFor('Map', 'JSONPath').find((f) => f.name === 'Parameters')?.help).toMatch(/Deprecated/);
    for (const f of fieldsFor('Map', 'JSONata')) expect(f.help.length).toBeGreaterThan(10);
  });

  it('returns nothing for an unknown type', () => {
    expect(fieldsFor('Bogus', 'JSONPath')).toEqual([]);
  });
});

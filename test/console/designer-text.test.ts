import { describe, expect, it } from 'vitest';
import { parseDefinitionText, sameMeaning, toJsonText, toYamlText } from '../../console/src/designer/model/index.js';

const doc = { Comment: 'x', Version: '1.0', StartAt: 'A', States: { A: { Type: 'Pass', Result: { n: 1, yes: 'on', s: '{% 1 %}' }, End: true } } };

describe('definition text', () => {
  it('parses JSON first', () => {
    expect(parseDefinitionText(toJsonText(doc))).toEqual({ ok: true, doc, format: 'json' });
    expect(toJsonText({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}');
  });

  it('falls back to YAML, and round-trips YAML', () => {
    const yaml = toYamlText(doc);
    expect(yaml).toContain('Version: "1.0"');
    const parsed = parseDefinitionText(yaml);
    expect(parsed).toEqual({ ok: true, doc, format: 'yaml' });
    expect(parseDefinitionText('StartAt: A\nStates:\n  A:\n    Type: Succeed\n')).toEqual({ ok: true, doc: { StartAt: 'A', States: { A: { Type: 'Succeed' } } }, format: 'yaml' });
    expect(parseDefinitionText('{StartAt: A, States: {A: {Type: Succeed}}}')).toMatchObject({ ok: true, format: 'yaml' });
  });

  it('reports errors', () => {
    const badJson = parseDefinitionText('{"StartAt": "A",, }');
    expect(badJson.ok).toBe(false);
    if (!badJson.ok) expect(badJson.message).toMatch(/^Invalid JSON/);
    const badYaml = parseDefinitionText('a: [1\nb: 2');
    expect(badYaml.ok).toBe(false);
    if (!badYaml.ok) expect(badYaml.message).toMatch(/^Invalid YAML/);
    expect(parseDefinitionText('"just a string"')).toMatchObject({ ok: false });
    expect(parseDefinitionText('a: 1\na: 2')).toMatchObject({ ok: false });
    expect(parseDefinitionText('')).toMatchObject({ ok: false });
  });

  it('compares ignoring key order', () => {
    expect(sameMeaning({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameMeaning({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameMeaning([1, 2], [2, 1])).toBe(false);
    expect(sameMeaning({ a: '1' }, { a: 1 })).toBe(false);
    expect(sameMeaning(null, {})).toBe(false);
  });
});

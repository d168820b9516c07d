import { describe, expect, it } from 'vitest';
import { CsvError, parseDelimited } from '../../../src/asl/interpreter/item-reader/csv.js';
import { NO_NODE, resolvePointer } from '../../../src/asl/interpreter/item-reader/json-pointer.js';

describe('text-delimited parsing (AWS rules)', () => {
  it("parses AWS's own example: quoted commas, doubled quotes, a newline, unquoted doubled quotes", () => {
    const text = 'abc,123,"This string contains commas, a double quotation marks (""), and a newline (\n)",{""MyKey"":""MyValue""},"[1,2,3]"';
    expect(parseDelimited(text, ',')).toEqual([
      ['abc', '123', 'This string contains commas, a double quotation marks ("), and a newline (\n)', '{"MyKey":"MyValue"}', '[1,2,3]'],
    ]);
  });

  it('separates records on \\n, \\r\\n and \\r; skips empty lines; keeps empty fields', () => {
    expect(parseDelimited('a,b\r\n1,2\n\n3,\r,4\n', ',')).toEqual([['a', 'b'], ['1', '2'], ['3', ''], ['', '4']]);
    expect(parseDelimited('', ',')).toEqual([]);
    expect(parseDelimited('"",x', ',')).toEqual([['', 'x']]);
  });

  it('backslashes escape a backslash, a quote or the delimiter; before anything else they are dropped', () => {
    expect(parseDelimited('path,size\nC:\\\\Program Files\\\\MyApp.exe,6534512', ',')).toEqual([['path', 'size'], ['C:\\Program Files\\MyApp.exe', '6534512']]);
    expect(parseDelimited('a\\,b,c\\"d,e\\xf', ',')).toEqual([['a,b', 'c"d', 'exf']]);
  });

  it('uses the configured delimiter (PIPE, TAB, ...)', () => {
    expect(parseDelimited('a|b,c\n1|"x|y"', '|')).toEqual([['a', 'b,c'], ['1', 'x|y']]);
    expect(parseDelimited('a\tb\n1\t2', '\t')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('refuses a quoted field that is never closed', () => {
    expect(() => parseDelimited('a,"b\n', ',')).toThrow(CsvError);
  });
});

describe('JSON Pointer (ItemsPointer)', () => {
  it('walks objects and arrays, unescapes ~0 ~1, and reports what is missing', () => {
    const doc = { a: { 'b/c': [10, { 'd~e': 'x' }] } };
    expect(resolvePointer(doc, '')).toBe(doc);
    expect(resolvePointer(doc, '/a/b~1c/1/d~0e')).toBe('x');
    expect(resolvePointer(doc, '/a/b~1c/2')).toBe(NO_NODE);
    expect(resolvePointer(doc, '/nope')).toBe(NO_NODE);
    expect(resolvePointer(doc, 'a')).toBe(NO_NODE);
  });
});

import { parseDocument, stringify } from 'yaml';
import { isObject } from './json.js';
import type { AslDoc } from './types.js';

/** Definition text in and out: `.asl.json` and `.asl.yaml`. */

export type ParseResult =
  | { ok: true; doc: AslDoc; format: 'json' | 'yaml' }
  | { ok: false; message: string };

/**
 * Parses definition text: JSON first, then YAML (which also accepts flow style and JSON with
 * trailing commas). The result must be an object. When both fail, the message is JSON's for
 * text that looks like JSON (starts with `{` or `[`), else YAML's.
 */
export function parseDefinitionText(text: string): ParseResult {
  let jsonError: string;
  try {
    return asDefinition(JSON.parse(text), 'json');
  } catch (e: unknown) {
    jsonError = e instanceof Error ? e.message : String(e);
  }
  const looksJson = /^\s*[[{]/.test(text);
  // YAML 1.2 core schema: `yes`, `on`, `010` stay what JSON would make of them.
  const parsed = parseDocument(text, { version: '1.2', uniqueKeys: true, prettyErrors: false });
  const first = parsed.errors[0];
  if (first !== undefined) return { ok: false, message: looksJson ? `Invalid JSON: ${jsonError}` : `Invalid YAML: ${first.message}` };
  return asDefinition(parsed.toJS({ maxAliasCount: 100 }), 'yaml');
}

function asDefinition(value: unknown, format: 'json' | 'yaml'): ParseResult {
  if (!isObject(value)) return { ok: false, message: 'A state machine definition must be an object ({"StartAt": …, "States": …}).' };
  return { ok: true, doc: value, format };
}

/** The definition as JSON with 2-space indentation. */
export function toJsonText(doc: AslDoc): string {
  return JSON.stringify(doc, null, 2);
}

/** The definition as YAML (block style, no line folding, so strings round-trip exactly). */
export function toYamlText(doc: AslDoc): string {
  return stringify(doc, { indent: 2, lineWidth: 0, version: '1.2' });
}

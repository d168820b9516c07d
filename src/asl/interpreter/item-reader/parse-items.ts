import type { ListedObject } from '../object-io.js';
import { CsvError, parseDelimited } from './csv.js';
import { NO_NODE, resolvePointer } from './json-pointer.js';
import { readerFailed, type ReaderSettings } from './reader-request.js';

/** The items an ItemReader produced; `keys` when they are the entries of a JSON object. */
export interface ReadItems {
  items: unknown[];
  keys?: string[];
}

/**
 * Turns the host's reply (an object's text, or a listing) into the Map's items, as AWS reads
 * each dataset: https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itemreader.html
 * Throws States.ItemReaderFailed for content that is not a dataset.
 */
export function itemsFromReply(reply: unknown, settings: ReaderSettings): ReadItems {
  const r = (reply ?? {}) as { body?: unknown; objects?: unknown };
  let read: ReadItems;
  if (settings.action === 'getObject') {
    if (typeof r.body !== 'string') throw readerFailed('The object store returned no object content.');
    read = parseObject(r.body, settings);
  } else {
    if (!Array.isArray(r.objects)) throw readerFailed('The object store returned no object listing.');
    const objects = r.objects as (ListedObject & { Body?: string })[];
    if (settings.inputType === undefined) {
      // Each object's metadata is an item (its content is not read).
      read = { items: objects.map(({ Etag, Key, LastModified, Size, StorageClass }) => ({ Etag, Key, LastModified, Size, StorageClass })) };
    } else {
      // LOAD_AND_FLATTEN: every listed object is read and its items follow the previous one's.
      read = { items: objects.flatMap((o) => parseObject(o.Body ?? '', settings).items) };
    }
  }
  if (read.items.length > settings.maxItems) {
    read.items = read.items.slice(0, settings.maxItems);
    if (read.keys) read.keys = read.keys.slice(0, settings.maxItems);
  }
  return read;
}

function parseObject(text: string, settings: ReaderSettings): ReadItems {
  // A UTF-8 byte order mark is not content.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  switch (settings.inputType) {
    case 'JSONL':
      return { items: parseJsonLines(body) };
    case 'CSV':
      return { items: parseCsv(body, settings) };
    default:
      return parseJson(body, settings.itemsPointer);
  }
}

/** A JSON file holds an array, or an object whose entries are iterated (ItemsPointer selects a node). */
function parseJson(body: string, pointer: string): ReadItems {
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (e) {
    throw readerFailed(`The object's content is not valid JSON: ${(e as Error).message}`);
  }
  const node = resolvePointer(doc, pointer);
  // AWS's messages (floci-io/floci, checked against Step Functions).
  if (node === NO_NODE) throw readerFailed('The provided ReaderConfig.ItemsPointer does not match any valid path in the JSON structure.');
  if (Array.isArray(node)) return { items: node };
  if (typeof node === 'object' && node !== null) {
    const entries = Object.entries(node);
    return { items: entries.map(([, v]) => v), keys: entries.map(([k]) => k) };
  }
  throw readerFailed('Attempting to map over non-iterable node.');
}

/** JSON Lines: one JSON value per line; blank lines are skipped. */
function parseJsonLines(body: string): unknown[] {
  const items: unknown[] = [];
  const lines = body.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === '') continue;
    try {
      items.push(JSON.parse(line));
    } catch (e) {
      throw readerFailed(`Line ${i + 1} of the JSON Lines object is not valid JSON: ${(e as Error).message}`);
    }
  }
  return items;
}

/**
 * A text-delimited file: each record becomes an object keyed by the header (the first row, or
 * CSVHeaders); values are strings, missing ones are "", extra ones are dropped.
 */
function parseCsv(body: string, settings: ReaderSettings): Record<string, string>[] {
  let rows: string[][];
  try {
    rows = parseDelimited(body, settings.delimiter);
  } catch (e) {
    if (e instanceof CsvError) throw readerFailed(`The object is not a valid text-delimited file: ${e.message}`);
    throw e;
  }
  let headers = settings.csvHeaders;
  if (headers === undefined) {
    headers = rows.shift() ?? [];
  }
  // LocalStack's recording of AWS's cause.
  if (new Set(headers).size < headers.length) throw readerFailed('CSV headers cannot contain duplicates.');
  const h = headers;
  return rows.map((row) => {
    const item: Record<string, string> = {};
    for (let i = 0; i < h.length; i++) item[h[i] as string] = row[i] ?? '';
    return item;
  });
}

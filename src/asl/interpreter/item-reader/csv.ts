/**
 * Text-delimited files as Step Functions parses them for an ItemReader:
 * https://docs.aws.amazon.com/step-functions/latest/dg/example-csv-parse-dist-map.html
 * - newlines separate records (`\n`, `\r\n` or `\r`), except inside double quotes;
 * - double quotes are optional; quoted text may hold delimiters and newlines;
 * - a doubled quote is one quote, inside or outside quotes (AWS's own example parses the
 *   unquoted field `{""MyKey"":""MyValue""}` to `{"MyKey":"MyValue"}`);
 * - a backslash escapes a backslash, a double quote or the delimiter; a backslash before any
 *   other character is dropped (the character is kept);
 * - fields are strings. Empty lines are skipped (they hold no record).
 */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  // Whether the current record has any content yet (an empty line is no record), and whether
  // the current field has (a quote at a field's start opens a quoted field, as in RFC 4180).
  let started = false;
  let fieldBegun = false;
  let quoted = false;
  const n = text.length;
  const endRecord = (): void => {
    if (started) {
      row.push(field);
      rows.push(row);
    }
    row = [];
    field = '';
    started = false;
    fieldBegun = false;
  };
  for (let i = 0; i < n; i++) {
    const c = text[i] as string;
    if (c === '\\') {
      started = fieldBegun = true;
      const next = text[i + 1];
      // An escaped backslash, quote or delimiter is that character; otherwise the backslash goes.
      if (next === '\\' || next === '"' || next === delimiter) {
        field += next;
        i++;
      }
      continue;
    }
    if (c === '"') {
      const opening = !quoted && !fieldBegun;
      started = fieldBegun = true;
      if (!opening && text[i + 1] === '"') {
        field += '"';
        i++;
      } else {
        quoted = !quoted;
      }
      continue;
    }
    if (quoted) {
      field += c;
      continue;
    }
    if (c === delimiter) {
      started = true;
      fieldBegun = false;
      row.push(field);
      field = '';
      continue;
    }
    if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      continue;
    }
    started = fieldBegun = true;
    field += c;
  }
  if (quoted) throw new CsvError('The file ends inside a quoted field (a double quotation mark is not closed).');
  endRecord();
  return rows;
}

/** A text-delimited file that cannot be parsed. */
export class CsvError extends Error {
  override name = 'CsvError';
}

/** ReaderConfig CSVDelimiter values and the characters they stand for. */
export const CSV_DELIMITERS: Readonly<Record<string, string>> = {
  COMMA: ',',
  PIPE: '|',
  SEMICOLON: ';',
  SPACE: ' ',
  TAB: '\t',
};

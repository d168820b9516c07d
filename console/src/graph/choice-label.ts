/**
 * Short, human-readable summaries of Choice rules for edge labels. The full rule lives in
 * the definition; the label only has to tell branches apart at a glance, so it is cut at
 * about 40 characters.
 */

/** Longest label drawn on a choice edge; longer ones end with an ellipsis. */
export const MAX_LABEL_CHARS = 40;

// Comparison suffix → operator symbol. Order matters: the longest suffix must match first.
const COMPARISONS: ReadonlyArray<readonly [string, string]> = [
  ['GreaterThanEquals', '>='],
  ['LessThanEquals', '<='],
  ['GreaterThan', '>'],
  ['LessThan', '<'],
  ['Equals', '=='],
  ['Matches', 'matches'],
];
const FAMILIES = ['String', 'Numeric', 'Boolean', 'Timestamp'];
const TYPE_TESTS: Record<string, string> = {
  IsNull: 'null', IsPresent: 'present', IsNumeric: 'numeric', IsString: 'string',
  IsBoolean: 'boolean', IsTimestamp: 'timestamp',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Cuts text to `max` characters, ending with "…" when something was removed. */
export function truncate(text: string, max = MAX_LABEL_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, Math.max(0, max - 1))}…`;
}

function operand(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function comparison(rule: Record<string, unknown>, variable: string): string | undefined {
  for (const key of Object.keys(rule)) {
    const family = FAMILIES.find((f) => key.startsWith(f));
    if (!family) continue;
    let rest = key.slice(family.length);
    const isPath = rest.endsWith('Path');
    if (isPath) rest = rest.slice(0, -4);
    const op = COMPARISONS.find(([suffix]) => suffix === rest)?.[1];
    if (!op) continue;
    const value = rule[key];
    const right = isPath && typeof value === 'string' ? value : operand(value);
    return `${variable} ${op} ${right}`;
  }
  for (const [key, word] of Object.entries(TYPE_TESTS)) {
    if (!(key in rule)) continue;
    const positive = rule[key] !== false;
    if (key === 'IsPresent') return `${variable} is ${positive ? 'present' : 'absent'}`;
    return `${variable} is ${positive ? '' : 'not '}${word}`;
  }
  return undefined;
}

function summarize(rule: unknown, depth: number): string {
  if (!isRecord(rule)) return '?';
  if (typeof rule.Condition === 'string') {
    // JSONata: show the expression without its {% %} delimiters.
    return rule.Condition.replace(/^\s*\{%/, '').replace(/%\}\s*$/, '').trim();
  }
  if (typeof rule.Condition === 'boolean') return String(rule.Condition);
  // Nested rules could be arbitrarily deep; beyond two levels the label is cut anyway.
  const nested = (items: unknown): string =>
    depth > 2 ? '…' : (Array.isArray(items) ? items : []).map((r) => summarize(r, depth + 1)).join(', ');
  if ('And' in rule) return `And(${nested(rule.And)})`;
  if ('Or' in rule) return `Or(${nested(rule.Or)})`;
  if ('Not' in rule) return `Not(${depth > 2 ? '…' : summarize(rule.Not, depth + 1)})`;
  const variable = typeof rule.Variable === 'string' ? rule.Variable : '?';
  return comparison(rule, variable) ?? variable;
}

/** Summarizes one Choice rule, e.g. `$.channel == "email"`, `$.n > 3`, `And(…)`. */
export function choiceRuleLabel(rule: unknown): string {
  return truncate(summarize(rule, 0));
}

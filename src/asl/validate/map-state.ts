import {
  badValue, childPointer, enumValue, expectInteger, expectObject, expectString, has, isRecord, onlyFields,
  requiredFields, unsupportedField, type JsonRecord, type StateContext,
} from './context.js';
import { Codes } from './diagnostics.js';
import { checkPath } from './field-values.js';
import { checkLanguageField } from './query-language.js';
import { checkPayloadTemplate } from './payload-templates.js';
import type { ScopeValidator } from './parallel-state.js';

/**
 * Map state structure: ItemProcessor (or the deprecated Iterator), ProcessorConfig, ItemReader,
 * ItemBatcher, ResultWriter. https://docs.aws.amazon.com/step-functions/latest/dg/state-map.html
 * and the ASL schema's map_state.json.
 */
const PROCESSOR_FIELDS = new Set(['StartAt', 'States', 'Comment', 'ProcessorConfig']);
const READER_FIELDS = new Set(['Resource', 'Parameters', 'Arguments', 'ReaderConfig']);
const READER_CONFIG_FIELDS = new Set([
  'InputType', 'CSVHeaderLocation', 'CSVHeaders', 'CSVDelimiter', 'MaxItems', 'MaxItemsPath', 'Transformation',
  'ManifestType', 'ItemsPointer',
]);
const BATCHER_FIELDS = new Set(['MaxItemsPerBatch', 'MaxItemsPerBatchPath', 'MaxInputBytesPerBatch', 'MaxInputBytesPerBatchPath', 'BatchInput']);
const WRITER_FIELDS = new Set(['Resource', 'Parameters', 'Arguments', 'WriterConfig']);
/** The S3 actions each block may name (AWS refuses any other at CreateStateMachine). */
const READER_RESOURCES = ['arn:aws:states:::s3:getObject', 'arn:aws:states:::s3:listObjectsV2'];
const WRITER_RESOURCES = ['arn:aws:states:::s3:putObject'];

/** Checks the Map-specific structure and validates the processor's states as a scope. */
export function checkMapState(sc: StateContext, validateScope: ScopeValidator): void {
  const { state, pointer, ctx } = sc;
  const both = has(state, 'ItemProcessor') && has(state, 'Iterator');
  if (!has(state, 'ItemProcessor') && !has(state, 'Iterator')) requiredFields(ctx, pointer, ['ItemProcessor']);
  if (both) unsupportedField(ctx, pointer, 'Iterator');
  for (const field of ['ItemProcessor', 'Iterator'] as const) {
    if (!has(state, field)) continue;
    const p = childPointer(pointer, field);
    const processor = state[field];
    if (!expectObject(ctx, field, p, processor)) continue;
    // AWS refuses QueryLanguage here: the processor's states inherit the machine's language.
    onlyFields(ctx, p, processor, PROCESSOR_FIELDS);
    if (has(processor, 'ProcessorConfig')) checkProcessorConfig(sc, processor.ProcessorConfig, childPointer(p, 'ProcessorConfig'));
    validateScope(processor, p);
  }
  if (has(state, 'ItemReader')) checkResourceBlock(sc, 'ItemReader', READER_FIELDS);
  if (has(state, 'ResultWriter')) checkResourceBlock(sc, 'ResultWriter', WRITER_FIELDS);
  if (has(state, 'ItemBatcher')) checkBatcher(sc);
}

function checkProcessorConfig(sc: StateContext, config: unknown, p: string): void {
  if (!expectObject(sc.ctx, 'ProcessorConfig', p, config)) return;
  onlyFields(sc.ctx, p, config, new Set(['Mode', 'ExecutionType']));
  if (has(config, 'Mode')) enumValue(sc.ctx, 'Mode', childPointer(p, 'Mode'), config.Mode, ['INLINE', 'DISTRIBUTED']);
  if (has(config, 'ExecutionType')) enumValue(sc.ctx, 'ExecutionType', childPointer(p, 'ExecutionType'), config.ExecutionType, ['STANDARD', 'EXPRESS']);
  if (config.Mode === 'DISTRIBUTED' && !has(config, 'ExecutionType')) requiredFields(sc.ctx, p, ['ExecutionType']);
}

function checkResourceBlock(sc: StateContext, field: 'ItemReader' | 'ResultWriter', allowed: ReadonlySet<string>): void {
  const p = childPointer(sc.pointer, field);
  const block = sc.state[field];
  if (!expectObject(sc.ctx, field, p, block)) return;
  checkFields(sc, p, block, allowed);
  const resources = field === 'ItemReader' ? READER_RESOURCES : WRITER_RESOURCES;
  if (has(block, 'Resource')) {
    if (expectString(sc.ctx, 'Resource', childPointer(p, 'Resource'), block.Resource, true)) enumValue(sc.ctx, 'Resource', childPointer(p, 'Resource'), block.Resource, resources);
  } else if (field === 'ItemReader' || !has(block, 'WriterConfig')) {
    // A ResultWriter is WriterConfig (format only), Resource + Parameters (export), or all three.
    requiredFields(sc.ctx, p, ['Resource']);
  }
  const args = sc.language === 'JSONata' ? 'Arguments' : 'Parameters';
  if (field === 'ResultWriter' && has(block, 'Resource') && !has(block, args)) requiredFields(sc.ctx, p, [args]);
  if (has(block, 'Parameters') && sc.language === 'JSONPath') {
    const pp = childPointer(p, 'Parameters');
    if (expectObject(sc.ctx, 'Parameters', pp, block.Parameters)) checkPayloadTemplate(sc.ctx, block.Parameters, pp);
  }
  const config = field === 'ItemReader' ? 'ReaderConfig' : 'WriterConfig';
  if (!has(block, config)) return;
  const cp = childPointer(p, config);
  const cfg = block[config];
  if (!expectObject(sc.ctx, config, cp, cfg)) return;
  if (field === 'ResultWriter') {
    onlyFields(sc.ctx, cp, cfg, new Set(['OutputType', 'Transformation']));
    if (has(cfg, 'OutputType')) enumValue(sc.ctx, 'OutputType', childPointer(cp, 'OutputType'), cfg.OutputType, ['JSON', 'JSONL']);
    if (has(cfg, 'Transformation')) enumValue(sc.ctx, 'Transformation', childPointer(cp, 'Transformation'), cfg.Transformation, ['NONE', 'COMPACT', 'FLATTEN']);
    return;
  }
  checkFields(sc, cp, cfg, READER_CONFIG_FIELDS);
  const at = (f: string): string => childPointer(cp, f);
  if (has(cfg, 'InputType')) enumValue(sc.ctx, 'InputType', at('InputType'), cfg.InputType, ['CSV', 'JSON', 'JSONL', 'PARQUET', 'MANIFEST']);
  if (has(cfg, 'CSVHeaderLocation')) enumValue(sc.ctx, 'CSVHeaderLocation', at('CSVHeaderLocation'), cfg.CSVHeaderLocation, ['FIRST_ROW', 'GIVEN']);
  if (has(cfg, 'CSVDelimiter')) enumValue(sc.ctx, 'CSVDelimiter', at('CSVDelimiter'), cfg.CSVDelimiter, ['COMMA', 'PIPE', 'SEMICOLON', 'SPACE', 'TAB']);
  if (has(cfg, 'Transformation')) enumValue(sc.ctx, 'Transformation', at('Transformation'), cfg.Transformation, ['NONE', 'LOAD_AND_FLATTEN']);
  if (has(cfg, 'ManifestType')) enumValue(sc.ctx, 'ManifestType', at('ManifestType'), cfg.ManifestType, ['S3_INVENTORY', 'ATHENA_DATA']);
  if (has(cfg, 'CSVHeaders') && (!Array.isArray(cfg.CSVHeaders) || !cfg.CSVHeaders.every((h) => typeof h === 'string'))) {
    badValue(sc.ctx, 'CSVHeaders', at('CSVHeaders'), 'an ARRAY of STRING');
  }
  if (cfg.CSVHeaderLocation === 'GIVEN' && !has(cfg, 'CSVHeaders')) requiredFields(sc.ctx, cp, ['CSVHeaders']);
  if (has(cfg, 'ItemsPointer')) expectString(sc.ctx, 'ItemsPointer', at('ItemsPointer'), cfg.ItemsPointer);
  if (has(cfg, 'MaxItems') && !isJsonataValue(sc, cfg.MaxItems)) expectInteger(sc.ctx, 'MaxItems', at('MaxItems'), cfg.MaxItems, 0, 100_000_000);
  if (has(cfg, 'MaxItemsPath') && sc.language === 'JSONPath') checkPath(sc, 'MaxItemsPath', cfg.MaxItemsPath, at('MaxItemsPath'), false);
  if (has(cfg, 'MaxItems') && has(cfg, 'MaxItemsPath')) {
    sc.ctx.report.error(Codes.SCHEMA_VALIDATION_FAILED, 'These fields are mutually exclusive: [MaxItems, MaxItemsPath]', cp, at('MaxItemsPath'));
  }
}

function checkBatcher(sc: StateContext): void {
  const p = childPointer(sc.pointer, 'ItemBatcher');
  const b = sc.state.ItemBatcher;
  if (!expectObject(sc.ctx, 'ItemBatcher', p, b)) return;
  checkFields(sc, p, b, BATCHER_FIELDS);
  const at = (f: string): string => childPointer(p, f);
  if (has(b, 'MaxItemsPerBatch') && !isJsonataValue(sc, b.MaxItemsPerBatch)) expectInteger(sc.ctx, 'MaxItemsPerBatch', at('MaxItemsPerBatch'), b.MaxItemsPerBatch, 1);
  if (has(b, 'MaxInputBytesPerBatch') && !isJsonataValue(sc, b.MaxInputBytesPerBatch)) {
    expectInteger(sc.ctx, 'MaxInputBytesPerBatch', at('MaxInputBytesPerBatch'), b.MaxInputBytesPerBatch, 1, 262_144);
  }
  for (const f of ['MaxItemsPerBatchPath', 'MaxInputBytesPerBatchPath']) {
    if (has(b, f) && sc.language === 'JSONPath') checkPath(sc, f, b[f], at(f), false);
  }
  if (has(b, 'BatchInput') && sc.language === 'JSONPath' && isRecord(b.BatchInput)) checkPayloadTemplate(sc.ctx, b.BatchInput, at('BatchInput'));
}

/** Unknown fields, and the JSONPath-only (`…Path`, Parameters) / JSONata-only (Arguments) ones. */
function checkFields(sc: StateContext, owner: string, obj: JsonRecord, allowed: ReadonlySet<string>): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.has(key)) unsupportedField(sc.ctx, owner, key);
    else if (key === 'Parameters' || key.endsWith('Path')) checkLanguageField(sc, owner, key, 'P');
    else if (key === 'Arguments') checkLanguageField(sc, owner, key, 'J');
  }
}

function isJsonataValue(sc: StateContext, v: unknown): boolean {
  return sc.language === 'JSONata' && typeof v === 'string' && v.startsWith('{%') && v.endsWith('%}');
}

import { describe, expect, it } from 'vitest';
import { check, machine, summary } from './helpers.js';

const processor = { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'P', States: { P: { Type: 'Succeed' } } };
const map = (extra: Record<string, unknown>, top: Record<string, unknown> = {}): unknown => machine({ Type: 'Map', End: true, ItemProcessor: processor, ...extra }, {}, top);
const csv = { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'CSV' }, Parameters: { Bucket: 'b', Key: 'k' } };

describe('ItemReader / ResultWriter definitions (AWS rules)', () => {
  it('accepts the S3 readers and the putObject writer, JSONPath and JSONata forms', () => {
    expect(summary(map({ ItemReader: { Resource: 'arn:aws:states:::s3:listObjectsV2', Parameters: { Bucket: 'b', 'Prefix.$': '$.p' } } }))).toEqual([]);
    expect(summary(map({ ItemReader: { ...csv, ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'GIVEN', CSVHeaders: ['a'], CSVDelimiter: 'TAB', MaxItemsPath: '$.n' } } }))).toEqual([]);
    expect(summary(map({ ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'JSON', ItemsPointer: '/a', MaxItems: '{% $states.input.n %}' }, Arguments: { Bucket: 'b', Key: '{% $states.input.k %}' } } }, { QueryLanguage: 'JSONata' }))).toEqual([]);
    expect(summary(map({ ResultWriter: { WriterConfig: { Transformation: 'FLATTEN', OutputType: 'JSONL' } } }))).toEqual([]);
    expect(summary(map({ ResultWriter: { Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: 'b', Prefix: 'p' }, WriterConfig: { Transformation: 'NONE' } } }))).toEqual([]);
  });

  it('refuses other resources', () => {
    expect(check(map({ ItemReader: { ...csv, Resource: 'arn:aws:states:::s3:headObject' } }))).toEqual([
      expect.objectContaining({ code: 'SCHEMA_VALIDATION_FAILED', location: '/States/A/ItemReader/Resource', message: "The field 'Resource' should have one of these values: [arn:aws:states:::s3:getObject, arn:aws:states:::s3:listObjectsV2]" }),
    ]);
    expect(summary(map({ ResultWriter: { Resource: 'arn:aws:states:::s3:getObject', Parameters: { Bucket: 'b' } } }))).toEqual(['SCHEMA_VALIDATION_FAILED @/States/A/ResultWriter/Resource']);
  });

  it('a ResultWriter needs WriterConfig, or Resource with Parameters (Arguments in JSONata)', () => {
    expect(check(map({ ResultWriter: {} }))).toEqual([expect.objectContaining({ location: '/States/A/ResultWriter', message: 'These fields are required: [Resource]' })]);
    expect(check(map({ ResultWriter: { Resource: 'arn:aws:states:::s3:putObject' } }))).toEqual([expect.objectContaining({ location: '/States/A/ResultWriter', message: 'These fields are required: [Parameters]' })]);
    expect(check(map({ ResultWriter: { Resource: 'arn:aws:states:::s3:putObject' } }, { QueryLanguage: 'JSONata' }))).toEqual([expect.objectContaining({ message: 'These fields are required: [Arguments]' })]);
  });

  it('ReaderConfig: GIVEN needs CSVHeaders; MaxItems and MaxItemsPath exclude each other', () => {
    expect(check(map({ ItemReader: { ...csv, ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'GIVEN' } } }))).toEqual([
      expect.objectContaining({ location: '/States/A/ItemReader/ReaderConfig', message: 'These fields are required: [CSVHeaders]' }),
    ]);
    expect(check(map({ ItemReader: { ...csv, ReaderConfig: { InputType: 'CSV', MaxItems: 2, MaxItemsPath: '$.n' } } }))).toEqual([
      expect.objectContaining({ location: '/States/A/ItemReader/ReaderConfig', message: 'These fields are mutually exclusive: [MaxItems, MaxItemsPath]' }),
    ]);
  });
});

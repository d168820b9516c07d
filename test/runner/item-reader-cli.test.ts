import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void): Writable =>
    new Writable({ write: (chunk: Buffer, _enc, done) => { append(chunk.toString()); done(); } });
  const code = await main(argv, sink((s) => (out += s)), sink((s) => (err += s)));
  return { code, out, err };
}

describe('stepwise run --s3-dir', () => {
  it('reads the ItemReader object from, and writes the ResultWriter files to, the given folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-cli-s3-'));
    const s3 = join(dir, 'buckets');
    mkdirSync(join(s3, 'in'), { recursive: true });
    mkdirSync(join(s3, 'out'));
    writeFileSync(join(s3, 'in', 'rows.jsonl'), '{"n":1}\n{"n":2}\n');
    const definition = join(dir, 'machine.json');
    writeFileSync(definition, JSON.stringify({
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'JSONL' }, Parameters: { Bucket: 'in', Key: 'rows.jsonl' } },
          ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'P', States: { P: { Type: 'Pass', End: true } } },
          ResultWriter: { Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: 'out', Prefix: 'r' } },
          End: true,
        },
      },
    }));
    const r = await cli('run', definition, '--s3-dir', s3);
    expect(r.code).toBe(0);
    const output = JSON.parse(r.out) as { ResultWriterDetails: { Key: string } };
    const runId = output.ResultWriterDetails.Key.split('/')[1] as string;
    expect(readdirSync(join(s3, 'out', 'r', runId)).sort()).toEqual(['SUCCEEDED_0.json', 'manifest.json']);
  });
});

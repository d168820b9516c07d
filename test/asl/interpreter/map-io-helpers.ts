import { Execution } from '../../../src/asl/interpreter/execution.js';
import type { Command } from '../../../src/asl/interpreter/types.js';
import { compileProgram } from '../../../src/asl/program/compile.js';
import { fixedEnv } from '../../../src/asl/runtime-env.js';

/** A Distributed Map state (Pass children) with the given extra fields. */
export function distributedMap(extra: Record<string, unknown>, processorStates?: Record<string, unknown>, startAt = 'P'): Record<string, unknown> {
  return {
    Type: 'Map',
    ItemProcessor: {
      ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
      StartAt: startAt,
      States: processorStates ?? { P: { Type: 'Pass', End: true } },
    },
    End: true,
    ...extra,
  };
}

export const READ_CSV = { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'CSV' }, Parameters: { Bucket: 'data', 'Key.$': '$.key' } };

/** A bare core Execution on the fixed test env (no runner): deliveries are injected by the test. */
export function coreExecution(definition: Record<string, unknown>, input: unknown): Execution {
  const env = fixedEnv();
  return new Execution(compileProgram(definition), input, {
    env,
    history: true,
    recordChildRuns: true,
    payloadLimitBytes: 262_144,
    maxHistoryEvents: 25_000,
    region: 'us-east-1',
    identity: {
      executionArn: 'arn:aws:states:us-east-1:123456789012:execution:sm:e1',
      executionName: 'e1',
      stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:sm',
      stateMachineName: 'sm',
      roleArn: 'arn:aws:iam::123456789012:role/r',
      input,
      redriveCount: 0,
    },
  });
}

export type ObjectIo = Extract<Command, { kind: 'ObjectIo' }>;

/** The single ObjectIo command among `commands` (throws otherwise). */
export function objectIo(commands: readonly Command[]): ObjectIo {
  const io = commands.filter((c): c is ObjectIo => c.kind === 'ObjectIo');
  if (io.length !== 1) throw new Error(`expected one ObjectIo command, got ${io.length}`);
  return io[0] as ObjectIo;
}

/** `[id, previousEventId, type]` of the execution's history. */
export function chainOf(ex: Execution): [number, number, string][] {
  return (ex.history ?? []).map((e) => [e.id, e.previousEventId, e.type]);
}

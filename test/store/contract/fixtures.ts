import type {
  ActivityRecord, AliasRecord, ExecutionRecord, StateMachineRecord, StepWrite, TaskTokenRecord, VersionRecord,
} from '../../../src/store/types.js';

/** Record builders for the store contract: complete records with every field set. */
const PREFIX = 'arn:aws:states:us-east-1:123456789012';

export const smArn = (name: string): string => `${PREFIX}:stateMachine:${name}`;
export const execArn = (sm: string, name: string): string => `${PREFIX}:execution:${sm}:${name}`;
export const activityArn = (name: string): string => `${PREFIX}:activity:${name}`;

export function stateMachine(name: string, overrides: Partial<StateMachineRecord> = {}): StateMachineRecord {
  return {
    arn: smArn(name), name, type: 'STANDARD', definition: '{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}',
    roleArn: 'arn:aws:iam::123456789012:role/r', status: 'ACTIVE', description: `sm ${name}`, revisionId: `rev-${name}`,
    creationDate: 1_700_000_000_000, updateDate: 1_700_000_000_000,
    loggingConfiguration: '{"level":"OFF"}', tracingConfiguration: '{"enabled":false}',
    encryptionConfiguration: '{"type":"AWS_OWNED_KEY"}',
    ...overrides,
  };
}

export function version(smName: string, n: number, overrides: Partial<VersionRecord> = {}): VersionRecord {
  return {
    arn: `${smArn(smName)}:${n}`, stateMachineArn: smArn(smName), version: n, definition: `{"v":${n}}`,
    roleArn: 'arn:aws:iam::123456789012:role/r', revisionId: `rev-${n}`, description: `v${n}`,
    creationDate: 1_700_000_000_000 + n, type: 'STANDARD', loggingConfiguration: '{}', tracingConfiguration: '{}',
    encryptionConfiguration: '{}',
    ...overrides,
  };
}

export function alias(smName: string, name: string, overrides: Partial<AliasRecord> = {}): AliasRecord {
  return {
    arn: `${smArn(smName)}:${name}`, stateMachineArn: smArn(smName), name, description: `alias ${name}`,
    routingConfiguration: `[{"stateMachineVersionArn":"${smArn(smName)}:1","weight":100}]`,
    creationDate: 1_700_000_000_000, updateDate: 1_700_000_000_000,
    ...overrides,
  };
}

export function activity(name: string, creationDate = 1_700_000_000_000): ActivityRecord {
  return { arn: activityArn(name), name, creationDate };
}

export function execution(smName: string, name: string, overrides: Partial<ExecutionRecord> = {}): ExecutionRecord {
  return {
    arn: execArn(smName, name), stateMachineArn: smArn(smName), name, type: 'STANDARD', status: 'RUNNING',
    startDate: 1_700_000_000_000, stopDate: null, input: '{"in":1}', output: null, error: null, cause: null,
    definition: '{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}', roleArn: 'arn:aws:iam::123456789012:role/r',
    stateMachineVersionArn: null, stateMachineAliasArn: null, mapRunArn: null, parentExecutionArn: null,
    redriveCount: 0, redriveDate: null, traceHeader: null,
    ...overrides,
  };
}

export function token(executionArn: string, tokenId: string, overrides: Partial<TaskTokenRecord> = {}): TaskTokenRecord {
  return {
    token: tokenId, executionArn, threadId: 0, ticket: 1, activityArn: null, input: '{"task":1}',
    status: 'SCHEDULED', workerName: null, createdAt: 1_700_000_000_000, heartbeatSeconds: null,
    heartbeatDeadline: null,
    stateName: 'Approve',
    resource: 'arn:aws:states:::activity',
    ...overrides,
  };
}

/** An empty step for `executionArn`, to fill in per test. */
export function step(executionArn: string, overrides: Partial<StepWrite> = {}): StepWrite {
  return { executionArn, history: [], timersAdded: [], timersRemoved: [], tokensAdded: [], tokensRemoved: [], ...overrides };
}

/** History rows with ids `ids` for one execution. */
export function events(executionArn: string, ids: number[]): StepWrite['history'] {
  return ids.map((id) => ({ executionArn, id, event: `{"id":${id},"type":"E${id}"}` }));
}

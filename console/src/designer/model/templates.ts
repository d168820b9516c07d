import { REMINDER } from './template-reminder.js';
import type { AslDoc } from './types.js';

/** Starting points offered by "New state machine". Each one passes validateDefinition. */
export interface Template {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly definition: AslDoc;
}

const HELLO_WORLD: AslDoc = {
  Comment: 'A minimal state machine: one Pass state that outputs a greeting.',
  StartAt: 'Hello',
  States: { Hello: { Type: 'Pass', Result: { message: 'Hello, world!' }, End: true } },
};

const RETRY_AND_CATCH: AslDoc = {
  Comment: 'Calls a Lambda function, retrying transient errors and catching the rest.',
  StartAt: 'Call service',
  States: {
    'Call service': {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: 'my-function', 'Payload.$': '$' },
      ResultSelector: { 'body.$': '$.Payload' },
      TimeoutSeconds: 30,
      Retry: [{
        ErrorEquals: ['Lambda.TooManyRequestsException', 'Lambda.ServiceException', 'States.Timeout'],
        IntervalSeconds: 2, MaxAttempts: 3, BackoffRate: 2, JitterStrategy: 'FULL',
      }],
      Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Report failure' }],
      Next: 'Done',
    },
    'Report failure': { Type: 'Fail', ErrorPath: '$.error.Error', CausePath: '$.error.Cause' },
    Done: { Type: 'Succeed' },
  },
};

const MAP_OVER_ITEMS: AslDoc = {
  Comment: 'Processes each item of $.items, at most 5 at a time, and collects the results.',
  StartAt: 'Process items',
  States: {
    'Process items': {
      Type: 'Map',
      ItemsPath: '$.items',
      ItemSelector: { 'item.$': '$$.Map.Item.Value', 'index.$': '$$.Map.Item.Index' },
      MaxConcurrency: 5,
      ItemProcessor: {
        ProcessorConfig: { Mode: 'INLINE' },
        StartAt: 'Process item',
        States: { 'Process item': { Type: 'Pass', Parameters: { 'position.$': '$.index', 'value.$': '$.item', processed: true }, End: true } },
      },
      ResultPath: '$.results',
      End: true,
    },
  },
};

const MANUAL_APPROVAL: AslDoc = {
  Comment: 'Pauses for a human decision: a worker polls the activity and answers SendTaskSuccess with {"approved": true|false}.',
  StartAt: 'Request approval',
  States: {
    'Request approval': {
      Type: 'Task',
      Resource: 'arn:aws:states:us-east-1:123456789012:activity:ManualApproval',
      TimeoutSeconds: 86400,
      ResultPath: '$.decision',
      Catch: [{ ErrorEquals: ['States.Timeout'], ResultPath: '$.error', Next: 'Timed out' }],
      Next: 'Approved?',
    },
    'Approved?': {
      Type: 'Choice',
      Choices: [{ Variable: '$.decision.approved', BooleanEquals: true, Next: 'Approved' }],
      Default: 'Rejected',
    },
    Approved: { Type: 'Succeed' },
    Rejected: { Type: 'Fail', Error: 'Rejected', Cause: 'The request was rejected.' },
    'Timed out': { Type: 'Fail', Error: 'ApprovalTimedOut', Cause: 'No decision within a day.' },
  },
};

const JSONATA_WITH_VARIABLES: AslDoc = {
  Comment: 'JSONata expressions and variables: compute a total, remember it, branch on it.',
  QueryLanguage: 'JSONata',
  StartAt: 'Compute total',
  States: {
    'Compute total': {
      Type: 'Pass',
      Assign: { total: '{% $sum($states.input.items.price) %}', customer: '{% $states.input.customer %}' },
      Next: 'Large order?',
    },
    'Large order?': {
      Type: 'Choice',
      Choices: [{ Condition: '{% $total > 100 %}', Next: 'Apply discount' }],
      Default: 'Summarize',
    },
    'Apply discount': { Type: 'Pass', Assign: { total: '{% $total * 0.9 %}' }, Next: 'Summarize' },
    Summarize: { Type: 'Pass', Output: { customer: '{% $customer %}', total: '{% $total %}' }, End: true },
  },
};

/** The templates, in menu order. */
export const TEMPLATES: readonly Template[] = [
  { id: 'hello-world', title: 'Hello world', description: 'One Pass state: the smallest valid machine.', definition: HELLO_WORLD },
  { id: 'reminder', title: 'Reminder', description: 'Wait until due, then notify by email, SMS or both (Choice, Parallel, SES and SNS tasks).', definition: REMINDER },
  { id: 'retry-and-catch', title: 'Retry and catch', description: 'A Lambda task that retries transient errors and routes the rest to a Fail state.', definition: RETRY_AND_CATCH },
  { id: 'map-over-items', title: 'Map over items', description: 'An inline Map that processes each item of an array with bounded concurrency.', definition: MAP_OVER_ITEMS },
  { id: 'manual-approval', title: 'Manual approval', description: 'An activity task waits for a person\'s decision, with a timeout.', definition: MANUAL_APPROVAL },
  { id: 'jsonata-with-variables', title: 'JSONata with variables', description: 'JSONata expressions, Assign variables and a Condition-based Choice.', definition: JSONATA_WITH_VARIABLES },
];

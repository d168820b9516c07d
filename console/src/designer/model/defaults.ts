import type { JsonObject, QueryLanguage, StateType } from './types.js';

/**
 * The state a freshly added node starts as: the smallest AWS-valid state of its type (apart
 * from the transition, which addState sets), with placeholders the user is expected to edit.
 */

/** Reserves a unique state name for a nested state (Parallel branch, Map processor). */
export type NameReserver = (base: string) => string;

/** A one-state sub-machine: `{StartAt: P, States: {P: {Type: Pass, End: true}}}`. */
export function singlePassScope(reserve: NameReserver): JsonObject {
  const name = reserve('Pass');
  return { StartAt: name, States: { [name]: { Type: 'Pass', End: true } } };
}

/** The default body of a new state, without Next/End. */
export function defaultState(type: StateType, language: QueryLanguage, reserve: NameReserver): JsonObject {
  const jsonata = language === 'JSONata';
  switch (type) {
    case 'Pass':
    case 'Succeed':
      return { Type: type };
    case 'Task':
      // Lambda invoke is the most common Task; FunctionName is a placeholder to replace.
      return jsonata
        ? { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Arguments: { FunctionName: 'my-function', Payload: '{% $states.input %}' } }
        : { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'my-function', 'Payload.$': '$' } };
    case 'Wait':
      return { Type: 'Wait', Seconds: 5 };
    case 'Fail':
      return { Type: 'Fail', Error: 'Failed', Cause: 'Describe what went wrong' };
    case 'Choice':
      // Empty on purpose: the user adds rules (the validator flags the empty list meanwhile).
      return { Type: 'Choice', Choices: [] };
    case 'Parallel':
      return { Type: 'Parallel', Branches: [singlePassScope(reserve)] };
    case 'Map': {
      const { StartAt, States } = singlePassScope(reserve);
      return { Type: 'Map', ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt, States } };
    }
  }
}

/** True for the types that end a flow and take no Next/End (Succeed, Fail). */
export function isTerminalType(type: unknown): boolean {
  return type === 'Succeed' || type === 'Fail';
}

/** True for the types that carry `Next` or `End: true`. */
export function hasNextOrEnd(type: unknown): boolean {
  return type === 'Pass' || type === 'Task' || type === 'Wait' || type === 'Parallel' || type === 'Map';
}

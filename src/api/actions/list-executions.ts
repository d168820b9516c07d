import { requireArn } from '../../engine/control/arn.js';
import { Errors } from '../../engine/control/errors.js';
import type { ExecutionFilter, ExecutionStatus } from '../../store/types.js';
import type { ApiContext } from '../context.js';
import { F } from '../schema/common.js';
import { oneOf } from '../schema/fields.js';
import { parseInput } from '../schema/parse-input.js';
import { compact, executionListItem, pageSize } from '../shapes.js';

/** ListExecutions' `statusFilter` values; the console's execution search takes the same. */
export const STATUS_FILTER = ['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'PENDING_REDRIVE'] as const satisfies readonly ExecutionStatus[];

const Input = {
  stateMachineArn: F.arn(),
  statusFilter: oneOf(STATUS_FILTER),
  maxResults: F.maxResults(),
  nextToken: F.nextToken(),
  mapRunArn: F.longArn(),
  redriveFilter: oneOf(['REDRIVEN', 'NOT_REDRIVEN'] as const),
};

/**
 * ListExecutions of a state machine, version or alias, or of a Map Run (exactly one of
 * `stateMachineArn` / `mapRunArn`). Not for EXPRESS machines (`StateMachineTypeNotSupported`).
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_ListExecutions.html
 */
export function listExecutions(body: unknown, ctx: ApiContext): unknown {
  const input = parseInput(Input, body);
  const filter: ExecutionFilter = {};
  if ((input.stateMachineArn === undefined) === (input.mapRunArn === undefined)) {
    throw Errors.validation('Must provide a StateMachine ARN or a MapRun ARN, but not both', 'MISSING_REQUIRED_PARAMETER');
  }
  if (input.stateMachineArn !== undefined) {
    const arn = requireArn(input.stateMachineArn, ['stateMachine', 'version', 'alias']);
    const sm = ctx.control.describeStateMachine(requireArn(arn.stateMachineArn ?? arn.arn, ['stateMachine']));
    if (sm.type === 'EXPRESS') throw Errors.stateMachineTypeNotSupported('This operation is not supported by EXPRESS state machines');
    if (arn.kind === 'stateMachine') filter.stateMachineArn = arn.arn;
    else {
      if (arn.kind === 'alias') ctx.control.describeStateMachineAlias(arn.arn);
      else if (ctx.control.getVersion(arn.arn) === undefined) throw Errors.resourceNotFound(arn.arn);
      filter.versionOrAliasArn = arn.arn;
    }
  } else if (input.mapRunArn !== undefined) {
    requireArn(input.mapRunArn, ['mapRun']);
    filter.mapRunArn = input.mapRunArn;
  }
  if (input.statusFilter !== undefined) filter.status = input.statusFilter;
  if (input.redriveFilter !== undefined) filter.redriveFilter = input.redriveFilter;
  const page = ctx.runtime.list(filter, pageSize(input.maxResults), input.nextToken ?? null);
  return compact({ executions: page.items.map(executionListItem), nextToken: page.nextToken ?? undefined });
}

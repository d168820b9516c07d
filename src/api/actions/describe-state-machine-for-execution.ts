import type { ApiContext } from '../context.js';
import { requireExecution } from '../executions.js';
import { F } from '../schema/common.js';
import { req } from '../schema/fields.js';
import { parseInput } from '../schema/parse-input.js';
import { compact, config, epoch } from '../shapes.js';

const Input = { executionArn: req(F.arn()), includedData: F.includedData() };

/** DescribeStateMachineForExecution. https://docs.aws.amazon.com/step-functions/latest/apireference/API_DescribeStateMachineForExecution.html */
export function describeStateMachineForExecution(body: unknown, ctx: ApiContext): unknown {
  const input = parseInput(Input, body);
  const d = ctx.control.describeStateMachineForExecution(requireExecution(ctx, input.executionArn));
  return compact({
    stateMachineArn: d.stateMachineArn, name: d.name, definition: d.definition, roleArn: d.roleArn, updateDate: epoch(d.updateDate),
    loggingConfiguration: config(d.loggingConfiguration), tracingConfiguration: config(d.tracingConfiguration),
    mapRunArn: d.mapRunArn, label: d.label, revisionId: d.revisionId, encryptionConfiguration: config(d.encryptionConfiguration),
  });
}

import type { ExecutionRecord } from '../../store/types.js';
import type { ControlContext } from './context.js';

/** What DescribeStateMachineForExecution reports. Configurations are JSON texts. */
export interface StateMachineForExecution {
  stateMachineArn: string;
  name: string;
  definition: string;
  roleArn: string;
  updateDate: number;
  loggingConfiguration: string;
  tracingConfiguration: string;
  encryptionConfiguration: string;
  revisionId?: string;
  mapRunArn?: string;
  /** For a Map Run's child: the label that names the Distributed Map (after the `/`). */
  label?: string;
}

/**
 * The definition and role an execution actually runs (copied at start), with the
 * configuration and revision of the version it ran, or of the machine while that still holds
 * the same definition. Once the machine has changed the revision is unknown and left out
 * (ExecutionRecord keeps no revisionId).
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_DescribeStateMachineForExecution.html
 */
export function describeStateMachineForExecution(ctx: ControlContext, execution: ExecutionRecord): StateMachineForExecution {
  const name = execution.stateMachineArn.slice(execution.stateMachineArn.lastIndexOf(':') + 1);
  const base = {
    stateMachineArn: execution.stateMachineArn, name, definition: execution.definition, roleArn: execution.roleArn,
    ...(execution.mapRunArn !== null ? { mapRunArn: execution.mapRunArn, label: name.slice(name.indexOf('/') + 1) } : {}),
  };
  const version = execution.stateMachineVersionArn === null ? undefined : ctx.store.getVersion(execution.stateMachineVersionArn);
  if (version !== undefined) {
    return {
      ...base, updateDate: version.creationDate, revisionId: version.revisionId, loggingConfiguration: version.loggingConfiguration,
      tracingConfiguration: version.tracingConfiguration, encryptionConfiguration: version.encryptionConfiguration,
    };
  }
  const sm = ctx.store.getStateMachine(execution.stateMachineArn);
  const current = sm !== undefined && sm.definition === execution.definition && sm.roleArn === execution.roleArn;
  return {
    ...base,
    updateDate: sm?.updateDate ?? execution.startDate,
    ...(current ? { revisionId: sm.revisionId } : {}),
    loggingConfiguration: sm?.loggingConfiguration ?? '',
    tracingConfiguration: sm?.tracingConfiguration ?? '',
    encryptionConfiguration: sm?.encryptionConfiguration ?? '',
  };
}

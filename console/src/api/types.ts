/** Response shapes the console reads (subsets of the AWS API's). Dates are epoch seconds. */
export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED' | 'PENDING_REDRIVE';

export interface StateMachineItem {
  stateMachineArn: string;
  name: string;
  type: 'STANDARD' | 'EXPRESS';
  creationDate: number;
}

export interface StateMachineDescription extends StateMachineItem {
  definition: string;
  roleArn: string;
  status: string;
  revisionId?: string;
  description?: string;
}

export interface ExecutionItem {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  status: ExecutionStatus;
  startDate: number;
  stopDate?: number;
  mapRunArn?: string;
  redriveCount?: number;
  stateMachineVersionArn?: string;
  stateMachineAliasArn?: string;
}

export interface ExecutionDescription extends ExecutionItem {
  input?: string;
  output?: string;
  error?: string;
  cause?: string;
  redriveStatus?: string;
  redriveStatusReason?: string;
}

export interface HistoryEvent {
  id: number;
  previousEventId: number;
  type: string;
  timestamp: number;
  [details: string]: unknown;
}

export interface WaitingTask {
  taskToken: string;
  kind: 'ACTIVITY' | 'CALLBACK';
  activityArn: string | null;
  resource: string;
  stateName: string;
  status: 'SCHEDULED' | 'STARTED';
  workerName: string | null;
  input: string;
  scheduledDate: number;
  executionArn: string;
  executionName: string;
  stateMachineArn: string;
}

export interface MapRunDescription {
  mapRunArn: string;
  executionArn: string;
  status: string;
  startDate: number;
  stopDate?: number;
  maxConcurrency: number;
  toleratedFailureCount: number;
  toleratedFailurePercentage: number;
  itemCounts: Record<string, number>;
  executionCounts: Record<string, number>;
}

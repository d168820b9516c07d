import { useCallback, useEffect, useRef, useState } from 'react';
import { followExecution } from '../api/console-api.js';
import { call } from '../api/sfn-client.js';
import type { ExecutionDescription, HistoryEvent } from '../api/types.js';

/**
 * An execution and its whole history, kept live: the history is read once through
 * GetExecutionHistory (all pages), then new events arrive over the server's event stream
 * while the execution runs, and the description is re-read when its status changes.
 */
export function useExecution(arn: string) {
  const [execution, setExecution] = useState<ExecutionDescription>();
  const [history, setHistory] = useState<HistoryEvent[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);
  const lastId = useRef(0);

  useEffect(() => {
    let live = true;
    let stop = () => {};
    const load = async () => {
      const described = await call<ExecutionDescription>('DescribeExecution', { executionArn: arn });
      const events: HistoryEvent[] = [];
      let nextToken: string | undefined;
      do {
        const page = await call<{ events: HistoryEvent[]; nextToken?: string }>('GetExecutionHistory', { executionArn: arn, maxResults: 1000, ...(nextToken ? { nextToken } : {}) });
        events.push(...page.events);
        nextToken = page.nextToken;
      } while (nextToken);
      if (!live) return;
      setExecution(described);
      setHistory(events);
      lastId.current = events[events.length - 1]?.id ?? 0;
      if (described.status !== 'RUNNING') return;
      stop = followExecution(arn, lastId.current, {
        events: (more) => {
          const fresh = more.filter((e) => e.id > lastId.current);
          if (fresh.length === 0) return;
          lastId.current = fresh[fresh.length - 1]?.id ?? lastId.current;
          setHistory((h) => [...h, ...fresh]);
        },
        status: (status) => {
          if (status === 'RUNNING') return;
          call<ExecutionDescription>('DescribeExecution', { executionArn: arn }).then((d) => { if (live) setExecution(d); }, setError);
        },
      });
    };
    load().catch((e: unknown) => { if (live) setError(e); });
    return () => { live = false; stop(); };
  }, [arn, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { execution, history, error, reload };
}

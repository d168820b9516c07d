import type { Server } from 'node:http';
import { createApiServer } from '../api/server.js';
import { ControlPlane } from '../engine/control/control-plane.js';
import { DurableRuntime } from '../engine/runtime/runtime.js';
import { withRecordCache } from '../store/cached-store.js';
import { openStore } from '../store/open-store.js';
import type { TaskResolver } from '../runner/types.js';
import { defaultServerS3Dir, LocalS3 } from '../integrations/local-s3/local-s3.js';

export interface ServerConfig {
  host: string;
  port: number;
  /** Data directory, or ':memory:' for a throwaway run. */
  data: string;
  accountId: string;
  region: string;
  resolver?: TaskResolver;
  expressRetentionMs?: number;
  /** SQLite durability: FULL (default) fsyncs every commit; NORMAL survives process crashes only. */
  synchronous?: 'FULL' | 'NORMAL';
  /** The folder standing in for S3 (`<s3Dir>/<Bucket>/<Key>`); default `<data>/s3` (`./.stepwise-s3` in memory). */
  s3Dir?: string;
}

export interface RunningServer {
  server: Server;
  runtime: DurableRuntime;
  /** The port actually bound (useful with port 0). */
  port: number;
  close(): Promise<void>;
}

/**
 * Opens the store, the control plane, the runtime and the HTTP API, and starts listening at
 * once; running executions are rebuilt in the background (their timers fire meanwhile).
 */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const store = withRecordCache(openStore(config.data, config.synchronous ? { synchronous: config.synchronous } : {}));
  const control = new ControlPlane({ store, accountId: config.accountId, region: config.region });
  const runtime = new DurableRuntime({
    store,
    accountId: config.accountId,
    region: config.region,
    ...(config.resolver ? { resolver: config.resolver } : {}),
    ...(config.expressRetentionMs !== undefined ? { expressRetentionMs: config.expressRetentionMs } : {}),
    objects: new LocalS3(config.s3Dir ?? defaultServerS3Dir(config.data)),
  });
  const server = createApiServer({ control, runtime, accountId: config.accountId, region: config.region });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const recovery = runtime.recover().catch((e: unknown) => console.error('stepwise: recovery failed:', e));
  let closed = false;
  return {
    server,
    runtime,
    port,
    close: async () => {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await runtime.close();
      await recovery;
      store.close();
    },
  };
}

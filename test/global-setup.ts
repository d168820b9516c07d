import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * End-to-end tests start `bin/stepwise.js`, which runs the compiled dist/, and the browser
 * tests load the console bundle from dist/console: build both once before the suite so no
 * test runs stale code.
 */
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const bin = (path: string): string => fileURLToPath(new URL(`../node_modules/${path}`, import.meta.url));
  execFileSync(process.execPath, [bin('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, [bin('vite/bin/vite.js'), 'build', '--config', 'console/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}

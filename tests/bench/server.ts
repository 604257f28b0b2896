// The production build, served by `vite preview` on its own port: BENCH_PORT, else 4400
// (4173 is `npm start`'s; helpers sharing a machine each take their own).
import { spawn, spawnSync } from 'node:child_process';

export const PORT = Number(process.env.BENCH_PORT ?? 4400);

export function buildSite(cwd = '.'): void {
  const result = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], {
    cwd,
    // Build output goes to stderr: stdout carries the table only.
    stdio: ['ignore', process.stderr, 'inherit'],
  });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
}

export interface Server {
  url: string;
  stop(): void;
}

/** Start the preview server (the vite binary itself, so that stopping it stops the server). */
export async function serve(cwd = '.', port = PORT): Promise<Server> {
  const args = ['preview', '--port', String(port), '--strictPort'];
  const child = spawn('node_modules/.bin/vite', args, { cwd, stdio: 'ignore' });
  const url = `http://localhost:${port}/`;
  const stop = () => {
    if (child.exitCode === null) child.kill();
  };
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (port ${port} taken?)`);
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not answer at ${url}`);
}

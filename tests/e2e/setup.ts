// Serve the built site with `vite preview` for the browser tests, and make sure Chromium exists.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from './chromium';

// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4317);
let server: ChildProcess | undefined;

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the preview server did not answer at ${url}`);
}

export default async function setup(project: TestProject) {
  ensureChromium();
  if (!existsSync('build/index.html')) throw new Error('no build/: run "vite build" first');
  server = spawn('node_modules/.bin/vite', ['preview', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
  });
  const base = `http://localhost:${PORT}/`;
  // Generous: vite's start alone took over 30 s on this two-core machine under heavy load.
  await waitFor(base, 90_000);
  project.provide('baseURL', base);
  return () => {
    server?.kill();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

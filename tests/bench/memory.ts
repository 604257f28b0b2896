// Memory as the operating system sees it: the Chromium renderer that holds the page and its
// database worker (DuckDB-wasm's heap lives there), and this machine's native processes.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export interface ProcessMemory {
  /** Resident now, MB. */
  rssMb: number;
  /** Highest resident size so far (VmHWM), MB. */
  peakMb: number;
}

export function processMemory(pid: number): ProcessMemory | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return null; // the process has ended
  }
}

interface ProcessInfo {
  type: string;
  id: number;
}

/** Process ids of the browser's renderers. */
export async function rendererPids(browser: Browser): Promise<number[]> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: ProcessInfo[];
    };
    return processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
  } finally {
    await cdp.detach();
  }
}

/** The renderer using the most memory (the one with the page; others are spares). */
export function largest(pids: readonly number[]): ProcessMemory | null {
  let best: ProcessMemory | null = null;
  for (const pid of pids) {
    const m = processMemory(pid);
    if (m && (!best || m.peakMb > best.peakMb)) best = m;
  }
  return best;
}

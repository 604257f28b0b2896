// The database worker's JS heap, read through the DevTools protocol at the end of a run (it
// takes no part in the timings). DuckDB-wasm's own memory cannot be read from outside the
// worker: Runtime.queryObjects(WebAssembly.Memory) crashes Chromium 156's renderer, and
// duckdb_memory() would need the app's connection; the renderer's resident size covers it.
import type { CDPSession, Page } from 'playwright-core';

export interface WorkerMemory {
  jsHeapMb: number;
}

interface Reply {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

/** A session to a child target through the parent's session (non-flattened protocol). */
function child(cdp: CDPSession, sessionId: string) {
  let next = 0;
  const waiting = new Map<number, (reply: Reply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const reply = JSON.parse(e.message) as Reply;
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
  });
  return (method: string, params: object = {}) =>
    new Promise<Reply['result']>((resolve, reject) => {
      const id = ++next;
      const timer = setTimeout(() => reject(new Error(`${method}: no answer`)), 10_000);
      waiting.set(id, (reply) => {
        clearTimeout(timer);
        if (reply.error) reject(new Error(reply.error.message));
        else resolve(reply.result);
      });
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      });
    });
}

export async function workerMemory(page: Page): Promise<WorkerMemory | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const attached = new Promise<string>((resolve) =>
      cdp.on('Target.attachedToTarget', (e) => {
        if (e.targetInfo.type === 'worker') resolve(e.sessionId);
      }),
    );
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    const sessionId = await Promise.race([
      attached,
      new Promise<null>((r) => setTimeout(() => r(null), 5000)),
    ]);
    if (!sessionId) return null;
    const send = child(cdp, sessionId);
    const heap = await send('Runtime.getHeapUsage');
    return { jsHeapMb: Number(heap?.usedSize ?? 0) / 2 ** 20 };
  } catch (e) {
    console.error(`[bench] worker memory not read: ${String(e)}`);
    return null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

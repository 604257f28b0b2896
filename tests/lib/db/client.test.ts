// The page's handle on the database worker, with a stand-in worker behind the same Comlink
// channel: a SQL cell query under way is never left waiting on an ended worker, and a failure
// while it runs is reported as its doing (the worker runs the page's queries between its steps).
import * as Comlink from 'comlink';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDatabaseClient, type DatabaseClient } from '../../../src/lib/db/client';
import { QUERY_CANCELLED } from '../../../src/lib/sql-cells/user-query';
import { trap } from '../../helpers/failures';

/** What the stand-in worker answers: `TRAP` traps; a SQL cell query never ends by itself. */
const api = {
  start: async () => ({}),
  query: async (sql: string) => {
    if (sql === 'TRAP') throw trap();
    return { names: [], columns: {}, length: 0 };
  },
  userQuery: () => new Promise<never>(() => {}),
};

/** A worker whose other end is `api`, over a MessageChannel as Comlink uses a real one. */
class StandInWorker {
  #port: MessagePort;
  #errors: ((event: { message: string; preventDefault(): void }) => void)[] = [];
  constructor() {
    const { port1, port2 } = new MessageChannel();
    Comlink.expose(api, port2);
    this.#port = port1;
  }
  postMessage(message: unknown, transfer: Transferable[] = []) {
    this.#port.postMessage(message, transfer);
  }
  addEventListener(type: string, listener: never) {
    if (type === 'error') this.#errors.push(listener);
    else this.#port.addEventListener(type, listener);
  }
  removeEventListener(type: string, listener: never) {
    this.#port.removeEventListener(type, listener);
  }
  start() {
    this.#port.start();
  }
  terminate() {
    this.#port.close();
  }
  /** The worker threw something nothing caught. */
  crash(message: string) {
    for (const listener of this.#errors) listener({ message, preventDefault() {} });
  }
}

describe('the database client', () => {
  let workers: StandInWorker[];
  beforeEach(() => {
    workers = [];
    vi.stubGlobal(
      'Worker',
      class extends StandInWorker {
        constructor() {
          super();
          workers.push(this);
        }
      },
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  const settled = (p: Promise<unknown>) =>
    p.then(
      () => 'answered',
      (e: unknown) => e,
    );

  async function started(onFailure = vi.fn()): Promise<DatabaseClient> {
    const db = createDatabaseClient(onFailure);
    await db.ready;
    return db;
  }

  it('ends a SQL cell query with the failure that ended its engine, and blames the query', async () => {
    const onFailure = vi.fn();
    const db = await started(onFailure);
    const heavy = settled(db.userQuery('SELECT heavy', 10));
    await expect(db.query('TRAP')).rejects.toThrow(/memory access out of bounds/);
    expect(onFailure).toHaveBeenCalledOnce();
    expect(onFailure.mock.calls[0]).toEqual(['crash', expect.any(Error), true]);
    db.terminate(); // what the session does on a failure: a fresh engine replaces it
    expect(await heavy).toMatchObject({ name: 'RuntimeError', message: /out of bounds/ });
  });

  it('does not blame a SQL cell when none runs', async () => {
    const onFailure = vi.fn();
    const db = await started(onFailure);
    await expect(db.query('TRAP')).rejects.toThrow();
    expect(onFailure.mock.calls[0][2]).toBe(false);
  });

  it('ends a SQL cell query as cancelled when its engine is ended on purpose', async () => {
    const db = await started();
    const running = settled(db.userQuery('SELECT 42', 10));
    db.terminate();
    expect(await running).toMatchObject({ message: QUERY_CANCELLED });
  });

  it('ends a SQL cell query when the worker stops with an uncaught error', async () => {
    const onFailure = vi.fn();
    const db = await started(onFailure);
    const running = settled(db.userQuery('SELECT 42', 10));
    workers[0].crash('Uncaught RuntimeError: unreachable');
    expect(await running).toMatchObject({ message: 'Uncaught RuntimeError: unreachable' });
    expect(onFailure.mock.calls[0]).toEqual(['crash', expect.any(Error), true]);
  });
});

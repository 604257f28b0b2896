// The database worker and its replacement: only the worker in use says how it is, and SQL
// cells wait at the gate while the data is read again into a fresh one.
import { describe, expect, it, vi } from 'vitest';
import type { DatabaseClient, OnEngineFailure } from '../../../src/lib/db/client';
import { Engine } from '../../../src/lib/state/engine.svelte';

/** Workers whose start each test settles by hand. */
class Workers {
  started: {
    client: DatabaseClient;
    fail: OnEngineFailure;
    up: () => void;
    down: (e: unknown) => void;
    ended: boolean;
  }[] = [];

  create = (fail: OnEngineFailure): DatabaseClient => {
    let up = () => {};
    let down: (e: unknown) => void = () => {};
    const ready = new Promise<void>((resolve, reject) => ((up = resolve), (down = reject)));
    ready.catch(() => {}); // the engine listens; this keeps an ignored one quiet
    const entry = { client: {} as DatabaseClient, fail, up, down, ended: false };
    // Only what Engine calls: the rest of the client is never reached here.
    entry.client = { ready, terminate: () => (entry.ended = true) } as unknown as DatabaseClient;
    this.started.push(entry);
    return entry.client;
  };
}

const events = () => ({ failed: vi.fn(), notStarted: vi.fn() });

describe('the engine', () => {
  it('is starting until the worker is ready', async () => {
    const workers = new Workers();
    const engine = new Engine(workers.create, events());
    expect(engine.status).toBe('starting');
    workers.started[0].up();
    await vi.waitFor(() => expect(engine.status).toBe('ready'));
  });

  it('says when the worker cannot start', async () => {
    const workers = new Workers();
    const on = events();
    const engine = new Engine(workers.create, on);
    const error = new Error('no wasm');
    workers.started[0].down(error);
    await vi.waitFor(() => expect(engine.status).toBe('failed'));
    expect(on.notStarted).toHaveBeenCalledWith(error);
  });

  it('ends the worker on restart, and no longer listens to it', async () => {
    const workers = new Workers();
    const on = events();
    const engine = new Engine(workers.create, on);
    const [old] = workers.started;
    engine.restart();
    expect(old.ended).toBe(true);
    expect(engine.db).toBe(workers.started[1].client);
    // The old worker's late answer changes nothing; the new one's does.
    old.down(new Error('too late'));
    workers.started[1].up();
    await vi.waitFor(() => expect(engine.status).toBe('ready'));
    expect(on.notStarted).not.toHaveBeenCalled();
  });

  it('passes on a failure with the worker that failed, for the session to judge', () => {
    const workers = new Workers();
    const on = events();
    const engine = new Engine(workers.create, on);
    const error = new Error('memory access out of bounds');
    workers.started[0].fail('crash', error, true);
    expect(on.failed).toHaveBeenCalledWith(engine.db, 'crash', error, true);
  });

  it('holds SQL cells until the data is back, or until the next restart', async () => {
    const engine = new Engine(new Workers().create, events());
    const passed = vi.fn();
    await engine.back; // open at first
    const release = engine.hold();
    void engine.back.then(passed);
    await Promise.resolve();
    expect(passed).not.toHaveBeenCalled();
    release();
    await vi.waitFor(() => expect(passed).toHaveBeenCalled());

    const held = vi.fn();
    engine.hold();
    void engine.back.then(held);
    engine.restart(); // that data is not coming back on the old worker
    await vi.waitFor(() => expect(held).toHaveBeenCalled());
  });
});

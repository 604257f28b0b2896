// The database worker: started, replaced by a fresh one when it fails or must stop, and the
// gate SQL cells wait at while the data is read again into the new one.
import type { DatabaseClient, OnEngineFailure } from '../db/client';

export interface EngineEvents {
  /** `db` reported a failure (it may have been replaced meanwhile: compare with `db`). */
  failed: (db: DatabaseClient, ...failure: Parameters<OnEngineFailure>) => void;
  /** The current worker could not start. */
  notStarted: (e: unknown) => void;
}

export class Engine {
  status = $state<'starting' | 'ready' | 'failed'>('starting');
  #create: (onFailure: OnEngineFailure) => DatabaseClient;
  #events: EngineEvents;
  #db: DatabaseClient;
  /** Settles once the data is back after a restart (SQL cells wait for it), or at the next one. */
  #back: Promise<void> = Promise.resolve();
  #release = () => {};

  constructor(create: (onFailure: OnEngineFailure) => DatabaseClient, events: EngineEvents) {
    this.#create = create;
    this.#events = events;
    this.#db = this.#start();
  }

  /** The worker in use now. */
  get db(): DatabaseClient {
    return this.#db;
  }

  /** What SQL cells wait for before they query. */
  get back(): Promise<void> {
    return this.#back;
  }

  /** Close the gate until the returned function is called (or the engine restarts again). */
  hold(): () => void {
    let release = () => {};
    this.#back = new Promise<void>((resolve) => (release = this.#release = resolve));
    return release;
  }

  /** End the worker (and whatever it is doing) and start a fresh one. */
  restart(): void {
    this.#release(); // the data awaited is not coming back on that engine
    this.#db.terminate();
    this.#db = this.#start();
  }

  terminate(): void {
    this.#db.terminate();
  }

  #start(): DatabaseClient {
    const db: DatabaseClient = this.#create((...failure) => this.#events.failed(db, ...failure));
    this.status = 'starting';
    db.ready.then(
      () => db === this.#db && (this.status = 'ready'),
      (e: unknown) => {
        if (db !== this.#db) return;
        this.status = 'failed';
        this.#events.notStarted(e);
      },
    );
    return db;
  }
}

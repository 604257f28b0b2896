// The notebook on the page: edits are undoable, saved in the browser a moment after they
// happen (and when the page goes away), and travel in a link or a file.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { say } from '../../../src/lib/i18n/sentence';
import { encodeNotebook, toFile } from '../../../src/lib/notebook/codec';
import { defaultNotebook } from '../../../src/lib/notebook/model';
import {
  NotebookState,
  SAVE_DELAY_MS,
  STORAGE_KEY,
  type NotebookEnvironment,
} from '../../../src/lib/state/notebook.svelte';

class FakeStorage {
  items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

function environment(href = 'https://shop.example/regulars/#lang=el') {
  const storage = new FakeStorage();
  const events = new EventTarget();
  const location = {
    get href() {
      return href;
    },
    get hash() {
      const at = href.indexOf('#');
      return at < 0 ? '' : href.slice(at);
    },
  };
  const history = {
    replaceState: (_data: unknown, _unused: string, url?: string | URL | null) => {
      const next = String(url);
      href = next.startsWith('#') ? href.split('#')[0] + next : next;
    },
  };
  const copied: string[] = [];
  const clipboard = { writeText: async (text: string) => void copied.push(text) };
  const env: NotebookEnvironment = { storage, location, history, events, clipboard };
  return { env, storage, events, location, copied };
}

const INTRO = { intro: 'Hello' };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('a first visit', () => {
  it('starts from the default notebook with its intro note', () => {
    const state = new NotebookState(environment().env, INTRO);
    expect(state.notebook.cells.map((c) => c.kind)).toEqual(
      defaultNotebook().cells.map((c) => c.kind),
    );
    expect(state.notebook.cells[0]).toMatchObject({ text: 'Hello' });
    expect([state.canUndo, state.canRedo]).toEqual([false, false]);
  });

  it('works without storage (private windows, storage disabled)', () => {
    const { env } = environment();
    const state = new NotebookState({ ...env, storage: null }, INTRO);
    state.add('sql');
    vi.runAllTimers();
    // The default notebook's cells, and the one added.
    expect(state.notebook.cells).toHaveLength(defaultNotebook().cells.length + 1);
  });
});

describe('saving in the browser', () => {
  it('saves a moment after the last edit, not on every keystroke', () => {
    const { env, storage } = environment();
    const state = new NotebookState(env, INTRO);
    const note = state.notebook.cells[0].id;
    const writes = vi.spyOn(storage, 'setItem');
    for (const text of ['a', 'ab', 'abc']) {
      state.setText(note, text);
      vi.advanceTimersByTime(SAVE_DELAY_MS / 2);
    }
    expect(writes).not.toHaveBeenCalled();
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(writes).toHaveBeenCalledTimes(1);
    expect(storage.getItem(STORAGE_KEY)).toContain('"text": "abc"');
  });

  it('saves at once when the page goes away', () => {
    const { env, storage, events } = environment();
    const state = new NotebookState(env, INTRO);
    state.add('sql');
    events.dispatchEvent(new Event('pagehide'));
    expect(storage.getItem(STORAGE_KEY)).not.toBeNull();
  });

  it('opens the saved notebook on the next visit', () => {
    const { env } = environment();
    const first = new NotebookState(env, INTRO);
    const id = first.add('sql');
    first.setSql(id, 'SELECT 42');
    first.dispose();
    const second = new NotebookState(env, INTRO);
    expect(second.notebook).toEqual(first.notebook);
  });

  it('starts afresh, keeping the unreadable save aside, when the saved notebook is broken', () => {
    const { env, storage } = environment();
    storage.setItem(STORAGE_KEY, '{"regulars": 1, "version": 1, "cells": 3}');
    const state = new NotebookState(env, INTRO);
    expect(state.notebook.cells[0]).toMatchObject({ text: 'Hello' });
    expect(state.loadError && say(state.loadError)).toMatch(/could not be opened/);
    expect(storage.getItem(`${STORAGE_KEY}.unreadable`)).toContain('"cells": 3');
  });
});

describe('undo and redo on the page', () => {
  it('brings back a removed cell, and removes it again', () => {
    const state = new NotebookState(environment().env, INTRO);
    const before = state.notebook;
    state.remove(before.cells[3].id);
    expect(state.notebook.cells).toHaveLength(before.cells.length - 1);
    state.undo();
    expect(state.notebook).toBe(before);
    state.redo();
    expect(state.notebook.cells).toHaveLength(before.cells.length - 1);
  });

  it('undoes a burst of typing in one step', () => {
    const state = new NotebookState(environment().env, INTRO);
    const id = state.add('sql');
    for (const sql of ['S', 'SE', 'SEL', 'SELECT 1']) state.setSql(id, sql);
    state.undo();
    expect(state.notebook.cells.find((c) => c.id === id)).toMatchObject({ sql: '' });
  });

  it('undoes dragging the window slider in one step', () => {
    const state = new NotebookState(environment().env, INTRO);
    for (const months of [7, 8, 9, 10]) state.setParam('windowMonths', months);
    state.undo();
    expect(state.notebook.params.windowMonths).toBe(6);
  });
});

describe('what was loaded and how', () => {
  it('is recorded with the notebook but is no step to undo', () => {
    const state = new NotebookState(environment().env, INTRO);
    state.setParam('period', 'week');
    state.record('mapping', { customer: 'Email', date: 'Created at', amount: 'Total' });
    state.record('language', 'hu');
    state.undo();
    expect(state.notebook.params).toMatchObject({
      period: 'month',
      mapping: { customer: 'Email' },
      language: 'hu',
    });
    state.redo();
    expect(state.notebook.params).toMatchObject({ period: 'week', language: 'hu' });
    state.record('language', undefined);
    expect('language' in state.notebook.params).toBe(false);
  });
});

describe('a shared link', () => {
  it('carries the notebook and keeps the other fragment parameters', async () => {
    const { env, copied } = environment();
    const state = new NotebookState(env, INTRO);
    state.setParam('period', 'quarter');
    const { url, copied: ok } = await state.copyLink();
    expect(ok).toBe(true);
    expect(copied).toEqual([url]);
    expect(url).toMatch(/^https:\/\/shop\.example\/regulars\/#lang=el&nb=v1\.[\w-]+$/);
  });

  it('can add parameters such as the hosted dataset', async () => {
    const state = new NotebookState(environment().env, INTRO);
    expect(await state.link({ data: 'shop' })).toMatch(/#lang=el&data=shop&nb=v1\./);
  });

  it('still gives the link when the clipboard is refused', async () => {
    const { env } = environment();
    const refusing = { writeText: () => Promise.reject(new Error('denied')) };
    const state = new NotebookState({ ...env, clipboard: refusing }, INTRO);
    const { url, copied } = await state.copyLink();
    expect([copied, url.includes('nb=v1.')]).toEqual([false, true]);
  });

  it('opens in a fresh browser with the same cells and parameters', async () => {
    const sender = new NotebookState(environment().env, INTRO);
    sender.setParam('asOf', '2024-05-01');
    sender.move(sender.notebook.cells[2].id, 'up');
    const url = await sender.link();

    const { env, location, storage } = environment(url);
    const receiver = new NotebookState(env, INTRO);
    expect(await receiver.openFromHash()).toEqual({ status: 'opened', sql: 0 });
    expect(receiver.notebook).toEqual(sender.notebook);
    expect(receiver.sharedSql).toBe(false);
    // Saved here, and out of the address so that a reload keeps the recipient's edits.
    expect(location.hash).toBe('#lang=el');
    expect(storage.getItem(STORAGE_KEY)).toContain('2024-05-01');
  });

  it('holds its SQL until the recipient agrees to run it', async () => {
    const sender = new NotebookState(environment().env, INTRO);
    sender.setSql(sender.add('sql'), 'SELECT count(*) FROM orders');
    const receiver = new NotebookState(environment(await sender.link()).env, INTRO);
    expect(await receiver.openFromHash()).toEqual({ status: 'opened', sql: 1 });
    expect(receiver.sharedSql).toBe(true);
    receiver.confirmSharedSql();
    expect(receiver.sharedSql).toBe(false);
  });

  it('keeps holding its SQL after a reload, until the recipient agrees', async () => {
    const sender = new NotebookState(environment().env, INTRO);
    sender.setSql(sender.add('sql'), 'SELECT 1');
    const { env } = environment(await sender.link());
    const receiver = new NotebookState(env, INTRO);
    await receiver.openFromHash();
    receiver.dispose();
    const reloaded = new NotebookState(env, INTRO);
    expect(reloaded.sharedSql).toBe(true);
    reloaded.confirmSharedSql();
    reloaded.dispose();
    expect(new NotebookState(env, INTRO).sharedSql).toBe(false);
  });

  it('shows every query it asks to run, unfolded, even ones the sender had folded', async () => {
    const sender = new NotebookState(environment().env, INTRO);
    const ids = ['SELECT 1', 'SELECT 2', 'SELECT 3'].map((sql) => {
      const id = sender.add('sql');
      sender.setSql(id, sql);
      return id;
    });
    sender.toggle(ids[1]);
    expect(sender.notebook.cells.find((c) => c.id === ids[1])?.collapsed).toBe(true);
    const { env } = environment(await sender.link());
    const receiver = new NotebookState(env, INTRO);
    expect(await receiver.openFromHash()).toEqual({ status: 'opened', sql: 3 });
    const queries = () => receiver.notebook.cells.filter((c) => c.kind === 'sql');
    // The notice says three queries: all three are on screen.
    expect(queries().map((c) => receiver.folded(c))).toEqual([false, false, false]);
    expect(queries().map((c) => c.collapsed)).toEqual([false, false, false]);
    // Folding one before agreeing does nothing; after agreeing it folds as usual.
    receiver.toggle(ids[1]);
    expect(queries().map((c) => receiver.folded(c))).toEqual([false, false, false]);
    receiver.confirmSharedSql();
    receiver.toggle(ids[1]);
    expect(queries().map((c) => receiver.folded(c))).toEqual([false, true, false]);
  });

  it('shows a waiting query unfolded after a reload, and after an undo that folded it', async () => {
    const sender = new NotebookState(environment().env, INTRO);
    const id = sender.add('sql');
    sender.setSql(id, 'SELECT 1');
    const { env, storage } = environment(await sender.link());
    const receiver = new NotebookState(env, INTRO);
    await receiver.openFromHash();
    receiver.dispose();
    // A copy saved folded (an older version of the site) while the query still waited.
    const saved = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}');
    saved.cells.find((c: { id: string }) => c.id === id).collapsed = true;
    storage.setItem(STORAGE_KEY, JSON.stringify(saved));
    const reloaded = new NotebookState(env, INTRO);
    const query = () => reloaded.notebook.cells.find((c) => c.id === id);
    expect(reloaded.sharedSql).toBe(true);
    expect(query()?.collapsed).toBe(false);
    const cell = query();
    if (!cell) throw new Error('no SQL cell');
    expect(reloaded.folded({ ...cell, collapsed: true })).toBe(false);
  });

  it('names the hosted dataset beside the notebook (#data=), and reads it back', async () => {
    const sender = new NotebookState(environment().env, INTRO);
    sender.record('dataset', 'shop-2024');
    const url = await sender.link();
    expect(url).toMatch(/#lang=el&data=shop-2024&nb=v1\./);
    const { env, location } = environment(url);
    const receiver = new NotebookState(env, INTRO);
    await receiver.openFromHash();
    expect(receiver.notebook.params.dataset).toBe('shop-2024');
    // The address keeps naming the data to load; only the notebook leaves it.
    expect(location.hash).toBe('#lang=el&data=shop-2024');
  });

  it('takes the dataset the address names over the one inside the notebook', async () => {
    const code = await encodeNotebook({
      ...defaultNotebook(),
      params: { ...defaultNotebook().params, dataset: 'old' },
    });
    const state = new NotebookState(environment().env, INTRO);
    await state.openFromHash(`#data=new&nb=${code}`);
    expect(state.notebook.params.dataset).toBe('new');
  });

  it('can be undone, bringing back the notebook the recipient had', async () => {
    const { env } = environment();
    const state = new NotebookState(env, INTRO);
    const own = state.notebook;
    const other = { ...defaultNotebook(), cells: [] };
    await state.openFromHash(`#nb=${await encodeNotebook(other)}`);
    expect(state.notebook.cells).toEqual([]);
    state.undo();
    expect(state.notebook).toBe(own);
  });

  it('that is damaged says so and leaves the notebook as it was', async () => {
    const { env } = environment('https://shop.example/#nb=v1.AAAA');
    const state = new NotebookState(env, INTRO);
    const before = state.notebook;
    const outcome = await state.openFromHash();
    expect(outcome.status).toBe('failed');
    expect(outcome.status === 'failed' && say(outcome.message)).toBe(
      'This link could not be opened. It is damaged: cut short, or changed along the way.',
    );
    expect(state.notebook).toBe(before);
  });

  it('is not there: nothing happens', async () => {
    const state = new NotebookState(environment().env, INTRO);
    expect(await state.openFromHash()).toEqual({ status: 'none' });
  });
});

describe('a notebook file', () => {
  it('is exported and imported again', async () => {
    const sender = new NotebookState(environment().env, INTRO);
    sender.setParam('mapping', { customer: 'Email', date: 'Day', amount: 'Total' });
    const { name, text } = sender.exportFile();
    expect(name).toMatch(/\.regulars\.json$/);
    const receiver = new NotebookState(environment().env, INTRO);
    expect(await receiver.importFile({ text: async () => text })).toEqual({
      status: 'opened',
      sql: 0,
    });
    expect(receiver.notebook).toEqual(sender.notebook);
  });

  it('that is not a notebook is refused with a reason', async () => {
    const state = new NotebookState(environment().env, INTRO);
    const bad = toFile(defaultNotebook()).replace('"markdown"', '"python"');
    const outcome = await state.importFile({ text: async () => bad });
    expect(outcome.status).toBe('failed');
    expect(outcome.status === 'failed' && say(outcome.message)).toMatch(
      /^This file could not be opened\. Its content is not a valid notebook \(cells\[0\]\.kind: unknown kind "python"/,
    );
  });
});

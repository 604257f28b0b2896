// @vitest-environment svelte-client
// What the page does with its address when it opens, and when the user starts over: a link's
// notebook (`#nb=`), dataset (`#data=`) and language (`lang=`), the file this browser remembers,
// a link followed in the same tab. Native DuckDB stands in for the worker, a TestAddress for the
// window's location and history, and the remembered file's storage is stood in for.
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../src/lib/i18n/languages';
import { encodeNotebook } from '../../../src/lib/notebook/codec';
import { createCell, defaultNotebook, type Notebook } from '../../../src/lib/notebook/model';
import type { RememberedFile } from '../../../src/lib/state/remembered';
import * as stored from '../../../src/lib/state/remembered';
import { Workspace } from '../../../src/lib/state/workspace.svelte';
import { notebookOn, TestAddress } from '../../helpers/address';
import { csv, Engines } from '../../helpers/engines';

vi.mock('../../../src/lib/state/remembered', async (original) => ({
  ...(await original<typeof stored>()),
  canRemember: vi.fn(() => true),
  rememberedFile: vi.fn((): RememberedFile | null => null),
  recall: vi.fn(async () => csv('first-quarter.csv')),
  storageUse: vi.fn(async () => null),
}));

/** Generous: two cores shared by many test runs can take seconds to read a file. */
const until = (check: () => void) => vi.waitFor(check, { timeout: 30_000 });

/** first-quarter.csv, remembered on this device with its mapping. */
const remembered: RememberedFile = {
  name: 'first-quarter.csv',
  type: 'text/csv',
  size: csv('first-quarter.csv').size,
  lastModified: 1,
  mapping: { customer: 'customer', date: 'date', amount: 'amount', order: 'order' },
  dateFormats: [],
  savedAt: '2024-01-01T00:00:00.000Z',
};

/** A link's notebook: one markdown cell of its own, and the language it was made in. */
function shared(language: Language): Notebook {
  const notebook = defaultNotebook();
  const note = { ...createCell('markdown', 'from-link'), text: 'From the link' };
  return { ...notebook, cells: [note], params: { ...notebook.params, language } };
}

let engines: Engines;
let workspace: Workspace;
let address: TestAddress;
let stop: () => void;
/** The files the page downloaded. */
let fetched: string[];
const language = { current: 'en' as Language, set: vi.fn() };

/** The page opened at `hash`, started as the page starts it (once mounted). */
function openPage(hash = '', restore = true): Workspace {
  address = new TestAddress(hash);
  const notebook = notebookOn(address);
  workspace = new Workspace({ createClient: engines.create, address, notebook, language, restore });
  flushSync();
  stop = workspace.start();
  return workspace;
}

const ready = () =>
  until(() =>
    expect([workspace.session.phase, workspace.session.queries.ready]).toEqual(['ready', true]),
  );

beforeEach(() => {
  engines = new Engines();
  fetched = [];
  stop = () => {};
  language.set.mockClear();
  vi.mocked(stored.rememberedFile).mockReturnValue(null);
  vi.mocked(stored.recall).mockClear();
  // The site has no list of datasets; a same-site file is one of the fixtures.
  vi.stubGlobal('fetch', async (url: string) => {
    const name = String(url).split('/').pop() ?? '';
    if (!name.endsWith('.csv')) return new Response(null, { status: 404 });
    fetched.push(name);
    return new Response(csv(name));
  });
});

afterEach(async () => {
  stop();
  await workspace.session.analyses.later;
  await until(() => expect(engines.busy).toBe(0));
  workspace.dispose();
  await engines.close();
  vi.unstubAllGlobals();
});

describe('opening the page', () => {
  it('reads the file this browser remembers again, with its mapping', async () => {
    vi.mocked(stored.rememberedFile).mockReturnValue(remembered);
    const { session } = openPage();
    await ready();
    expect(stored.recall).toHaveBeenCalledOnce();
    expect(session.fileName).toBe('first-quarter.csv');
    expect(session.plan?.mapping).toMatchObject(remembered.mapping);
    expect(session.analyses.of.summary.result?.customers).toBe(3);
  });

  it('opens the dataset of a #data= link instead of the remembered file, and keeps the link', async () => {
    vi.mocked(stored.rememberedFile).mockReturnValue(remembered);
    const { session } = openPage('#data=files/lapsed-regulars.csv&lang=en');
    await ready();
    expect(stored.recall).not.toHaveBeenCalled();
    expect(fetched).toEqual(['lapsed-regulars.csv']);
    expect(session.fileName).toBe('lapsed-regulars.csv');
    expect(address.hash).toBe('#data=files/lapsed-regulars.csv&lang=en');
  });

  it('opens the notebook of a #nb= link, says so, and takes nb= out of the address', async () => {
    const code = await encodeNotebook(shared('en'));
    const ws = openPage(`#lang=en&nb=${code}`);
    await until(() => expect(ws.notice?.said).toEqual({ key: 'notebook.openedLink' }));
    expect(ws.cells.map((c) => c.id)).toEqual(['from-link']);
    // A reload keeps the edits made since: the notebook is saved here, not in the address.
    expect(address.hash).toBe('#lang=en');
  });

  it('records the page’s language, from the link’s lang=, not the one inside its notebook', async () => {
    const code = await encodeNotebook(shared('el'));
    const ws = openPage(`#lang=en&nb=${code}`);
    await until(() => expect(ws.cells.map((c) => c.id)).toEqual(['from-link']));
    expect(ws.notebook.notebook.params.language).toBe('en');
    expect(language.set).not.toHaveBeenCalled();
  });

  it('follows a link opened in the same tab, until it stops', async () => {
    const ws = openPage();
    address.go(`#nb=${await encodeNotebook(shared('en'))}`);
    await until(() => expect(ws.cells.map((c) => c.id)).toEqual(['from-link']));
    address.go('#data=files/first-quarter.csv');
    await ready();
    expect(ws.session.fileName).toBe('first-quarter.csv');
    stop();
    address.go(`#nb=${await encodeNotebook(defaultNotebook())}`);
    address.go('#data=files/lapsed-regulars.csv');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ws.cells.map((c) => c.id)).toEqual(['from-link']);
    expect(fetched).toEqual(['first-quarter.csv']);
  });
});

describe('starting over', () => {
  it('goes back to the start screen, takes data= out of the address and forgets the dataset', async () => {
    const ws = openPage('#lang=en&data=files/lapsed-regulars.csv');
    await ready();
    ws.hosted.opened = 'lapsed';
    ws.startOver();
    expect(ws.session.phase).toBe('idle');
    expect(address.hash).toBe('#lang=en');
    expect(ws.hosted.opened).toBeNull();
    // The results stay until another file is loaded.
    expect(ws.session.analyses.of.summary.result?.customers).toBeGreaterThan(0);
  });

  it('opens the same #data= link again when it is followed after starting over', async () => {
    const ws = openPage('#data=files/lapsed-regulars.csv');
    await ready();
    ws.startOver();
    address.go('#data=files/lapsed-regulars.csv');
    await ready();
    expect(fetched).toEqual(['lapsed-regulars.csv', 'lapsed-regulars.csv']);
  });
});

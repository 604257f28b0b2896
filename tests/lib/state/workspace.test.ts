// @vitest-environment svelte-client
// What keeps the page's parts in step, without the page: native DuckDB stands in for the
// worker, a fake address carries links, and svelte's flushSync runs the workspace's effects.
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DatabaseClient, OnEngineFailure } from '../../../src/lib/db/client';
import type { Language } from '../../../src/lib/i18n/languages';
import { say } from '../../../src/lib/i18n/sentence';
import { encodeNotebook, toFile } from '../../../src/lib/notebook/codec';
import { createCell, defaultNotebook, type Notebook } from '../../../src/lib/notebook/model';
import { Workspace } from '../../../src/lib/state/workspace.svelte';
import { notebookOn, TestAddress } from '../../helpers/address';
import { csv, Engines } from '../../helpers/engines';

/** Generous: two cores shared by many test runs can take seconds for a recount. */
const until = (check: () => void) => vi.waitFor(check, { timeout: 30_000 });

const COUNT_SQL = 'SELECT count(*) AS n FROM customers';

/** A notebook with one SQL cell counting the customers, as a link or file would bring it. */
function withSql(params: Partial<Notebook['params']> = {}): Notebook {
  const notebook = defaultNotebook();
  const sql = { ...createCell('sql', 'count'), sql: COUNT_SQL };
  return {
    ...notebook,
    cells: [...notebook.cells, sql],
    params: { ...notebook.params, ...params },
  };
}

let engines: Engines;
let workspace: Workspace;
/** The SQL cell queries the engines were asked to run. */
let queries: string[];
let language: { current: Language; set: (next: Language) => void };

/** A workspace on the page at `hash`, with a notebook stored nowhere. */
function open(hash = ''): Workspace {
  const address = new TestAddress(hash);
  const notebook = notebookOn(address);
  const createClient = (onFailure: OnEngineFailure): DatabaseClient => {
    const client = engines.create(onFailure);
    return {
      ...client,
      userQuery: (sql, cap) => {
        queries.push(sql);
        return client.userQuery(sql, cap);
      },
    };
  };
  workspace = new Workspace({ createClient, address, notebook, language, restore: false });
  flushSync();
  return workspace;
}

/** Load a fixture as the sample loads (the guessed mapping), until SQL cells can read it. */
async function load(name = 'lapsed-regulars.csv'): Promise<void> {
  const { session } = workspace;
  await session.open(csv(name), { confirm: false });
  await until(() => expect([session.phase, session.queries.ready]).toEqual(['ready', true]));
  flushSync();
}

/** Every query and step under way is over. */
const quiet = async () => {
  await workspace.session.analyses.later;
  await until(() => expect(engines.busy).toBe(0));
};

const runOf = (id: string) => workspace.runs.get(id);
const counted = (id: string) => runOf(id)?.result?.columns.n?.[0];

beforeEach(() => {
  engines = new Engines();
  queries = [];
  language = {
    current: 'en',
    set(next) {
      this.current = next;
    },
  };
  // No list of hosted datasets on this test page.
  vi.stubGlobal('fetch', async () => new Response(null, { status: 404 }));
});

afterEach(async () => {
  await quiet();
  workspace.dispose();
  await engines.close();
  vi.unstubAllGlobals();
});

describe('the notebook drives the analyses', () => {
  it('sends a parameter changed in the notebook to the analyses, and its undo too', async () => {
    const { notebook, session } = open();
    await load();
    const analyses = session.analyses;
    expect([analyses.period, analyses.windowMonths]).toEqual(['month', 6]);
    notebook.setParam('period', 'quarter');
    notebook.setParam('windowMonths', 3);
    flushSync();
    await until(() => expect([analyses.period, analyses.windowMonths]).toEqual(['quarter', 3]));
    await until(() => expect(analyses.of.cohorts.result?.period).toBe('quarter'));
    notebook.undo();
    flushSync();
    await until(() => expect(analyses.windowMonths).toBe(6));
    expect(analyses.period).toBe('quarter');
  });

  it('computes a file loaded later with the parameters the notebook already had', async () => {
    const { notebook, session } = open();
    notebook.setParam('asOf', '2024-06-30');
    flushSync();
    await load();
    expect(session.analyses.asOf).toBe('2024-06-30');
    expect(session.analyses.of.summary.result?.as_of).toBe('2024-06-30');
  });

  it('applies the parameters of a notebook opened from a link', async () => {
    const code = await encodeNotebook(withSql({ period: 'week', overdueFactor: 3 }));
    const ws = open(`#nb=${code}`);
    await load();
    await ws.openLink();
    flushSync();
    expect(ws.notice).toEqual({ said: { key: 'notebook.openedLink' }, problem: false });
    await until(() =>
      expect([ws.session.analyses.period, ws.session.analyses.overdueFactor]).toEqual(['week', 3]),
    );
  });

  it('says why a link that is not a notebook was not opened', async () => {
    const ws = open('#nb=v1.not-a-notebook');
    await ws.openLink();
    expect(ws.notice?.problem).toBe(true);
    expect(say(ws.notice?.said ?? { text: '' })).toMatch(/link/i);
    expect(ws.notebook.notebook.cells.some((c) => c.kind === 'sql')).toBe(false);
  });
});

describe('what was loaded travels with the notebook', () => {
  it('records the mapping confirmed, the language and the hosted dataset', async () => {
    const { notebook, session, hosted } = open();
    expect(notebook.notebook.params.language).toBe('en');
    expect(notebook.notebook.params.mapping).toEqual({});
    await load();
    expect(session.plan?.mapping.customer).toBe('customer');
    expect(notebook.notebook.params.mapping).toEqual(session.plan?.mapping);
    hosted.opened = 'bakery';
    flushSync();
    expect(notebook.notebook.params.dataset).toBe('bakery');
    hosted.opened = null;
    flushSync();
    expect(notebook.notebook.params.dataset).toBeUndefined();
    // Recorded, not edits: nothing to undo.
    expect(notebook.canUndo).toBe(false);
  });

  it('takes back the language of a notebook file, and says it was opened', async () => {
    const ws = open();
    const file = { text: async () => toFile(withSql({ language: 'el' })) };
    ws.openedFile(await ws.notebook.importFile(file), 'shop.regulars.json');
    expect(language.current).toBe('el');
    expect(ws.notice).toEqual({
      said: { key: 'notebook.imported', params: { name: 'shop.regulars.json' } },
      problem: false,
    });
  });
});

describe('SQL cells', () => {
  it('run once the loaded data is ready, and again for another as-of date', async () => {
    const { notebook } = open();
    const id = notebook.add('sql');
    notebook.setSql(id, COUNT_SQL);
    flushSync();
    expect(runOf(id)).toBeUndefined();
    await load();
    await until(() => expect(runOf(id)?.status).toBe('done'));
    expect(counted(id)).toBeGreaterThan(0);
    expect(queries).toEqual([COUNT_SQL]);
    notebook.setParam('asOf', '2024-06-30');
    flushSync();
    await until(() => expect(queries).toEqual([COUNT_SQL, COUNT_SQL]));
    await until(() => expect(runOf(id)?.status).toBe('done'));
  });

  it('brought by a link, wait for the user to agree before they run', async () => {
    const code = await encodeNotebook(withSql());
    const ws = open(`#nb=${code}`);
    await ws.openLink();
    flushSync();
    expect(ws.waitingSql).toBe(1);
    await load();
    await quiet();
    flushSync();
    expect(queries).toEqual([]);
    expect(runOf('count')).toBeUndefined();
    ws.notebook.confirmSharedSql();
    flushSync();
    expect(ws.waitingSql).toBe(0);
    await until(() => expect(runOf('count')?.status).toBe('done'));
    expect(queries).toEqual([COUNT_SQL]);
  });

  it('forget the run of a cell removed from the notebook', async () => {
    const { notebook } = open();
    const id = notebook.add('sql');
    notebook.setSql(id, COUNT_SQL);
    await load();
    await until(() => expect(runOf(id)?.status).toBe('done'));
    notebook.remove(id);
    flushSync();
    expect(runOf(id)).toBeUndefined();
  });
});

describe('the overview and the contents', () => {
  it('show once results are there, with the lists their cells hold', async () => {
    const { notebook } = open();
    expect([workspace.overview, workspace.contents]).toEqual([[], []]);
    expect(workspace.hasAnalyses).toBe(true);
    await load();
    const lapsed = () => workspace.overview.find((item) => item.kind === 'lapsed');
    expect(lapsed()).toMatchObject({ cell: 'inactivity', reachable: true });
    expect(workspace.contents.map((c) => c.kind)).toEqual(
      notebook.notebook.cells.filter((c) => c.kind !== 'markdown').map((c) => c.kind),
    );
    const inactivity = notebook.notebook.cells.find((c) => c.kind === 'inactivity');
    expect(workspace.listCell('lapsed')).toBe(inactivity);
    notebook.remove(inactivity?.id ?? '');
    expect(lapsed()?.reachable).toBe(false);
    expect(workspace.listCell('lapsed')).toBeUndefined();
    expect(workspace.contents.some((c) => c.kind === 'inactivity')).toBe(false);
  });
});

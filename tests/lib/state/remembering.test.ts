// The "remember this file" box's state, with the browser's storage (remembered.ts) stood in
// for: which file is remembered, whether it is the one shown, and what is said when storing,
// forgetting or reading it back does not work.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportPlan } from '../../../src/lib/import/plan';
import { say, type Sentence } from '../../../src/lib/i18n/sentence';
import type { Loaded } from '../../../src/lib/state/recovery';
import type { RememberedFile } from '../../../src/lib/state/remembered';
import * as stored from '../../../src/lib/state/remembered';
import { Remembering } from '../../../src/lib/state/remembering.svelte';

vi.mock('../../../src/lib/state/remembered', async (original) => ({
  ...(await original<typeof stored>()),
  canRemember: vi.fn(() => true),
  rememberedFile: vi.fn((): RememberedFile | null => null),
  remember: vi.fn(),
  recall: vi.fn(),
  forget: vi.fn(async () => {}),
  storageUse: vi.fn(async () => ({ used: 2_000_000, quota: 10_000_000, persisted: true })),
}));

const file = new File(['order,customer\n1,ann\n'], 'shop.csv', { lastModified: 7 });
const loaded: Loaded = {
  file,
  plan: { mapping: { customer: 'customer' }, dateFormats: [] } as unknown as ImportPlan,
  source: {},
};
const saved: RememberedFile = {
  name: 'shop.csv',
  type: '',
  size: file.size,
  lastModified: 7,
  mapping: { customer: 'customer' },
  dateFormats: [],
  savedAt: '2024-01-01T00:00:00.000Z',
};

describe('the remembered file', () => {
  let errors: Sentence[];
  const make = () => new Remembering((e) => errors.push(e));
  beforeEach(() => {
    errors = [];
    vi.mocked(stored.rememberedFile).mockReturnValue(null);
  });

  it('knows the file shown is the one remembered, and how much room the site takes', async () => {
    vi.mocked(stored.rememberedFile).mockReturnValue(saved);
    const remembering = make();
    expect(remembering.remembered).toEqual(saved);
    await vi.waitFor(() => expect(remembering.storage?.used).toBe(2_000_000));
    remembering.shown(loaded);
    expect(remembering.rememberedIsLoaded).toBe(true);
    remembering.shown({ ...loaded, file: new File(['x'], 'other.csv') });
    expect(remembering.rememberedIsLoaded).toBe(false);
  });

  it('stores the file shown, with its mapping and how it was read', async () => {
    vi.mocked(stored.remember).mockResolvedValue(saved);
    const remembering = make();
    remembering.shown({ ...loaded, source: { encoding: 'windows-1253' } });
    await remembering.remember();
    expect(stored.remember).toHaveBeenCalledWith(file, {
      ...loaded.plan,
      source: { encoding: 'windows-1253' },
    });
    expect(remembering.remembered).toEqual(saved);
    expect(remembering.rememberedIsLoaded).toBe(true);
    expect(errors).toEqual([]);
  });

  it('stores nothing when nothing is shown any more', async () => {
    const remembering = make();
    remembering.shown(loaded);
    remembering.shown(null);
    vi.mocked(stored.remember).mockClear();
    await remembering.remember();
    expect(stored.remember).not.toHaveBeenCalled();
  });

  it('says the device is full, with the size of the file', async () => {
    vi.mocked(stored.remember).mockRejectedValue(new stored.RememberError('full', 'no room'));
    const remembering = make();
    remembering.shown(loaded);
    await remembering.remember();
    expect(remembering.rememberedIsLoaded).toBe(false);
    expect(errors.map(say)).toEqual([
      expect.stringMatching(/not enough room .* to remember shop\.csv \(21 B\)/),
    ]);
  });

  it('says why forgetting did not work, and forgets what it can', async () => {
    vi.mocked(stored.forget).mockRejectedValueOnce(new Error('locked\nmore detail'));
    vi.mocked(stored.rememberedFile).mockReturnValue(saved);
    const remembering = make();
    vi.mocked(stored.rememberedFile).mockReturnValue(null);
    await remembering.forget();
    expect(remembering.remembered).toBeNull();
    expect(errors.map(say)).toEqual(['The file could not be remembered: locked']);
  });

  it('gives nothing back, and forgets it, when the browser cleared the file', async () => {
    vi.mocked(stored.rememberedFile).mockReturnValue(saved);
    vi.mocked(stored.recall).mockRejectedValue(new stored.RememberError('gone', 'cleared'));
    const remembering = make();
    expect(await remembering.recall(saved)).toBeNull();
    expect(remembering.remembered).toBeNull();
  });
});

// Whole-file problems in the user's language; the command line keeps its English sentence.
import { afterEach, describe, expect, it } from 'vitest';
import { errorText } from '../../../src/lib/i18n/errors';
import { setLocaleSettings } from '../../../src/lib/i18n/locale.svelte';
import { ImportError } from '../../../src/lib/import/errors';
import { fixture, load, loadText } from '../../helpers/db';

const use = (language: 'en' | 'el' | 'ro' | 'hu' | 'fa') =>
  setLocaleSettings({ language, digits: 'native', calendar: 'native' });
afterEach(() => use('en'));

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (e) {
    return e;
  }
  throw new Error('expected the import to fail');
}

describe('an import error as the page shows it', () => {
  it('an empty file, in Greek, with what a good file looks like', async () => {
    const e = await failure(() => load(fixture('import/empty.csv')));
    expect(e).toBeInstanceOf(ImportError);
    expect((e as Error).message).toMatch(/^the file is empty; a good file is a CSV/);
    use('el');
    expect(errorText(e)).toMatch(/^Το αρχείο είναι άδειο\. Ένα κατάλληλο αρχείο είναι CSV/);
  });

  it('a missing column names the roles in the language of the page', async () => {
    const e = await failure(() => loadText('Name,When\nann,2024-01-02\n'));
    expect((e as Error).message).toContain('no customer (an id, email or name per buyer)');
    use('hu');
    expect(errorText(e)).toMatch(/^Nem találtunk oszlopot ehhez: .*Összeg/);
    use('fa');
    expect(errorText(e)).toContain('مبلغ');
  });

  it('counts the unusable rows with the right plural and the locale digits', () => {
    const e = new ImportError('none of the 3 rows could be used', {
      key: 'error.import.unusable',
      params: { rows: 3, reason: 'x' },
    });
    use('fa');
    expect(errorText(e)).toBe('هیچ‌یک از ۳ سطر قابل استفاده نبود؛ بیشترین دلیل: x.');
    use('ro');
    expect(errorText(e)).toBe(
      'Niciunul dintre cele 3 rânduri nu a putut fi folosit; cel mai des: x.',
    );
  });

  it('other errors are shown as their first line', () => {
    expect(errorText(new Error('Binder Error: x\nLINE 1: y'))).toBe('Binder Error: x');
    expect(errorText('plain')).toBe('plain');
  });
});

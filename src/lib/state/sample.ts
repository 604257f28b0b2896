// The sample shop shipped with the site, one click away on the start screen: the one of the
// current language (a Greek taverna in Greek, a Persian bookshop in Persian, ...).
import { locale } from '../i18n/translate';
import { SAMPLE_FILES } from '../sample/files';
import type { Session } from './session.svelte';

export const samplePath = (): string => SAMPLE_FILES[locale()].file;

export async function loadSample(session: Session): Promise<void> {
  const path = samplePath();
  const response = await fetch(path);
  if (!response.ok) throw new Error(`sample not found: ${path} (${response.status})`);
  const name = path.split('/').pop() ?? path;
  const file = new File([await response.blob()], name, { type: 'text/csv' });
  await session.open(file, { confirm: false });
}

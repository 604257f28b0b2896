// The sample shop shipped with the site, one click away on the start screen.
import type { Session } from './session.svelte';

export const SAMPLE_PATH = 'sample/shop.csv';

export async function loadSample(session: Session): Promise<void> {
  const response = await fetch(SAMPLE_PATH);
  if (!response.ok) throw new Error(`sample not found: ${response.status}`);
  const file = new File([await response.blob()], 'shop.csv', { type: 'text/csv' });
  await session.open(file, { confirm: false });
}

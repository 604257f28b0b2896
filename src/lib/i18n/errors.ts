// An error as the user reads it: a whole-file problem in their language (ImportError carries
// a catalogue key), anything else as its first line (a database message has no translation).
import { ImportError, type ErrorText } from '../import/errors';
import { isRole } from '../import/roles';
import { t } from './translate';

/** `customer,date` → "Customer or Date" in the user's language (role names from the mapper). */
function roleList(roles: string): string {
  const names = roles
    .split(',')
    .filter(isRole)
    .map((r) => t(`role.${r}`));
  return names.length <= 1
    ? (names[0] ?? roles)
    : t('error.import.or', {
        first: names.slice(0, -1).join(', '),
        last: names[names.length - 1],
      });
}

export function translateErrorText({ key, params = {}, goodFile }: ErrorText): string {
  const filled = { ...params };
  if (typeof params.roles === 'string') filled.roles = roleList(params.roles);
  const sentence = t(key, filled);
  return goodFile ? `${sentence} ${t('error.import.goodFile')}` : sentence;
}

/** The catalogue text of an ImportError, also of one thrown in the worker (see db/thrown.ts). */
export function importText(e: unknown): ErrorText | undefined {
  if (e instanceof ImportError) return e.text;
  if (e instanceof Error && e.name === 'ImportError') return (e as { text?: ErrorText }).text;
  return undefined;
}

/** What to show for a caught error. */
export function errorText(e: unknown): string {
  const text = importText(e);
  if (text) return translateErrorText(text);
  return String(e instanceof Error ? e.message : e).split('\n')[0];
}

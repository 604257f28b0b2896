// What can be wrong with a hosted dataset, as a message key and its parameters: the page says
// it in the user's language, the tests check the key and the numbers.
import type { MessageKey } from '../i18n/en';
import type { Params } from '../i18n/message';

export class DatasetProblem extends Error {
  readonly key: MessageKey;
  readonly params: Params;
  constructor(key: MessageKey, params: Params = {}) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = 'DatasetProblem';
    this.key = key;
    this.params = params;
  }
}

/** A value from a file, short enough to quote in a message. */
export function quoted(value: unknown): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

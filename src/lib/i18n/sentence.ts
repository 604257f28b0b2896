// What state tells the user, kept as catalogue keys and parameters rather than as words, so a
// component words it when it shows it and a language switch re-words what is already shown.
import type { ErrorText } from '../import/errors';
import type { MessageKey } from './en';
import { errorText, importText, translateErrorText } from './errors';
import { formatBytes } from './format';
import { t } from './translate';

/** One sentence, or several said one after another. */
export type Sentence =
  | { key: MessageKey; params?: Record<string, Part> }
  /** A whole-file problem from the reader (import/errors.ts). */
  | { import: ErrorText }
  /** Words no catalogue has: a database's own message. */
  | { text: string }
  | Sentence[]
  /** Said apart, a blank line between them (above a database message with its caret). */
  | { paragraphs: Sentence[] };

/** A parameter: as it is (a file name), a number, a size in bytes, or a sentence of its own. */
export type Part = string | number | { bytes: number } | Sentence;

/** A sentence that is a thrown error (caught and shown as it is, see `errorSentence`). */
export class SentenceError extends Error {
  constructor(readonly sentence: Sentence) {
    super(say(sentence));
  }
}

/** A caught error as a sentence: the reader's or ours in words, anything else as it came. */
export function errorSentence(e: unknown): Sentence {
  if (e instanceof SentenceError) return e.sentence;
  const text = importText(e);
  return text ? { import: text } : { text: errorText(e) };
}

/** The sentence in the current language (reactive: it reads the language). */
export function say(sentence: Sentence): string {
  if (Array.isArray(sentence)) return sentence.map(say).filter(Boolean).join(' ');
  if ('text' in sentence) return sentence.text;
  if ('paragraphs' in sentence) return sentence.paragraphs.map(say).join('\n\n');
  if ('import' in sentence) return translateErrorText(sentence.import);
  const params: Record<string, string | number> = {};
  for (const [name, part] of Object.entries(sentence.params ?? {})) params[name] = word(part);
  return t(sentence.key, params);
}

const word = (part: Part): string | number =>
  typeof part === 'string' || typeof part === 'number'
    ? part
    : 'bytes' in part
      ? formatBytes(part.bytes)
      : say(part);

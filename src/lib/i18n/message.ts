// What a catalogue entry is: plain text, or forms chosen by a number (Intl.PluralRules).
export type PluralCategory = Intl.LDMLPluralRule;

/**
 * Forms of one message picked by the plural category of a number parameter: `by` names the
 * parameter ('count' unless given). A form may itself be plural on another parameter.
 */
export type Plural = { readonly by?: string; readonly other: Message } & {
  readonly [C in Exclude<PluralCategory, 'other'>]?: Message;
};

export type Message = string | Plural;

export type Params = Record<string, string | number>;

/** The text of a message for these parameters, before its placeholders are filled. */
export function selectForm(message: Message, params: Params, locale: string): string {
  if (typeof message === 'string') return message;
  const value = params[message.by ?? 'count'];
  const n = value === undefined ? NaN : readNumber(value, locale);
  const category = Number.isNaN(n) ? 'other' : pluralRules(locale).select(n);
  return selectForm(message[category] ?? message.other, params, locale);
}

/** Every text a message can take, for checks over whole catalogues. */
export function forms(message: Message): string[] {
  if (typeof message === 'string') return [message];
  return Object.entries(message)
    .filter(([name]) => name !== 'by')
    .flatMap(([, form]) => forms(form as Message));
}

/** The `{name}` placeholders a text uses. */
export const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

const rules = new Map<string, Intl.PluralRules>();
function pluralRules(locale: string): Intl.PluralRules {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return r;
}

const ZEROS = [0x30, 0x660, 0x6f0]; // Latin, Arabic-Indic and Persian (extended) digits

/**
 * A parameter as a number. Components often pass numbers already formatted for the
 * locale ("1.234,5", "۱۲"), so read those back through the locale's own decimal sign.
 */
export function readNumber(value: string | number, locale: string): number {
  if (typeof value === 'number') return value;
  const decimal = decimalSign(locale);
  let text = '';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    const zero = ZEROS.find((z) => code >= z && code <= z + 9);
    if (zero !== undefined) text += String(code - zero);
    else if (ch === decimal) text += '.';
    else if ((ch === '-' || ch === '\u2212') && text === '') text += '-';
  }
  return /\d/.test(text) ? Number(text) : NaN;
}

const decimals = new Map<string, string>();
function decimalSign(locale: string): string {
  let d = decimals.get(locale);
  if (d === undefined) {
    const parts = new Intl.NumberFormat(locale).formatToParts(1.5);
    decimals.set(locale, (d = parts.find((p) => p.type === 'decimal')?.value ?? '.'));
  }
  return d;
}

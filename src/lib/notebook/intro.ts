// The note a new notebook opens with is the app's text, not the user's: until someone edits
// it, it is shown in the page's language (a notebook made on an English page, or before the
// language was known, would otherwise greet a Persian reader in English).

/** The note to show: `current` (the intro in today's language) when `text` is any language's
 *  untouched intro, else the user's own text. */
export function noteInLanguage(text: string, intros: readonly string[], current: string): string {
  return intros.includes(text.trim()) ? current : text;
}

// The currency money is shown in, as reactive state the formatters read: the one the data's
// currency column names, otherwise the one the user picked, otherwise the one the amounts
// show (a sign in the cells, a word in the header), otherwise none (plain numbers).
const state = $state<{ fromData: string | null; picked: string | null; guessed: string | null }>({
  fromData: null,
  picked: null,
  guessed: null,
});

export const currency = (): string | null => state.fromData ?? state.picked ?? state.guessed;
export const dataCurrency = (): string | null => state.fromData;
export const pickedCurrency = (): string | null => state.picked;
export const guessedCurrency = (): string | null => state.guessed;

export function setCurrencies(next: Partial<typeof state>): void {
  Object.assign(state, next);
}

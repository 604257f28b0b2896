// The currency money is shown in, as reactive state the formatters read: the one the data
// names, otherwise the one the user picked, otherwise none (plain numbers).
const state = $state<{ fromData: string | null; picked: string | null }>({
  fromData: null,
  picked: null,
});

export const currency = (): string | null => state.fromData ?? state.picked;
export const dataCurrency = (): string | null => state.fromData;
export const pickedCurrency = (): string | null => state.picked;

export function setCurrencies(next: Partial<typeof state>): void {
  Object.assign(state, next);
}

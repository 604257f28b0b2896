// Comlink passes an error thrown in the worker on as its message, name and stack only. An
// ImportError's catalogue text (key and parameters) goes along too, so that the page says
// the problem in the user's language rather than the worker's English sentence.
import * as Comlink from 'comlink';
import { ImportError } from '../import/errors';

type Wire = { isError: boolean; value: unknown };

/** Call once in the worker, before `Comlink.expose`. */
export function keepImportErrorTexts(): void {
  const builtin = Comlink.transferHandlers.get('throw');
  if (!builtin) return;
  Comlink.transferHandlers.set('throw', {
    canHandle: builtin.canHandle,
    serialize(thrown) {
      const [wire, transfer] = builtin.serialize(thrown) as [Wire, Transferable[]];
      const error = (thrown as { value: unknown }).value;
      if (error instanceof ImportError && error.text && wire.isError) {
        wire.value = { ...(wire.value as object), text: error.text };
      }
      return [wire, transfer];
    },
    deserialize: builtin.deserialize,
  });
}

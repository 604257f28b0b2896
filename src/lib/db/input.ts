// The names a user's file is registered under in the database: never the user's own file
// name, so no user text reaches a path, and the locked-down database allows exactly these.
export const INPUT_NAMES = ['input.csv', 'input.csv.gz'] as const;

export const inputName = (fileName: string) => INPUT_NAMES[/\.gz$/i.test(fileName) ? 1 : 0];

// Settings that keep the database from reaching anything but the user's own file: no network,
// no other files, no extension downloads. Locked, so that later SQL cannot undo them.
import { literal } from '../src/lib/sql/quote';

// Below the 4 GiB wasm address space, leaving room for the worker's own allocations.
export const MEMORY_LIMIT = '3GB';

export function lockdownSql(allowedFiles: readonly string[]): string[] {
  return [
    `SET autoinstall_known_extensions = false`,
    `SET autoload_known_extensions = false`,
    `SET allow_community_extensions = false`,
    `SET allowed_paths = [${allowedFiles.map(literal).join(', ')}]`,
    `SET enable_external_access = false`,
    `SET memory_limit = ${literal(MEMORY_LIMIT)}`,
    `SET lock_configuration = true`,
  ];
}

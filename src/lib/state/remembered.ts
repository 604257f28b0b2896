// The one file a user asked this browser to remember: its original bytes in the Origin Private
// File System (not DuckDB's database file: duckdb-wasm's OPFS persistence loses data), and its
// name and confirmed mapping in localStorage. Nothing here leaves the device.
import type { Mapping } from '../import/roles';
import type { SourceOptions } from '../import/source';

export interface RememberedFile {
  name: string;
  type: string;
  size: number;
  lastModified: number;
  mapping: Mapping;
  dateFormats: string[];
  /** The encoding or sheet the user chose, if they changed the guess. */
  source?: SourceOptions;
  /** ISO time it was stored. */
  savedAt: string;
}

export interface StorageUse {
  /** Bytes this site stores in the browser (the remembered file, the offline copy of the site). */
  used: number;
  quota: number;
  /** The browser promised not to clear it when space runs low. */
  persisted: boolean;
}

/** Why remembering or restoring did not work, in terms the page can turn into words. */
export class RememberError extends Error {
  constructor(
    readonly reason: 'full' | 'gone' | 'failed',
    message: string,
  ) {
    super(message);
  }
}

const KEY = 'regulars.remembered';
const ENTRY = 'remembered-file';

/** OPFS with writable files, and localStorage: Chromium, Firefox, Safari 26; not private modes that refuse them. */
export function canRemember(): boolean {
  try {
    return (
      typeof navigator !== 'undefined' &&
      typeof navigator.storage?.getDirectory === 'function' &&
      typeof FileSystemFileHandle !== 'undefined' &&
      'createWritable' in FileSystemFileHandle.prototype &&
      typeof localStorage !== 'undefined'
    );
  } catch {
    return false; // localStorage access throws when storage is blocked
  }
}

/** The remembered file's description, or null; it does not check the bytes are still there. */
export function rememberedFile(): RememberedFile | null {
  try {
    const text = localStorage.getItem(KEY);
    return text ? (JSON.parse(text) as RememberedFile) : null;
  } catch {
    return null;
  }
}

export const isSameFile = (a: RememberedFile | null, b: File) =>
  a !== null && a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

const isQuotaError = (e: unknown) =>
  e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);

/** Store the file's bytes and its mapping, replacing any file remembered before. */
export async function remember(
  file: File,
  plan: { mapping: Mapping; dateFormats: string[]; source?: SourceOptions },
): Promise<RememberedFile> {
  const use = await storageUse();
  if (use && use.quota > 0 && use.quota - use.used < file.size)
    throw new RememberError('full', `${file.size} bytes needed, ${use.quota - use.used} free`);
  const root = await navigator.storage.getDirectory();
  try {
    const handle = await root.getFileHandle(ENTRY, { create: true });
    const writable = await handle.createWritable();
    // Streamed, so a file of several gigabytes is never held in memory at once.
    await file.stream().pipeTo(writable);
  } catch (e) {
    await root.removeEntry(ENTRY).catch(() => {});
    localStorage.removeItem(KEY);
    if (isQuotaError(e)) throw new RememberError('full', String(e));
    throw new RememberError('failed', e instanceof Error ? e.message : String(e));
  }
  const saved: RememberedFile = {
    name: file.name,
    type: file.type,
    size: file.size,
    lastModified: file.lastModified,
    mapping: plan.mapping,
    dateFormats: plan.dateFormats,
    ...(plan.source && Object.keys(plan.source).length > 0 ? { source: plan.source } : {}),
    savedAt: new Date().toISOString(),
  };
  try {
    localStorage.setItem(KEY, JSON.stringify(saved));
  } catch (e) {
    await root.removeEntry(ENTRY).catch(() => {});
    throw new RememberError(isQuotaError(e) ? 'full' : 'failed', String(e));
  }
  // Ask the browser not to clear the site's storage under pressure; it may say no.
  await navigator.storage.persist?.().catch(() => false);
  return saved;
}

/** The remembered file, read back; a RememberError('gone') when the browser cleared it. */
export async function recall(saved: RememberedFile): Promise<File> {
  try {
    const root = await navigator.storage.getDirectory();
    const file = await (await root.getFileHandle(ENTRY)).getFile();
    if (file.size !== saved.size) throw new Error(`${file.size} bytes instead of ${saved.size}`);
    return new File([file], saved.name, { type: saved.type, lastModified: saved.lastModified });
  } catch (e) {
    await forget();
    throw new RememberError('gone', e instanceof Error ? e.message : String(e));
  }
}

/** Delete the remembered file and its description. */
export async function forget(): Promise<void> {
  localStorage.removeItem(KEY);
  const root = await navigator.storage.getDirectory();
  await root.removeEntry(ENTRY).catch((e: unknown) => {
    if (!(e instanceof DOMException && e.name === 'NotFoundError')) throw e;
  });
}

export async function storageUse(): Promise<StorageUse | null> {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return null;
  const [{ usage = 0, quota = 0 }, persisted] = await Promise.all([
    navigator.storage.estimate(),
    navigator.storage.persisted?.() ?? Promise.resolve(false),
  ]);
  return { used: usage, quota, persisted };
}

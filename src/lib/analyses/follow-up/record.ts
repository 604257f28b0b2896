// A follow-up as it is kept (on this device, in its own file, read by the command line): who
// was contacted, who was kept aside, when, and which list they came from. Versioned: a later
// version of regulars reads version 1 files; a file of an unknown version is refused by name.
import { checkSeed, checkShare } from './draw';

export const FOLLOW_UP_FORMAT = 'regulars-follow-ups';
export const FOLLOW_UP_VERSION = 1;

/** The list a follow-up was drawn from, and the parameters that made it. */
export interface FollowUpSource {
  /** e.g. `lapsed`, `overdue`, `segment`, `in_window`, `cohort`. */
  list: string;
  params: Record<string, string | number>;
}

export interface FollowUp {
  name: string;
  /** The day it was drawn (for the owner's memory; measurement uses `start`). */
  created: string;
  /**
   * The as-of date of the data the list was drawn from: "came back" = a purchase dated after
   * it. For a file exported on the day of the follow-up, the day after its last purchase.
   */
  start: string;
  source: FollowUpSource;
  /** mulberry32 seed of the draw (see draw.ts). */
  seed: number;
  /** Share of the list kept aside, 0 < share < 1. */
  share: number;
  contacted: string[];
  kept_aside: string[];
}

export interface FollowUpFile {
  format: typeof FOLLOW_UP_FORMAT;
  version: typeof FOLLOW_UP_VERSION;
  follow_ups: FollowUp[];
}

export class FollowUpFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FollowUpFileError';
  }
}

export function followUpFile(followUps: readonly FollowUp[]): FollowUpFile {
  return { format: FOLLOW_UP_FORMAT, version: FOLLOW_UP_VERSION, follow_ups: [...followUps] };
}

/** The file's text: JSON, one follow-up's ids on a line each would be long, so indented. */
export const followUpFileText = (followUps: readonly FollowUp[]) =>
  JSON.stringify(followUpFile(followUps), null, 1) + '\n';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: unknown): v is string =>
  typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(v));

/** Read a follow-ups file, or throw a FollowUpFileError that says where it is wrong. */
export function parseFollowUpFile(text: string): FollowUp[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new FollowUpFileError('not a follow-ups file: it is not JSON');
  }
  if (!isRecord(json) || json.format !== FOLLOW_UP_FORMAT) {
    throw new FollowUpFileError(`not a follow-ups file: "format" is not "${FOLLOW_UP_FORMAT}"`);
  }
  if (json.version !== FOLLOW_UP_VERSION) {
    throw new FollowUpFileError(
      `follow-ups file of version ${JSON.stringify(json.version)}: this regulars reads version ${FOLLOW_UP_VERSION}`,
    );
  }
  if (!Array.isArray(json.follow_ups)) {
    throw new FollowUpFileError('follow-ups file: "follow_ups" is not a list');
  }
  return json.follow_ups.map((f, i) => checkFollowUp(f, `follow_ups[${i}]`));
}

function checkFollowUp(value: unknown, at: string): FollowUp {
  const fail = (what: string): never => {
    throw new FollowUpFileError(`follow-ups file: ${at}${what}`);
  };
  if (!isRecord(value)) return fail(' is not an object');
  const { name, created, start, source, seed, share, contacted, kept_aside } = value;
  if (typeof name !== 'string' || name.trim() === '') fail('.name is missing');
  if (!isDate(created)) fail('.created is not a date YYYY-MM-DD');
  if (!isDate(start)) fail('.start is not a date YYYY-MM-DD');
  if (!isRecord(source) || typeof source.list !== 'string' || !isRecord(source.params)) {
    fail('.source needs "list" (text) and "params" (an object)');
  }
  for (const [key, param] of Object.entries((source as FollowUpSource).params)) {
    if (typeof param !== 'string' && typeof param !== 'number') {
      fail(`.source.params.${key} is neither text nor a number`);
    }
  }
  if (typeof seed !== 'number') fail('.seed is not a number');
  if (typeof share !== 'number') fail('.share is not a number');
  try {
    checkSeed(seed as number);
    checkShare(share as number);
  } catch (e) {
    fail(`: ${(e as Error).message}`);
  }
  const ids = (list: unknown, key: string): string[] => {
    if (!Array.isArray(list)) return fail(`.${key} is not a list of customers`);
    list.forEach((id, j) => {
      if (typeof id !== 'string' || id === '' || id.includes('\0')) {
        fail(`.${key}[${j}] is not a customer id (non-empty text)`);
      }
    });
    return list as string[];
  };
  const c = ids(contacted, 'contacted');
  const k = ids(kept_aside, 'kept_aside');
  const seen = new Set<string>();
  for (const id of [...c, ...k]) {
    if (seen.has(id)) fail(` lists customer ${JSON.stringify(id)} twice`);
    seen.add(id);
  }
  return {
    name: name as string,
    created: created as string,
    start: start as string,
    source: source as unknown as FollowUpSource,
    seed: seed as number,
    share: share as number,
    contacted: c,
    kept_aside: k,
  };
}

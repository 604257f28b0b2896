// The datasets a hosted copy offers (static/datasets/index.json) and the `#data=` link that
// opens one. The workspace creates one HostedDatasets and has it follow the address (followLink)
// when it starts.
import { parseDataLink } from '../datasets/link';
import {
  fileNameOf,
  MANIFEST_PATH,
  manifestUrl,
  parseManifest,
  type HostedDataset,
} from '../datasets/manifest';
import { DatasetProblem } from '../datasets/problem';
import { say, type Sentence } from '../i18n/sentence';
import { buildHash, parseHash } from '../url/hash';
import type { Address } from './address';
import type { Session } from './session.svelte';

/** A problem to say; list problems say which file they are in. */
export function problemSentence(problem: DatasetProblem): Sentence {
  const text: Sentence = { key: problem.key, params: problem.params };
  return problem.key.startsWith('datasets.bad.')
    ? { key: 'datasets.bad', params: { file: MANIFEST_PATH, problem: text } }
    : text;
}

/** A problem in the user's language. */
export const problemText = (problem: DatasetProblem): string => say(problemSentence(problem));

const reason = (e: unknown) => String(e instanceof Error ? e.message : e).split('\n')[0];

export class HostedDatasets {
  list = $state.raw<HostedDataset[]>([]);
  /** What is wrong with the list itself, if anything. */
  problem = $state.raw<Sentence | null>(null);
  /** The title of the dataset being downloaded. */
  downloading = $state<string | null>(null);
  /** The name of the dataset of the list that was opened last (links to the notebook name it). */
  opened = $state<string | null>(null);
  readonly loaded: Promise<void>;
  #page: string;
  /** The `data` the address asks for, as last followed (not opened again while it stays). */
  #asked: string | null = null;

  /** `page` is the page's address: the list and the files are found relative to it. */
  constructor(page: string) {
    this.#page = page;
    this.loaded = this.#load();
  }

  async #load(): Promise<void> {
    const url = manifestUrl(this.#page);
    let response: Response;
    try {
      response = await fetch(url, { cache: 'no-cache' });
    } catch {
      // Offline without the list in the cache: as if the copy had none.
      return;
    }
    try {
      // A copy without datasets has no list: nothing to show, nothing wrong.
      if (response.status === 404) return;
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.list = parseManifest(await response.text(), url);
    } catch (e) {
      this.problem =
        e instanceof DatasetProblem
          ? problemSentence(e)
          : { key: 'datasets.failed', params: { file: MANIFEST_PATH, reason: reason(e) } };
    }
  }

  /** Download a dataset of the list and open it: analysed at once, with its mapping if it has one. */
  async open(session: Session, dataset: HostedDataset): Promise<void> {
    if (await this.#openUrl(session, dataset.url, dataset.title, dataset.mapping)) {
      this.opened = dataset.name;
    }
  }

  /** Download and open a file; false (and the session says why) when that failed. */
  async #openUrl(
    session: Session,
    url: string,
    title: string,
    mapping?: HostedDataset['mapping'],
  ): Promise<boolean> {
    const name = fileNameOf(url);
    this.downloading = title;
    try {
      // Same origin only: checked when the list or the link was read, and by the CSP.
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const file = new File([await response.blob()], name, { type: 'text/csv' });
      this.downloading = null;
      await session.open(file, mapping ? { mapping } : { confirm: false });
      return session.phase === 'ready';
    } catch (e) {
      session.error = { key: 'datasets.failed', params: { file: name, reason: reason(e) } };
      return false;
    } finally {
      this.downloading = null;
    }
  }

  /** Open what the fragment's `data` asks for; a problem is shown as the session's error. */
  async openLink(session: Session, hash: string): Promise<void> {
    try {
      const link = parseDataLink(hash, this.#page);
      if (!link) return;
      if (link.kind === 'url') {
        await this.#openUrl(session, link.url, decodeURIComponent(link.url));
        return;
      }
      await this.loaded;
      const dataset = this.list.find((d) => d.name === link.name);
      if (dataset) await this.open(session, dataset);
      else session.error = this.problem ?? { key: 'datasets.unknown', params: { name: link.name } };
    } catch (e) {
      session.error = e instanceof DatasetProblem ? problemSentence(e) : { text: reason(e) };
    }
  }

  /**
   * Open the dataset the page's address asks for, now and whenever the fragment changes to ask
   * for another one. Returns the function that stops listening.
   */
  followLink(session: Session, address: Address): () => void {
    this.#asked = parseHash(address.hash).data;
    void this.openLink(session, address.hash);
    return address.onChange((hash) => {
      const asked = parseHash(hash).data;
      if (asked === this.#asked) return;
      this.#asked = asked;
      if (asked) void this.openLink(session, hash);
    });
  }

  /** Take `data` out of the address (the user moved on to another file), without a reload. */
  forgetLink(address: Address): void {
    this.#asked = null;
    address.replaceHash(buildHash(address.hash, { data: null }));
  }
}

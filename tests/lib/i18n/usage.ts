// Which message keys the source uses: literal keys ('rfm.title') and keys built in template
// literals (`segment.${key}.advice`, where each ${…} stands for one dot-free key segment).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Source {
  path: string;
  text: string;
}

/** Every .ts and .svelte file under `dir`, except the paths `skip` rejects. */
export function readSources(dir: string, skip: (path: string) => boolean): Source[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => /\.(ts|svelte)$/.test(path) && !skip(path))
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

const LITERAL = /['"`]([a-z][\w]*(?:\.[\w]+)+)['"`]/g;
const TEMPLATE = /`([a-z][\w]*\.[^`]*?\$\{[^`]*?)`/g;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A template literal such as `rfm.meaning.${d}.${kind}` as a pattern over whole keys. */
export function templatePattern(template: string): RegExp {
  const parts = template.split(/\$\{[^}]*\}/);
  return new RegExp(`^${parts.map(escape).join('[^.]+')}$`);
}

export function unusedKeys(keys: readonly string[], sources: readonly Source[]): string[] {
  const literals = new Set<string>();
  const patterns: RegExp[] = [];
  for (const { text } of sources) {
    for (const m of text.matchAll(LITERAL)) literals.add(m[1]);
    for (const m of text.matchAll(TEMPLATE)) patterns.push(templatePattern(m[1]));
  }
  return keys.filter((key) => !literals.has(key) && !patterns.some((p) => p.test(key)));
}

// A test environment for state classes whose effects must run: Node's globals, but modules
// compiled and resolved as for the browser, where `$effect` and `flushSync` do something
// (under the default, server-side compile, effects never run). Opt in per file with
// `// @vitest-environment svelte-client` (an alias in vite.config.ts).
import type { Environment } from 'vitest/environments';

export default {
  name: 'svelte-client',
  viteEnvironment: 'client',
  setup: () => ({ teardown: () => {} }),
} satisfies Environment;

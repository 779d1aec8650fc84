// Every script a page loads asks for all the modules it will need at once, not a round at a time.
//
// A browser learns of a module's imports only when the module has arrived. A page's script that
// imports the search engine, which imports the numerals, fetches them in three rounds, one round
// trip each: on a phone's connection, a few hundred milliseconds before the search can start. Rollup
// adds to every chunk an import of each module its imports import (`hoistTransitiveImports`, on by
// default), so that they are all requested in the second round; Rolldown, the bundler under Vite
// 8, does not (the option is "not implemented yet"). This plugin does it after the bundle is
// written: an empty import of each missing module, appended to the chunk, e.g. `import"./numerals.<hash>.js";`.
//
// The added imports change no order of evaluation (each module was imported, and so evaluated
// before the chunk, already) and no file name: a chunk's hash already covers its imports' names,
// which cover theirs in turn. tests/site/content.test.ts checks every built script's imports are
// closed.

import { posix } from 'node:path';

interface OutputChunk {
  type: 'chunk';
  fileName: string;
  imports: string[];
  code: string;
}
type Bundle = Record<string, OutputChunk | { type: 'asset' }>;

/** The modules a chunk needs before it runs, its own imports' imports included. */
function needs(bundle: Bundle, fileName: string, seen = new Set<string>()): Set<string> {
  const chunk = bundle[fileName];
  for (const dep of chunk?.type === 'chunk' ? chunk.imports : []) {
    if (seen.has(dep)) continue;
    seen.add(dep);
    needs(bundle, dep, seen);
  }
  return seen;
}

export function hoistImportsPlugin() {
  return {
    name: 'site:hoist-imports',
    // The browser's scripts only: the server's bundle is run by Node, from disk.
    applyToEnvironment: (environment: { name: string }) => environment.name === 'client',
    generateBundle(_options: unknown, bundle: Bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const direct = new Set(chunk.imports);
        const missing = [...needs(bundle, chunk.fileName)].filter((f) => f !== chunk.fileName && !direct.has(f));
        const from = posix.dirname(chunk.fileName);
        for (const f of missing.sort()) {
          const path = posix.relative(from, f);
          chunk.code += `import"${path.startsWith('.') ? path : `./${path}`}";`;
          chunk.imports.push(f);
        }
      }
    },
  };
}

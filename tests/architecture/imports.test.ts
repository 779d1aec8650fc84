// The layers of the code base, enforced over the real import graph (.ts, .mjs and .astro files,
// frontmatter and <script> blocks included): src/model is the one contract between the converter
// and everything that reads its output. The converter and the site never import each other; the
// model imports nothing of theirs; only the command lines in scripts/ see every layer.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/** Each layer, the files it holds, and the layers it may import. */
const LAYERS: { name: string; holds: RegExp; may: string[] }[] = [
  { name: 'model', holds: /^src\/model\//, may: ['model'] },
  { name: 'config', holds: /^src\/site-config\.ts$/, may: ['model'] },
  { name: 'converter', holds: /^src\/converter\//, may: ['model', 'converter'] },
  { name: 'pdf', holds: /^src\/pdf\//, may: ['model', 'config', 'pdf'] },
  { name: 'site', holds: /^(src\/(site|pages|components|styles)\/|src\/content\.config\.ts$|astro\.config\.mjs$)/, may: ['model', 'config', 'site', 'content'] },
  { name: 'content', holds: /^src\/content\//, may: [] },
  { name: 'scripts', holds: /^scripts\//, may: ['model', 'config', 'converter', 'pdf', 'site', 'scripts', 'content'] },
];

const layerOf = (file: string) => LAYERS.find((l) => l.holds.test(file));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mjs|astro)$/.test(e.name) && !e.parentPath.includes('src/content'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** The code of a file that can import: all of a .ts file; an .astro file's frontmatter and its <script> blocks. */
function codeOf(file: string): string {
  const text = readFileSync(join(ROOT, file), 'utf8');
  if (!file.endsWith('.astro')) return text;
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join('\n');
}

/** Every specifier a file imports. */
function specifiersOf(file: string): string[] {
  return ts.preProcessFile(codeOf(file), true, true).importedFiles.map((i) => i.fileName);
}

/** The project files a file imports (relative specifiers, resolved; packages left out). */
export function importsOf(file: string): string[] {
  return specifiersOf(file)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(ROOT, resolve(dirname(join(ROOT, file)), spec.replace(/\?.*$/, ''))));
}

/** The packages a file imports (node: built-ins included), by name: zod, @astrojs/starlight, node:fs. */
function packagesOf(file: string): string[] {
  return specifiersOf(file)
    .filter((spec) => !spec.startsWith('.') && !spec.startsWith('virtual:') && !spec.startsWith('astro:'))
    .map((spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]));
}

/**
 * The packages a layer may use. The model is plain data and functions that run anywhere (Node, the
 * browser, the PDF step): no framework, no file system; the converter reads files and YAML but knows
 * no site framework; the site's code knows no converter library.
 */
const PACKAGES: Record<string, RegExp> = {
  model: /^(zod|diff)$/,
  config: /^node:(fs|path)$/,
  converter: /^(yaml|js-yaml|node:(fs|fs\/promises|path|crypto))$/,
  pdf: /^(node:path|@myriaddreamin\/typst-ts-node-compiler)$/,
  site: /./,
  content: /^$/,
  scripts: /./,
};

describe('the import graph', () => {
  const files = ['astro.config.mjs', ...sourceFiles('src'), ...sourceFiles('scripts')];

  it('lets each layer use only the packages it is for: the model none of a framework or the file system', () => {
    const broken: string[] = [];
    for (const file of files) {
      const layer = layerOf(file)!;
      for (const name of packagesOf(file)) if (!PACKAGES[layer.name].test(name)) broken.push(`${file} (${layer.name}) imports ${name}; ${layer.name} may import ${PACKAGES[layer.name].source}.`);
    }
    expect(broken).toEqual([]);
  });

  it('never runs or caches code in the shared temporary folder: whoever can write there could plant it', () => {
    const found = [...sourceFiles('src'), ...sourceFiles('scripts'), 'astro.config.mjs'].filter((f) => /\btmpdir\s*\(|\bTMPDIR\b|['"`]\/tmp\//.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(found, 'keep caches inside the project (node_modules/.cache/)').toEqual([]);
  });

  it('puts every source file in a layer', () => {
    expect(files.filter((f) => !layerOf(f)), 'add the new folder to LAYERS in tests/architecture/imports.test.ts').toEqual([]);
    expect(files.length).toBeGreaterThan(100);
  });

  it('reads imports from .astro frontmatter and script blocks too', () => {
    expect(importsOf('src/components/CitePanel.astro')).toEqual(expect.arrayContaining(['src/site/cite/formats.ts', 'src/site/cite/bar.ts']));
  });

  it('lets each layer import only the layers beneath or beside it that it may use', () => {
    const broken: string[] = [];
    for (const file of files) {
      const from = layerOf(file)!;
      for (const target of importsOf(file)) {
        const to = layerOf(target);
        if (!to) broken.push(`${file} imports ${target}, which is in no layer`);
        else if (!from.may.includes(to.name)) broken.push(`${file} (${from.name}) imports ${target} (${to.name}); ${from.name} may import ${from.may.join(', ') || 'nothing of the project'}. Move what both need into src/model.`);
      }
    }
    expect(broken).toEqual([]);
  });
});

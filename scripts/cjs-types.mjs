// Writes the CommonJS build's type declarations (`*.d.cts`) from the ES module build's
// (`*.d.ts`). The two are the same declarations: only the files they import from differ
// (`./types-….js` for the ES module build, `./types-….cjs` for CommonJS, so that
// TypeScript resolves each to its own format). Bundling the declarations once and copying
// them halves the time the build spends on them.
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const DIST = 'dist';
/** A relative module name ending in `.js`, quoted, as `from '…'`, `import('…')` or `import '…'` write it. */
const RELATIVE_JS = /(['"])(\.\.?\/[^'"]+)\.js\1/g;

const names = await readdir(DIST);
for (const name of names.filter((n) => n.endsWith('.d.cts'))) await rm(join(DIST, name));
let written = 0;
for (const name of names.filter((n) => n.endsWith('.d.ts'))) {
  const text = await readFile(join(DIST, name), 'utf8');
  await writeFile(join(DIST, name.replace(/\.d\.ts$/, '.d.cts')), text.replace(RELATIVE_JS, '$1$2.cjs$1'));
  written += 1;
}
console.log(`CJS types: ${written} declaration files written as .d.cts`);

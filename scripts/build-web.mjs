// Builds the staff app (web/ → web/dist) for `npm start`, but only when a source is newer than the
// last build, so a second start costs a directory walk instead of a bundle. Prints one line.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = fileURLToPath(new URL('../web/', import.meta.url));
const builtIndex = join(webDir, 'dist', 'index.html');
const skipped = new Set(['dist', 'node_modules']);

// Newest modification time under web/. Directories count too: deleting or renaming a file only
// touches its folder, and such a change must still trigger a build.
function newestChange(dir) {
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skipped.has(entry.name) || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

function builtAt() {
  try {
    return statSync(builtIndex).mtimeMs;
  } catch {
    return null;
  }
}

const built = builtAt();
const reason = built === null ? 'no previous build' : newestChange(webDir) > built ? 'sources changed' : null;
const shown = relative(process.cwd(), join(webDir, 'dist')) || '.';

if (reason === null) {
  console.log(`web: ${shown} is up to date, build skipped`);
} else {
  const started = performance.now();
  // Loaded only when needed: importing Vite alone costs noticeable start-up time.
  const { build } = await import('vite');
  try {
    await build({ root: webDir, configFile: join(webDir, 'vite.config.ts'), logLevel: 'warn' });
  } catch (error) {
    console.error(`web: build failed (${reason}): ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`web: built ${shown} in ${seconds} s (${reason})`);
}

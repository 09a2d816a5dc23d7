import { relative, sep } from 'node:path';
import { watch } from 'chokidar';
import { isPolicyInput } from '../load/policy-inputs.js';
import type { PolicyFiles } from '../load/policy-files.js';

const SKIPPED = /(^|[\\/])(\.git|node_modules)([\\/]|$)/;

/**
 * Watch a policy folder and call `changed` (debounced) when a file the policy is built from
 * changes (load/policy-inputs.ts; `files` is what the latest build read, if any). Resolves once
 * watching, with a function that stops it.
 */
export async function watchPolicy(dir: string, files: () => PolicyFiles | undefined, changed: () => void): Promise<() => Promise<void>> {
  // Links are watched as links, not followed: load/ never reads through one, and following a link
  // to / would walk (and hold watches on) the whole file system.
  const watcher = watch(dir, { ignoreInitial: true, followSymlinks: false, ignored: (path) => SKIPPED.test(relative(dir, path)) });
  let timer: NodeJS.Timeout | undefined;
  watcher.on('all', (_event, path) => {
    const rel = relative(dir, path).split(sep).join('/');
    if (!isPolicyInput(rel, files())) return;
    // Editors write a file in several steps; one rebuild after the last of them.
    clearTimeout(timer);
    timer = setTimeout(changed, 80);
  });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return async () => {
    clearTimeout(timer);
    await watcher.close();
  };
}

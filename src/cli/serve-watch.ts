import { relative, sep } from 'node:path';
import { watch } from 'chokidar';

const SKIPPED = /(^|[\\/])(\.git|node_modules)([\\/]|$)/;

/**
 * Watch a policy folder and call `changed` (debounced) when a file the policy is built from
 * changes: `isInput` gets the path relative to the folder, with / separators. Resolves once
 * watching, with a function that stops it.
 */
export async function watchPolicy(dir: string, isInput: (path: string) => boolean, changed: () => void): Promise<() => Promise<void>> {
  const watcher = watch(dir, { ignoreInitial: true, ignored: (path) => SKIPPED.test(relative(dir, path)) });
  let timer: NodeJS.Timeout | undefined;
  watcher.on('all', (_event, path) => {
    const rel = relative(dir, path).split(sep).join('/');
    if (!isInput(rel)) return;
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

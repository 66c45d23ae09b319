import { type FSWatcher, watch } from 'node:fs';
import { basename, dirname } from 'node:path';

/** Stops a watch started by {@link watchPolicies}. */
export type StopWatching = () => void;

/**
 * Calls `onChange` once things settle (`debounceMs` after the last change) whenever a file
 * below the policy directory, or the bundle file, changes. A bundle file is watched through its
 * folder, because editors and `opa build` replace the file rather than write it in place.
 */
export function watchPolicies(options: {
  readonly path: string;
  readonly isDirectory: boolean;
  readonly debounceMs: number;
  readonly onChange: () => void;
}): StopWatching {
  let timer: NodeJS.Timeout | undefined;
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(options.onChange, options.debounceMs);
  };
  const name = basename(options.path);
  const watcher: FSWatcher = options.isDirectory
    ? watch(options.path, { recursive: true, persistent: false }, schedule)
    : watch(dirname(options.path), { persistent: false }, (_event, file) => {
        if (file === null || file === name) schedule();
      });
  // A vanished folder or a watch limit must not crash the server; the old policy keeps serving.
  watcher.on('error', () => watcher.close());
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}

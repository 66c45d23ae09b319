/** Argument names the built-in extractor reads as file paths. */
export const FILE_ARGS: readonly string[] = [
  'path',
  'paths',
  'file',
  'files',
  'file_path',
  'filepath',
  'filename',
  'dir',
  'directory',
  'src',
  'dest',
  'destination',
  'target',
];

/** File argument names that are always written to, whatever the tool is called. */
export const WRITE_ARGS: readonly string[] = ['dest', 'destination'];

/** Argument names the built-in extractor reads as URLs (op `fetch`). */
export const URL_ARGS: readonly string[] = ['url', 'urls', 'uri', 'href', 'endpoint'];

/** Argument names the built-in extractor reads as commands. */
export const COMMAND_ARGS: readonly string[] = ['command', 'cmd', 'script'];

/** Argument names holding the arguments of a command given under a {@link COMMAND_ARGS} key. */
export const COMMAND_ARGV_ARGS: readonly string[] = ['args', 'argv'];

const WRITE_WORDS = new Set([
  'write',
  'create',
  'delete',
  'remove',
  'move',
  'edit',
  'append',
  'put',
  'copy',
  'rename',
  'mkdir',
  'rm',
  'rmdir',
  'unlink',
  'save',
  'update',
  'patch',
  'upload',
  'touch',
  'truncate',
  'chmod',
  'chown',
  'replace',
  'set',
  'mv',
  'cp',
  'insert',
  'overwrite',
  'download',
]);
const READ_WORDS = new Set(['read', 'get', 'list', 'cat', 'ls', 'view', 'show', 'stat', 'open']);

/**
 * Guesses the file operation of a tool from its name: `write` when any word of the name is
 * a writing verb (`fs.write`, `createFile`, `move_file`), else `read` for a reading verb
 * (`fs.read`, `getFile`, `list_dir`), else `access`. Words are split on punctuation and
 * camelCase, so `target` is not read as `get`; a name with both kinds of verb is `write`.
 */
export function inferFileOp(toolName: string): 'read' | 'write' | 'access' {
  const words = toolName
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  if (words.some((word) => WRITE_WORDS.has(word))) return 'write';
  if (words.some((word) => READ_WORDS.has(word))) return 'read';
  return 'access';
}

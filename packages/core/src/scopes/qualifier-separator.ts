/**
 * The segment separator for a scope's qualifier glob: `.` for `net` scopes (the qualifier
 * is a host, `net:fetch:*.example.com`), `/` for everything else (paths).
 * @internal
 */
export function qualifierSeparator(resource: string): string {
  return resource === 'net' ? '.' : '/';
}

import { PolicyConfigError } from '../errors/policy-config-error.js';

/** One regular file from a tar archive. @internal */
export interface TarEntry {
  readonly path: string;
  readonly content: Uint8Array;
}

const BLOCK = 512;
const decoder = new TextDecoder();

function text(bytes: Uint8Array, start: number, length: number): string {
  const slice = bytes.subarray(start, start + length);
  const end = slice.indexOf(0);
  return decoder.decode(end === -1 ? slice : slice.subarray(0, end));
}

function octal(bytes: Uint8Array, start: number, length: number): number {
  const value = text(bytes, start, length).trim();
  if (!/^[0-7]*$/.test(value)) throw new PolicyConfigError({ message: 'tar: bad numeric field' });
  return value === '' ? 0 : Number.parseInt(value, 8);
}

// PAX extended headers (`path=...` records) override the next entry's name; Go's archive/tar,
// which OPA uses, writes them for long names.
function paxPath(bytes: Uint8Array): string | undefined {
  const records = decoder.decode(bytes);
  let offset = 0;
  while (offset < records.length) {
    const space = records.indexOf(' ', offset);
    const length = Number.parseInt(records.slice(offset, space), 10);
    if (!(length > 0)) break;
    const record = records.slice(space + 1, offset + length - 1);
    if (record.startsWith('path=')) return record.slice(5);
    offset += length;
  }
  return undefined;
}

/**
 * Reads the regular files of an uncompressed ustar/PAX archive (what `opa build` writes).
 * Links, devices and directories are skipped; a truncated or malformed archive is an error.
 *
 * @throws PolicyConfigError on a malformed archive. @internal
 */
export function readTar(bytes: Uint8Array): TarEntry[] {
  const entries: TarEntry[] = [];
  let offset = 0;
  let nextPath: string | undefined;
  while (offset + BLOCK <= bytes.length) {
    const header = bytes.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) break;
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156] ?? 0);
    const prefix = text(header, 345, 155);
    const name = text(header, 0, 100);
    const start = offset + BLOCK;
    if (start + size > bytes.length)
      throw new PolicyConfigError({ message: 'tar: truncated archive' });
    const content = bytes.subarray(start, start + size);
    offset = start + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'x') {
      nextPath = paxPath(content);
      continue;
    }
    const path = nextPath ?? (prefix === '' ? name : `${prefix}/${name}`);
    nextPath = undefined;
    if (type === '0' || type === '\0') entries.push({ path, content });
  }
  return entries;
}

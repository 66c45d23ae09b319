/** One regular file from a tar archive: its path (no leading `/` or `./`) and its bytes. */
export interface TarEntry {
  readonly path: string;
  readonly bytes: Uint8Array;
}

const blockSize = 512;
const decoder = new TextDecoder();

function readString(block: Uint8Array, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return decoder.decode(end === -1 ? field : field.subarray(0, end));
}

function readSize(block: Uint8Array): number {
  const field = block.subarray(124, 136);
  // GNU base-256 encoding for sizes beyond 8 GiB octal: the high bit of the first byte is set.
  if (((field[0] ?? 0) & 0x80) !== 0) {
    let size = (field[0] ?? 0) & 0x7f;
    for (let i = 1; i < field.length; i++) size = size * 256 + (field[i] ?? 0);
    return size;
  }
  const text = readString(block, 124, 12).trim();
  const size = text === '' ? 0 : Number.parseInt(text, 8);
  if (!Number.isSafeInteger(size) || size < 0) throw new Error(`tar: bad entry size "${text}"`);
  return size;
}

function hasValidChecksum(block: Uint8Array): boolean {
  const recorded = Number.parseInt(readString(block, 148, 8).trim(), 8);
  let sum = 0;
  for (let i = 0; i < blockSize; i++) sum += i >= 148 && i < 156 ? 32 : (block[i] ?? 0);
  return recorded === sum;
}

/** Reads `path=` from a pax extended header (records of `<len> <key>=<value>\n`). */
function readPaxPath(bytes: Uint8Array): string | undefined {
  const text = decoder.decode(bytes);
  let offset = 0;
  let path: string | undefined;
  while (offset < text.length) {
    const space = text.indexOf(' ', offset);
    const length = Number.parseInt(text.slice(offset, space), 10);
    if (space === -1 || !Number.isSafeInteger(length) || length <= 0) break;
    const record = text.slice(space + 1, offset + length - 1);
    if (record.startsWith('path=')) path = record.slice(5);
    offset += length;
  }
  return path;
}

function cleanPath(path: string): string {
  return path.replace(/^(\.?\/)+/, '');
}

/**
 * Reads the regular files of an uncompressed tar archive (ustar, with pax and GNU long names), as
 * `opa build` writes them. Directories, links and other entry types are skipped.
 *
 * @throws Error on a truncated archive or a header whose checksum does not match.
 */
export function readTar(archive: Uint8Array): TarEntry[] {
  const entries: TarEntry[] = [];
  let offset = 0;
  let longPath: string | undefined;
  while (offset + blockSize <= archive.length) {
    const header = archive.subarray(offset, offset + blockSize);
    if (header.every((byte) => byte === 0)) break;
    if (!hasValidChecksum(header)) throw new Error(`tar: bad header checksum at offset ${offset}`);
    const size = readSize(header);
    const start = offset + blockSize;
    if (start + size > archive.length) throw new Error('tar: archive is truncated');
    const body = archive.subarray(start, start + size);
    offset = start + Math.ceil(size / blockSize) * blockSize;
    const type = String.fromCharCode(header[156] ?? 0);
    if (type === 'x') {
      longPath = readPaxPath(body) ?? longPath;
      continue;
    }
    if (type === 'L') {
      longPath = readString(body, 0, body.length);
      continue;
    }
    const prefix = readString(header, 345, 155);
    const name = readString(header, 0, 100);
    const path = cleanPath(longPath ?? (prefix === '' ? name : `${prefix}/${name}`));
    longPath = undefined;
    if ((type === '0' || type === '\0' || type === '7') && path !== '') {
      entries.push({ path, bytes: body.slice() });
    }
  }
  // Bytes left over that are not the zero blocks ending an archive: not a tar (or cut short).
  if (archive.subarray(offset).some((byte) => byte !== 0) && offset + blockSize > archive.length) {
    throw new Error('tar: archive is truncated');
  }
  return entries;
}

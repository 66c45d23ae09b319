import { gzipSync } from 'node:zlib';

const encoder = new TextEncoder();

function header(path: string, size: number, type: string): Uint8Array {
  const block = new Uint8Array(512);
  const put = (text: string, offset: number): void => block.set(encoder.encode(text), offset);
  put(path, 0);
  put('0000644\0', 100);
  put('0000000\0', 108);
  put('0000000\0', 116);
  put(`${size.toString(8).padStart(11, '0')}\0`, 124);
  put('00000000000\0', 136);
  put('        ', 148);
  put(type, 156);
  put('ustar\0', 257);
  put('00', 263);
  const sum = block.reduce((total, byte) => total + byte, 0);
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return block;
}

function padded(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(bytes.length / 512) * 512);
  out.set(bytes);
  return out;
}

function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let length = body.length + 1;
  while (`${length}${body}`.length !== length) length++;
  return `${length}${body}`;
}

/**
 * Writes a ustar archive of `files` (test fixture: OPA bundles without the opa binary). Paths
 * longer than 100 bytes get a pax header, as Go's archive/tar writes them.
 */
export function writeTar(files: Readonly<Record<string, string | Uint8Array>>): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const [path, content] of Object.entries(files)) {
    const bytes = typeof content === 'string' ? encoder.encode(content) : content;
    if (path.length > 100) {
      const pax = encoder.encode(paxRecord('path', path));
      parts.push(header('PaxHeaders/long', pax.length, 'x'), padded(pax));
    }
    parts.push(header(path.slice(0, 100), bytes.length, '0'), padded(bytes));
  }
  parts.push(new Uint8Array(1024));
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** A gzipped {@link writeTar}: the `.tar.gz` that `opa build` produces. */
export function writeTarGz(files: Readonly<Record<string, string | Uint8Array>>): Uint8Array {
  return gzipSync(writeTar(files));
}

import { gzipSync } from 'node:zlib';

/** Builds a gzipped ustar archive in memory, with a PAX header for long names (as Go writes). */
export function makeTarGz(files: Readonly<Record<string, string>>): Uint8Array {
  const blocks: Uint8Array[] = [];
  const encoder = new TextEncoder();
  const header = (name: string, size: number, type: string): Uint8Array => {
    const block = new Uint8Array(512);
    const put = (text: string, offset: number): void => block.set(encoder.encode(text), offset);
    put(name.slice(0, 100), 0);
    put('0000644\0', 100);
    put(`${size.toString(8).padStart(11, '0')}\0`, 124);
    put(type, 156);
    put('ustar\0', 257);
    put('        ', 148);
    const sum = block.reduce((a, b) => a + b, 0);
    put(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    return block;
  };
  const pad = (bytes: Uint8Array): Uint8Array => {
    const out = new Uint8Array(Math.ceil(bytes.length / 512) * 512);
    out.set(bytes);
    return out;
  };
  for (const [name, content] of Object.entries(files)) {
    const body = encoder.encode(content);
    if (name.length > 100) {
      const record = `path=${name}\n`;
      const line = `${record.length + String(record.length + 3).length + 1} ${record}`;
      const pax = encoder.encode(line);
      blocks.push(header('PaxHeaders/x', pax.length, 'x'), pad(pax));
    }
    blocks.push(header(name, body.length, '0'), pad(body));
  }
  blocks.push(new Uint8Array(1024));
  const total = new Uint8Array(blocks.reduce((n, b) => n + b.length, 0));
  let offset = 0;
  for (const block of blocks) {
    total.set(block, offset);
    offset += block.length;
  }
  return gzipSync(total);
}

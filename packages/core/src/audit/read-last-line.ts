import { open } from 'node:fs/promises';

/** The last line of a file and whether a newline terminates it. @internal */
export interface LastLine {
  readonly line: string;
  readonly isTerminated: boolean;
}

const NEWLINE = 0x0a;

/**
 * Reads the last line of a file by scanning backwards in growing chunks, so resuming a large log
 * does not read all of it. Returns `undefined` for a missing or empty file. @internal
 */
export async function readLastLine(path: string): Promise<LastLine | undefined> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    if (size === 0) return undefined;
    let chunk = 64 * 1024;
    for (;;) {
      const start = Math.max(0, size - chunk);
      const buffer = Buffer.alloc(size - start);
      await handle.read(buffer, 0, buffer.length, start);
      const isTerminated = buffer[buffer.length - 1] === NEWLINE;
      const end = isTerminated ? buffer.length - 1 : buffer.length;
      const cut = buffer.lastIndexOf(NEWLINE, end - 1);
      if (cut !== -1 || start === 0) {
        return { line: buffer.subarray(cut + 1, end).toString('utf8'), isTerminated };
      }
      chunk *= 4;
    }
  } finally {
    await handle.close();
  }
}

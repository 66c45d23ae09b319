import { gunzipSync } from 'node:zlib';
import { readTar } from '@kitelogik/core';

/** The files of an OPA bundle archive, by path without the leading `/`. */
export type BundleFiles = ReadonlyMap<string, Uint8Array>;

const maxUnpackedBytes = 512 * 1024 * 1024;

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Unpacks an OPA bundle (`.tar.gz`, as `opa build` writes it, or a plain `.tar`) into its files.
 *
 * @throws Error when the archive is not gzip/tar or is damaged.
 */
export function readBundleFiles(archive: Uint8Array): BundleFiles {
  const tar = isGzip(archive)
    ? gunzipSync(archive, { maxOutputLength: maxUnpackedBytes })
    : archive;
  return new Map(readTar(tar).map((entry) => [entry.path, entry.bytes]));
}

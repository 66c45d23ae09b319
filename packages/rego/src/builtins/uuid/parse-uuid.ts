/**
 * Parses a UUID the way google/uuid does: 36 characters `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`,
 * the `urn:uuid:` form (prefix case-insensitive), 38 characters with any wrapping pair (only the
 * middle 36 are examined) or 32 bare hex digits. Undefined when `text` is not a UUID.
 */
export function parseUuidBytes(text: string): Uint8Array | undefined {
  let body = text;
  switch (text.length) {
    case 36:
      break;
    case 45:
      if (text.slice(0, 9).toLowerCase() !== 'urn:uuid:') return undefined;
      body = text.slice(9);
      break;
    case 38:
      body = text.slice(1, 37);
      break;
    case 32:
      return hexBytes(text);
    default:
      return undefined;
  }
  if (body[8] !== '-' || body[13] !== '-' || body[18] !== '-' || body[23] !== '-') return undefined;
  return hexBytes(body.replaceAll('-', ''), 32);
}

function hexBytes(hex: string, length = 32): Uint8Array | undefined {
  if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i++) bytes[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

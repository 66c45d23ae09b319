/** A time zone's rule at one instant: its offset east of UTC and its abbreviation. */
export interface ZoneOffset {
  readonly offsetSeconds: number;
  readonly abbreviation: string;
}

/** A time zone: UTC, the host's local zone, or an IANA zone resolved through `Intl`. */
export interface Zone {
  readonly name: string;
  /** The rule in force at `unixSeconds` (seconds since the epoch, UTC). */
  offsetAt(unixSeconds: number): ZoneOffset;
}

/** Coordinated Universal Time. */
export const utc: Zone = {
  name: 'UTC',
  offsetAt: () => ({ offsetSeconds: 0, abbreviation: 'UTC' }),
};

const zones = new Map<string, Zone>();

/** `GMT+5:30` → `+0530`, `GMT-3` → `-03`: Go prints numeric abbreviations like this. */
function numericAbbreviation(text: string): string {
  const match = /^GMT([+-])(\d{1,2})(?::(\d{2}))?$/.exec(text);
  if (match === null) return text === 'GMT' ? 'GMT' : text;
  const [, sign, hours = '0', minutes] = match;
  return `${sign}${hours.padStart(2, '0')}${minutes ?? ''}`;
}

function intlZone(name: string): Zone {
  const wall = new Intl.DateTimeFormat('en-US', {
    timeZone: name,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    era: 'short',
  });
  const short = new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'short' });
  return {
    name,
    offsetAt(unixSeconds) {
      const date = new Date(unixSeconds * 1000);
      const parts: Record<string, string> = {};
      for (const part of wall.formatToParts(date)) parts[part.type] = part.value;
      const year = Number(parts.year);
      const signedYear = parts.era === 'BC' ? 1 - year : year;
      const local = Date.UTC(
        2000,
        Number(parts.month) - 1,
        Number(parts.day),
        Number(parts.hour),
        Number(parts.minute),
        Number(parts.second),
      );
      // Date.UTC maps years 0-99 to 1900s, so the year is set separately.
      const shifted = new Date(local);
      shifted.setUTCFullYear(signedYear);
      const offsetSeconds = Math.round((shifted.getTime() - unixSeconds * 1000) / 1000);
      const zoneName =
        short.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? '';
      return { offsetSeconds, abbreviation: numericAbbreviation(zoneName) };
    },
  };
}

/**
 * The zone named `name`: `""` and `UTC` are UTC, `Local` is the host's zone, anything else an IANA
 * name. Undefined for unknown names (Go's `unknown time zone`).
 */
export function loadZone(name: string): Zone | undefined {
  if (name === '' || name === 'UTC') return utc;
  const cached = zones.get(name);
  if (cached !== undefined) return cached;
  let zone: Zone;
  try {
    if (name === 'Local') {
      const local = new Intl.DateTimeFormat().resolvedOptions().timeZone;
      zone =
        local === undefined || local === 'UTC'
          ? { ...utc, name: 'Local' }
          : { ...intlZone(local), name: 'Local' };
    } else {
      zone = intlZone(name);
    }
  } catch {
    return undefined;
  }
  zones.set(name, zone);
  return zone;
}

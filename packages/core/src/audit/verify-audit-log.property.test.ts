import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryAuditSink } from './memory-audit-sink.js';
import { verifyAuditLog } from './verify-audit-log.js';

async function sealedLines(count: number): Promise<readonly string[]> {
  const sink = createMemoryAuditSink({ hmacKey: 'k', clock: () => 0, checkpointEvery: 4 });
  for (let i = 0; i < count; i++) {
    await sink.append({ type: 'budget', account: `s${i % 3}`, tokens: i * 7, note: 'ok' });
  }
  await sink.close();
  return sink.lines;
}

type Tamper =
  | { kind: 'edit'; line: number; at: number; char: string }
  | { kind: 'delete'; line: number }
  | { kind: 'swap'; line: number; other: number }
  | { kind: 'duplicate'; line: number; at: number };

const tamperArbitrary: fc.Arbitrary<Tamper> = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    line: fc.nat(),
    at: fc.nat(),
    char: fc.constantFrom('a', '0', '9', ' ', '"', '}', 'x'),
  }),
  fc.record({ kind: fc.constant('delete' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), line: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), line: fc.nat(), at: fc.nat() }),
);

function apply(lines: readonly string[], tamper: Tamper): string[] | undefined {
  const out = [...lines];
  const i = tamper.line % out.length;
  const line = out[i] ?? '';
  switch (tamper.kind) {
    case 'edit': {
      const at = tamper.at % line.length;
      if (line[at] === tamper.char) return undefined;
      out[i] = line.slice(0, at) + tamper.char + line.slice(at + 1);
      return out;
    }
    case 'delete':
      out.splice(i, 1);
      return out;
    case 'swap': {
      const j = tamper.other % out.length;
      if (i === j) return undefined;
      [out[i], out[j]] = [out[j] ?? '', line];
      return out;
    }
    case 'duplicate':
      out.splice(tamper.at % (out.length + 1), 0, line);
      return out;
  }
}

describe('verifyAuditLog on random tampering', () => {
  it('detects every single edit, deletion, swap or duplication of a keyed, closed log', async () => {
    const lines = await sealedLines(9);
    expect((await verifyAuditLog({ lines, hmacKey: 'k' })).ok).toBe(true);
    await fc.assert(
      fc.asyncProperty(tamperArbitrary, async (tamper) => {
        const tampered = apply(lines, tamper);
        if (tampered === undefined) return;
        const result = await verifyAuditLog({ lines: tampered, hmacKey: 'k' });
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

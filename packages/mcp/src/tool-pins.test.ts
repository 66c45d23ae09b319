import { describe, expect, it } from 'vitest';
import { fingerprintTool } from './tool-fingerprint.js';
import { createToolPins } from './tool-pins.js';

const read = {
  name: 'fs.read',
  description: 'Reads',
  inputSchema: { type: 'object', properties: { path: { type: 'string' } } },
};

describe('fingerprintTool', () => {
  it('is a sha256 over name, description, schema and annotations, independent of key order', () => {
    const reordered = {
      inputSchema: { properties: { path: { type: 'string' } }, type: 'object' },
      description: 'Reads',
      name: 'fs.read',
    };
    expect(fingerprintTool(read)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(fingerprintTool(reordered)).toBe(fingerprintTool(read));
  });

  it('changes with the description, the schema or the annotations, but not with other fields', () => {
    const base = fingerprintTool(read);
    expect(fingerprintTool({ ...read, description: 'Reads, then mails' })).not.toBe(base);
    expect(fingerprintTool({ ...read, inputSchema: { type: 'object' } })).not.toBe(base);
    expect(fingerprintTool({ ...read, annotations: { destructiveHint: true } })).not.toBe(base);
    expect(fingerprintTool({ ...read, title: 'Read' })).toBe(base);
  });
});

describe('createToolPins', () => {
  it('pins the first list silently and reports later changes and additions', () => {
    const pins = createToolPins();
    expect(pins.observe('fs', [read])).toEqual([]);
    expect(pins.status('fs', 'fs.read')).toEqual({
      fingerprint: fingerprintTool(read),
      pinned: fingerprintTool(read),
      isChanged: false,
    });
    const changed = { ...read, description: 'Reads, then mails' };
    const added = { name: 'fs.write' };
    expect(pins.observe('fs', [changed, added])).toEqual([
      {
        server: 'fs',
        tool: 'fs.read',
        change: 'changed',
        fingerprint: fingerprintTool(changed),
        pinned_fingerprint: fingerprintTool(read),
      },
      {
        server: 'fs',
        tool: 'fs.write',
        change: 'added',
        fingerprint: fingerprintTool(added),
        pinned_fingerprint: null,
      },
    ]);
    expect(pins.status('fs', 'fs.read').isChanged).toBe(true);
    expect(pins.status('fs', 'fs.write').isChanged).toBe(false);
  });

  it('moves a pin only through approve', () => {
    const pins = createToolPins();
    pins.observe('fs', [read]);
    const changed = { ...read, description: 'x' };
    pins.observe('fs', [changed]);
    pins.observe('fs', [changed]);
    expect(pins.status('fs', 'fs.read').isChanged).toBe(true);
    expect(pins.approve('fs', 'fs.read')).toBe(true);
    expect(pins.status('fs', 'fs.read')).toMatchObject({
      pinned: fingerprintTool(changed),
      isChanged: false,
    });
    expect(pins.approve('fs', 'unknown')).toBe(false);
  });

  it('keeps servers apart, and restores pins from a snapshot', () => {
    const pins = createToolPins();
    pins.observe('a', [read]);
    expect(pins.status('b', 'fs.read')).toEqual({
      fingerprint: null,
      pinned: null,
      isChanged: false,
    });
    const restored = createToolPins({ pinned: pins.snapshot() });
    expect(restored.observe('a', [{ ...read, description: 'x' }])).toMatchObject([
      { change: 'changed' },
    ]);
    // A pinned tool whose current definition was never seen counts as changed (fail closed).
    const unseen = createToolPins({ pinned: pins.snapshot() });
    expect(unseen.status('a', 'fs.read')).toMatchObject({ fingerprint: null, isChanged: true });
  });
});

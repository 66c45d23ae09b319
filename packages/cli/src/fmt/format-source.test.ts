import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatSource } from './format-source.js';

const format = (source: string): string => formatSource(source, 'test.rego');

describe('formatSource', () => {
  it('is stable on its own output', () => {
    const source = 'package p\nimport rego.v1\nq contains x if { some x in input; x > 1 }\n';
    const once = format(source);
    expect(format(once)).toBe(once);
    expect(once).toBe(
      'package p\n\nimport rego.v1\n\nq contains x if {\n\tsome x in input\n\tx > 1\n}\n',
    );
  });

  it('parenthesises by precedence at the top and every nested infix call', () => {
    expect(
      format('package p\nx := (1 + 2) * 3\n\ny := a == (b == c) if true\n\nz := 1 - -w\n'),
    ).toBe('package p\n\nx := (1 + 2) * 3\n\ny := a == (b == c) if true\n\nz := 1 - -w\n');
  });

  it('keeps adjacent one-line rules together and separates the others by one blank line', () => {
    const source = 'package p\n\n\nf(1) := 2\nf(2) := 3\n\n\n\ng := 1\n';
    expect(format(source)).toBe('package p\n\nf(1) := 2\nf(2) := 3\n\ng := 1\n');
  });

  it('breaks collections where the source broke them', () => {
    const source = 'package p\nx := {"a": 1,\n"b": [1, 2], "c": {\n"d": 3}}\n';
    expect(format(source)).toBe(
      'package p\n\nx := {\n\t"a": 1,\n\t"b": [1, 2], "c": {\n\t\t"d": 3,\n\t},\n}\n',
    );
  });

  it('keeps blank lines between body expressions, import groups and an else on its own line', () => {
    const source = [
      'package p',
      'import rego.v1',
      'import data.b',
      '',
      'import data.a',
      'p = 1 if {',
      '  x',
      '',
      '',
      '  y',
      '}',
      'else = 2',
      '',
    ].join('\n');
    expect(format(source)).toBe(
      [
        'package p',
        '',
        'import data.b',
        'import rego.v1',
        '',
        'import data.a',
        '',
        'p := 1 if {',
        '\tx',
        '',
        '\ty',
        '}',
        '',
        'else := 2',
        '',
      ].join('\n'),
    );
  });

  it('keeps with modifiers on their own lines where the source put them', () => {
    const source =
      'package p\nq if {\n  data.x with input as 1\n    with data.y as 2 with data.z as 3\n}\n';
    expect(format(source)).toBe(
      'package p\n\nq if {\n\tdata.x with input as 1\n\t\twith data.y as 2 with data.z as 3\n}\n',
    );
  });

  it('keeps comments: own-line, trailing, inside bodies and collections, at the end', () => {
    const source = [
      '# header',
      'package p # on package',
      '',
      '# about q',
      'q if { # opening',
      '  # first',
      '  input.a # a',
      '  # closing',
      '}',
      'r := [',
      '  # one',
      '  1, # trailing one',
      ']',
      '# the end',
      '',
    ].join('\n');
    expect(format(source)).toBe(
      [
        '# header',
        'package p # on package',
        '',
        '# about q',
        'q if { # opening',
        '\t# first',
        '\tinput.a # a',
        '\t# closing',
        '}',
        '',
        'r := [',
        '\t# one',
        '\t1, # trailing one',
        ']',
        '',
        '# the end',
        '',
      ].join('\n'),
    );
  });

  it('keeps raw strings, number spellings, wildcards, every and with', () => {
    const source =
      'package p\nq if { every k, v in {"a": 1.50} { startswith(k, `raw\\`) } ; x := input[_] with input as [1e3] }\n';
    expect(format(source)).toBe(
      'package p\n\nq if {\n\tevery k, v in {"a": 1.50} { startswith(k, `raw\\`) }\n\tx := input[_] with input as [1e3]\n}\n',
    );
  });
});

/** OPA's conformance corpus (read in place, never committed) and its YAML parser. */
const CORPUS = fileURLToPath(new URL('../../../../../shared/opa-conformance/v1', import.meta.url));

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return name.endsWith('.yaml') ? [path] : [];
  });
}

describe('round trip over OPA’s conformance modules', () => {
  it.skipIf(!existsSync(CORPUS))('formats every module that parses to the same AST, stably', () => {
    const failures: string[] = [];
    let formatted = 0;
    for (const file of yamlFiles(CORPUS)) {
      const doc = parse(readFileSync(file, 'utf8'), { intAsBigInt: true }) as {
        cases?: { note?: string; modules?: string[] }[];
      } | null;
      for (const testCase of doc?.cases ?? []) {
        for (const source of testCase.modules ?? []) {
          let once: string;
          try {
            once = format(source);
          } catch (error) {
            // Modules that do not parse are the parser's concern; formatter errors are ours.
            if (String(error).includes('internal formatter error')) {
              failures.push(`${testCase.note}: ${String(error)}`);
            }
            continue;
          }
          formatted++;
          if (format(once) !== once) failures.push(`${testCase.note}: not stable`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(formatted).toBeGreaterThan(1000);
  });
});

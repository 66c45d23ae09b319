import { describe, expect, it } from 'vitest';
import { extractResources } from './extract-resources.js';
import type { Resource } from './resource.js';

const cwd = '/workspace';
const urlFlags = {
  port: null,
  ip: false,
  private: false,
  loopback: false,
  link_local: false,
  metadata: false,
};

describe('extractResources', () => {
  it('reads the contract example', () => {
    expect(
      extractResources({
        toolName: 'fs.write',
        args: { path: '/workspace/../etc/passwd', content: '...' },
        cwd,
      }),
    ).toEqual([{ type: 'file', path: '/etc/passwd', op: 'write' }]);
  });

  it.each([
    ['fs.read', 'read'],
    ['readFile', 'read'],
    ['list_dir', 'read'],
    ['fs.write', 'write'],
    ['move_file', 'write'],
    ['createFile', 'write'],
    ['read_and_delete', 'write'],
    ['fs.stat_target', 'read'],
    ['inspect', 'access'],
  ])('infers op %s → %s', (toolName, op) => {
    expect(extractResources({ toolName, args: { file: 'a.txt' }, cwd })).toEqual([
      { type: 'file', path: '/workspace/a.txt', op },
    ]);
  });

  it('treats dest as a write and reads nested arrays of paths', () => {
    expect(
      extractResources({
        toolName: 'fs.transfer',
        args: { src: '/workspace/a', dest: '/tmp/b', paths: ['/workspace/c', ['d', 7]] },
        cwd,
      }),
    ).toEqual([
      { type: 'file', path: '/workspace/c', op: 'access' },
      { type: 'file', path: '/workspace/d', op: 'access' },
      { type: 'invalid', arg: 'paths[1][1]', reason: 'not_a_string' },
      { type: 'file', path: '/workspace/a', op: 'access' },
      { type: 'file', path: '/tmp/b', op: 'write' },
    ]);
  });

  it('turns values that cannot be canonicalised into invalid resources', () => {
    expect(
      extractResources({
        toolName: 'fs.read',
        args: { path: '/etc/passwd%00.txt', file: { nested: true }, url: 'not a url', cmd: 5 },
      }),
    ).toEqual([
      { type: 'invalid', arg: 'path', reason: 'control_character' },
      { type: 'invalid', arg: 'file', reason: 'not_a_string' },
      { type: 'invalid', arg: 'url', reason: 'control_character' },
      { type: 'invalid', arg: 'cmd', reason: 'not_a_command' },
    ]);
    expect(extractResources({ toolName: 'fs.read', args: { path: 'rel' } })).toEqual([
      { type: 'invalid', arg: 'path', reason: 'relative_without_cwd' },
    ]);
  });

  it('reads URLs with op fetch', () => {
    expect(
      extractResources({
        toolName: 'http.fetch',
        args: { url: 'HTTPS://user@API.example.com./x' },
      }),
    ).toEqual([
      {
        type: 'url',
        url: 'https://api.example.com/x',
        scheme: 'https',
        host: 'api.example.com',
        path: '/x',
        op: 'fetch',
        ...urlFlags,
      },
    ]);
  });

  it('reads commands, with an argument list or as argv', () => {
    const command = {
      type: 'command',
      shell_expansion: false,
      wrapper: false,
      wrapped_program: null,
    };
    expect(extractResources({ toolName: 'shell.exec', args: { command: 'git log' } })).toEqual([
      { ...command, argv: ['git', 'log'], program: 'git', shell_metacharacters: false },
    ]);
    expect(
      extractResources({ toolName: 'shell.exec', args: { cmd: 'git', args: ['log', '; id'] } }),
    ).toEqual([
      { ...command, argv: ['git', 'log', '; id'], program: 'git', shell_metacharacters: true },
    ]);
    expect(
      extractResources({ toolName: 'shell.exec', args: { command: ['git', 'log', '; id'] } }),
    ).toEqual([
      { ...command, argv: ['git', 'log', '; id'], program: 'git', shell_metacharacters: false },
    ]);
    expect(extractResources({ toolName: 'shell.exec', args: { argv: ['/bin/ls'] } })).toEqual([
      { ...command, argv: ['/bin/ls'], program: 'ls', shell_metacharacters: false },
    ]);
    expect(extractResources({ toolName: 'x', args: { args: ['rm'] } })).toEqual([]);
  });

  it('canonicalises what application extractors return and survives their failures', () => {
    const declared = (): Resource[] => [
      { type: 'file', path: '/workspace/./../etc/shadow', op: 'read' },
      { type: 'url', url: 'http://0x7f000001/' } as unknown as Resource,
      { type: 'bogus' } as unknown as Resource,
    ];
    const broken = (): Resource[] => {
      throw new Error('boom');
    };
    expect(
      extractResources({ toolName: 'custom', args: { q: 1 }, extractors: [declared, broken] }),
    ).toEqual([
      { type: 'file', path: '/etc/shadow', op: 'read' },
      {
        type: 'url',
        url: 'http://127.0.0.1/',
        scheme: 'http',
        host: '127.0.0.1',
        path: '/',
        op: 'fetch',
        ...urlFlags,
        ip: true,
        private: true,
        loopback: true,
      },
      { type: 'invalid', arg: 'extractor[0][2]', reason: 'unknown_resource_type' },
      { type: 'invalid', arg: 'extractor[1]', reason: 'extractor_failed' },
    ]);
  });

  it('keeps built-ins on top of extractors and removes duplicates', () => {
    const declared = (args: Readonly<Record<string, unknown>>): Resource[] => [
      { type: 'file', path: String(args.path), op: 'read' },
    ];
    expect(
      extractResources({ toolName: 'fs.read', args: { path: '/w/a' }, extractors: [declared] }),
    ).toEqual([{ type: 'file', path: '/w/a', op: 'read' }]);
  });
});

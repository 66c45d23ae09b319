import { describe, expect, it } from 'vitest';
import { fromJson, RegoObject, RegoSet } from '../value.js';
import { builtinHarness } from './__fixtures__/builtin-harness.js';
import { register } from './strings.js';

const { call, errorOf: failure } = builtinHarness([register]);

describe('concat', () => {
  it('joins arrays and sets', () => {
    expect(call('concat', '/', ['', 'foo', 'bar', '0', 'baz'])).toBe('/foo/bar/0/baz');
    expect(call('concat', ',', new RegoSet(['2', '1', '3']))).toBe('1,2,3');
    expect(call('concat', ',', [])).toBe('');
  });
  it('rejects non-string elements with OPA wording', () => {
    expect(failure('concat', ',', ['a', 1])).toEqual({
      code: 'eval_type_error',
      message: 'concat: operand 2 must be array of strings but got array containing number',
    });
    expect(failure('concat', ',', 1).message).toBe(
      'concat: operand 2 must be one of {set, array} but got number',
    );
  });
});

describe('indexof, indexof_n, substring and strings.count count code points', () => {
  it('indexof', () => {
    expect(call('indexof', 'abcdefgh', 'cde')).toBe(2);
    expect(call('indexof', 'abcabcabcdefgh', 'cde')).toBe(8);
    expect(call('indexof', 'abcdefgh', 'xyz')).toBe(-1);
    expect(call('indexof', '🍧🍨🧁🍰🍮', '🍮')).toBe(4);
    expect(failure('indexof', 'abc', '')).toEqual({
      code: 'eval_builtin_error',
      message: 'indexof: empty search character',
    });
  });
  it('indexof_n', () => {
    expect(call('indexof_n', 'dogcatdogcat', 'cat')).toEqual([3, 9]);
    expect(call('indexof_n', 'dogcat', 'rabbit')).toEqual([]);
    expect(call('indexof_n', '😇😀😇😀😇😀', '😀')).toEqual([1, 3, 5]);
  });
  it('substring', () => {
    expect(call('substring', 'abcdefgh', 2, 3)).toBe('cde');
    expect(call('substring', 'åäö', 0, 2)).toBe('åä');
    expect(call('substring', 'abcdefghåäö', 2, 10000)).toBe('cdefghåäö');
    expect(call('substring', 'åäö', 3, -1)).toBe('');
    expect(call('substring', 'åäö', 4, -1)).toBe('');
    expect(failure('substring', 'aaa', -1, -1)).toEqual({
      code: 'eval_builtin_error',
      message: 'substring: negative offset',
    });
    expect(failure('substring', 'aaa', 1.5, 1).message).toBe(
      'substring: operand 2 must be integer number but got floating-point number',
    );
  });
  it('strings.count', () => {
    expect(call('strings.count', 'dummy', 'x')).toBe(0);
    expect(call('strings.count', 'dummy', '')).toBe(6);
    expect(call('strings.count', '', '')).toBe(1);
    expect(call('strings.count', '11111', '11')).toBe(2);
    expect(call('strings.count', 'åäö', '')).toBe(4);
  });
});

describe('format_int', () => {
  it('truncates and formats in the base', () => {
    expect(call('format_int', 15.5, 16)).toBe('f');
    expect(call('format_int', 3.1, 10)).toBe('3');
    expect(call('format_int', -15.5, 2)).toBe('-1111');
    expect(call('format_int', 18446744073709551617n, 16)).toBe('10000000000000001');
  });
  it('rejects other bases', () => {
    expect(failure('format_int', 4.1, 199)).toEqual({
      code: 'eval_type_error',
      message: 'format_int: operand 2 must be one of {2, 8, 10, 16}',
    });
  });
});

describe('split, replace, strings.replace_n', () => {
  it('split', () => {
    expect(call('split', '', '.')).toEqual(['']);
    expect(call('split', 'test', '')).toEqual(['t', 'e', 's', 't']);
    expect(call('split', 'foo.bar.baz', '.')).toEqual(['foo', 'bar', 'baz']);
  });
  it('strings.split_n', () => {
    expect(call('strings.split_n', 'a.b.c.d', '.', 2)).toEqual(['a', 'b']);
    expect(call('strings.split_n', 'a.b.c.d', '.', 0)).toEqual([]);
    expect(call('strings.split_n', 'a.b.c.d', '.', -2)).toEqual(['c', 'd']);
    expect(call('strings.split_n', 'a.b.c.d', '.', -10)).toEqual(['a', 'b', 'c', 'd']);
    expect(call('strings.split_n', 'abc', '', 2)).toEqual(['a', 'b']);
    expect(failure('strings.split_n', 'a.b.c', '.', 1.5).message).toBe(
      'strings.split_n: operand 3 must be integer number but got floating-point number',
    );
  });
  it('replace', () => {
    expect(call('replace', '', 'hi', 'bye')).toBe('');
    expect(call('replace', 'foo.bar.baz', '.', ',')).toBe('foo,bar,baz');
    expect(call('replace', 'foo...bar', '..', ',,')).toBe('foo,,.bar');
    expect(call('replace', 'ab', '', '-')).toBe('-a-b-');
  });
  it('strings.replace_n', () => {
    const patterns = new RegoObject([
      ['<', '&lt;'],
      ['>', '&gt;'],
    ]);
    expect(call('strings.replace_n', patterns, 'This is <b>HTML</b>!')).toBe(
      'This is &lt;b&gt;HTML&lt;/b&gt;!',
    );
    const overlapping = new RegoObject([
      ['foo', 'xxx'],
      ['f', 'x'],
    ]);
    expect(call('strings.replace_n', overlapping, 'foobar')).toBe('xoobar');
    expect(failure('strings.replace_n', new RegoObject([[2, 'x']]), 'foo')).toEqual({
      code: 'eval_type_error',
      message: 'strings.replace_n: operand 1 non-string key found in pattern object',
    });
    expect(failure('strings.replace_n', fromJson({ f: 100 }), 'foo').message).toBe(
      'strings.replace_n: operand 1 non-string value found in pattern object',
    );
    expect(failure('strings.replace_n', fromJson({ foo: 'baz' }), 100).message).toBe(
      'strings.replace_n: operand 2 must be string but got number',
    );
  });
});

describe('trim family', () => {
  it('trims cutsets by code point', () => {
    expect(call('trim', '¡¡¡foo, bar!!!', '!¡')).toBe('foo, bar');
    expect(call('trim', '...foo.bar...', '.fr')).toBe('oo.ba');
    expect(call('trim_left', '¡¡¡foo, bar!!!', '!¡')).toBe('foo, bar!!!');
    expect(call('trim_right', '¡¡¡foo, bar!!!', '!¡')).toBe('¡¡¡foo, bar');
    expect(call('trim_prefix', '¡¡¡foo, bar!!!', '¡¡¡foo')).toBe(', bar!!!');
    expect(call('trim_suffix', '¡¡¡foo, bar!!!', ', bar!!!')).toBe('¡¡¡foo');
    expect(call('trim_suffix', '¡¡¡foo, bar!!!', ', foo!!!')).toBe('¡¡¡foo, bar!!!');
    expect(call('trim_space', ' \t\n foo, bar \n\t\r\n')).toBe('foo, bar');
    expect(call('trim_space', '\ufefffoo')).toBe('\ufefffoo');
  });
});

describe('case, predicates and reverse', () => {
  it('maps case and tests affixes', () => {
    expect(call('lower', 'AbCdEf')).toBe('abcdef');
    expect(call('upper', 'AbCdEf')).toBe('ABCDEF');
    expect(call('contains', 'abcdefgh', 'defg')).toBe(true);
    expect(call('startswith', 'abcdefgh', 'bcd')).toBe(false);
    expect(call('endswith', 'abcdefgh', 'fgh')).toBe(true);
  });
  it('strings.reverse reverses code points', () => {
    expect(call('strings.reverse', 'bar')).toBe('rab');
    expect(call('strings.reverse', '2️⃣')).toBe('⃣️2');
    expect(failure('strings.reverse', 123)).toEqual({
      code: 'eval_type_error',
      message: 'strings.reverse: operand 1 must be string but got number',
    });
  });
});

describe('strings.any_prefix_match and strings.any_suffix_match', () => {
  const strs = ['a/b/c', 'a/b/d', 'e/f/g'];
  it('matches strings, arrays and sets', () => {
    expect(call('strings.any_prefix_match', strs, ['f/', 'e/'])).toBe(true);
    expect(call('strings.any_prefix_match', 'a/b/c', 'b')).toBe(false);
    expect(call('strings.any_suffix_match', new RegoSet(strs), new RegoSet(['/c', '/a']))).toBe(
      true,
    );
    expect(call('strings.any_suffix_match', [], ['a/b'])).toBe(false);
  });
  it('reports operand errors in OPA order', () => {
    expect(failure('strings.any_prefix_match', [1, 2], ['f/']).message).toBe(
      'strings.any_prefix_match: operand 1 must be array of strings but got array containing number',
    );
    expect(failure('strings.any_suffix_match', strs, 1).message).toBe(
      'strings.any_suffix_match: operand 2 must be one of {string, set, array} but got number',
    );
  });
});

describe('strings.render_template', () => {
  it('renders fields, ranges and conditionals', () => {
    expect(call('strings.render_template', '{{.test}}', fromJson({ test: 'hello world' }))).toBe(
      'hello world',
    );
    expect(call('strings.render_template', '{{.test}}', fromJson({ test: 2023 }))).toBe('2023');
    const names = fromJson({ hellonames: ['rohan', 'john doe'] });
    expect(
      call(
        'strings.render_template',
        '{{range $i, $name := .hellonames}}{{if $i}},{{end}}hello {{$name}}{{end}}',
        names,
      ),
    ).toBe('hello rohan,hello john doe');
  });
  it('renders missing keys as <undefined>', () => {
    expect(
      call('strings.render_template', 'test {{.foo}} {{.bar}} {{.baz}}', fromJson({ baz: 1 })),
    ).toBe('test <undefined> <undefined> 1');
  });
});

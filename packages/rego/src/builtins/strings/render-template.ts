import { isNumber, RegoObject, RegoSet, type Value } from '../../value.js';

/**
 * A small interpreter for the subset of Go's text/template that `strings.render_template`
 * policies use: `{{.field.path}}`, `{{$var}}`, `{{if}}`/`{{else}}`, `{{range [$i,] $v := ...}}`
 * and `{{end}}`, with `{{-`/`-}}` trimming. Missing values render as `<undefined>`, as in OPA.
 */

/** The outcome of rendering: the text, or an error message. */
export type RenderResult = { ok: true; value: string } | { ok: false; error: string };

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'print'; expr: string }
  | { kind: 'if'; expr: string; body: Node[]; otherwise: Node[] }
  | { kind: 'range'; expr: string; key?: string; value?: string; body: Node[]; otherwise: Node[] };

type Token = string | { action: string };

type Scope = { dot: Value | undefined; vars: Map<string, Value | undefined> };

const undefinedText = '<undefined>';

function tokenize(template: string): Token[] {
  const tokens: Token[] = [];
  let rest = template;
  while (rest.length > 0) {
    const open = rest.indexOf('{{');
    if (open === -1) {
      tokens.push(rest);
      break;
    }
    let text = rest.slice(0, open);
    const close = rest.indexOf('}}', open + 2);
    if (close === -1) throw new Error('unclosed action');
    let action = rest.slice(open + 2, close);
    rest = rest.slice(close + 2);
    if (action.startsWith('- ')) {
      text = text.trimEnd();
      action = action.slice(2);
    }
    if (action.endsWith(' -')) {
      action = action.slice(0, -2);
      rest = rest.trimStart();
    }
    tokens.push(text, { action: action.trim() });
  }
  return tokens;
}

function parse(tokens: Token[], at: { i: number }, stops: string[]): [Node[], string] {
  const nodes: Node[] = [];
  while (at.i < tokens.length) {
    const token = tokens[at.i++] as Token;
    if (typeof token === 'string') {
      if (token !== '') nodes.push({ kind: 'text', text: token });
      continue;
    }
    const { action } = token;
    if (action.startsWith('/*')) continue;
    const word = action.split(/\s+/)[0] ?? '';
    if (stops.includes(word)) return [nodes, action];
    if (word === 'if' || word === 'range') {
      nodes.push(parseBlock(word, action.slice(word.length).trim(), tokens, at));
      continue;
    }
    nodes.push({ kind: 'print', expr: action });
  }
  if (stops.length > 0) throw new Error(`unexpected EOF`);
  return [nodes, ''];
}

function parseBlock(word: string, expr: string, tokens: Token[], at: { i: number }): Node {
  const [body, stop] = parse(tokens, at, ['else', 'end']);
  let otherwise: Node[] = [];
  // `else if` shares the closing `end` of the chain, so the nested block consumes it.
  if (stop.startsWith('else if ')) otherwise = [parseBlock('if', stop.slice(8).trim(), tokens, at)];
  else if (stop === 'else') [otherwise] = parse(tokens, at, ['end']);
  if (word === 'if') return { kind: 'if', expr, body, otherwise };
  return { kind: 'range', ...rangeHeader(expr), body, otherwise };
}

function rangeHeader(expr: string): { expr: string; key?: string; value?: string } {
  const match = /^(\$\w*)\s*(?:,\s*(\$\w*)\s*)?:=\s*(.*)$/.exec(expr);
  if (!match) return { expr };
  const [, first, second, rest] = match as unknown as [string, string, string | undefined, string];
  return second === undefined
    ? { expr: rest, value: first }
    : { expr: rest, key: first, value: second };
}

function member(value: Value | undefined, key: string): Value | undefined {
  return value instanceof RegoObject ? value.get(key) : undefined;
}

function evaluate(expr: string, scope: Scope): Value | undefined {
  const text = expr.trim();
  if (text.startsWith('"') && text.endsWith('"')) return JSON.parse(text) as string;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  const [head = '', ...path] = text.split('.');
  let value: Value | undefined = head === '' ? scope.dot : scope.vars.get(head);
  if (head !== '' && !scope.vars.has(head)) throw new Error(`undefined variable "${head}"`);
  for (const key of path) if (key !== '') value = member(value, key);
  return value;
}

function isTruthy(value: Value | undefined): boolean {
  if (value === undefined || value === null || value === false || value === '') return false;
  if (isNumber(value)) return Number(value) !== 0;
  if (Array.isArray(value)) return value.length > 0;
  if (value instanceof RegoSet || value instanceof RegoObject) return value.size > 0;
  return true;
}

function show(value: Value | undefined): string {
  if (value === undefined) return undefinedText;
  if (value === null) return '<nil>';
  if (Array.isArray(value)) return `[${value.map(show).join(' ')}]`;
  if (value instanceof RegoSet) return `[${value.values().map(show).join(' ')}]`;
  if (value instanceof RegoObject) {
    return `map[${value
      .entries()
      .map(([k, v]) => `${show(k)}:${show(v)}`)
      .join(' ')}]`;
  }
  return String(value);
}

function execute(nodes: readonly Node[], scope: Scope): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'print') out += show(evaluate(node.expr, scope));
    else if (node.kind === 'if') {
      out += execute(isTruthy(evaluate(node.expr, scope)) ? node.body : node.otherwise, scope);
    } else {
      const target = evaluate(node.expr, scope);
      const entries: (readonly [Value, Value])[] = Array.isArray(target)
        ? target.map((v, i) => [i, v] as const)
        : target instanceof RegoSet
          ? target.values().map((v, i) => [i, v] as const)
          : target instanceof RegoObject
            ? [...target.entries()]
            : [];
      if (entries.length === 0) out += execute(node.otherwise, scope);
      for (const [key, value] of entries) {
        const vars = new Map(scope.vars);
        if (node.key !== undefined) vars.set(node.key, key);
        if (node.value !== undefined) vars.set(node.value, value);
        out += execute(node.body, { dot: value, vars });
      }
    }
  }
  return out;
}

/** Renders `template` with `variables` as the dot value. */
export function renderTemplate(template: string, variables: RegoObject): RenderResult {
  try {
    const [nodes] = parse(tokenize(template), { i: 0 }, []);
    const vars = new Map<string, Value | undefined>([['$', variables]]);
    return { ok: true, value: execute(nodes, { dot: variables, vars }) };
  } catch (error) {
    return { ok: false, error: `template: ${(error as Error).message}` };
  }
}

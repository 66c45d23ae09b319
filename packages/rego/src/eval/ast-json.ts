import type { Body, Expr, Module, Rule, Term } from '../ast.js';
import { fromJson, type Value } from '../value.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function scalarJson(value: null | boolean | number | bigint | string): Json {
  if (value === null) return { type: 'null' };
  if (typeof value === 'bigint') return { type: 'number', value: Number(value) };
  return { type: typeof value, value };
}

function termJson(term: Term): Json {
  switch (term.type) {
    case 'scalar':
      return scalarJson(term.value);
    case 'var':
      return { type: 'var', value: term.name };
    case 'ref':
      return { type: 'ref', value: [termJson(term.head), ...term.path.map(termJson)] };
    case 'array':
      return { type: 'array', value: term.items.map(termJson) };
    case 'set':
      return { type: 'set', value: term.items.map(termJson) };
    case 'object':
      return { type: 'object', value: term.entries.map(([k, v]) => [termJson(k), termJson(v)]) };
    case 'call':
      return { type: 'call', value: [termJson(term.operator), ...term.args.map(termJson)] };
    case 'array-comprehension':
      return {
        type: 'arraycomprehension',
        value: { term: termJson(term.term), body: bodyJson(term.body) },
      };
    case 'set-comprehension':
      return {
        type: 'setcomprehension',
        value: { term: termJson(term.term), body: bodyJson(term.body) },
      };
    case 'object-comprehension':
      return {
        type: 'objectcomprehension',
        value: { key: termJson(term.key), value: termJson(term.value), body: bodyJson(term.body) },
      };
    case 'template-string':
      return {
        type: 'templatestring',
        value: term.parts.map((p) => (typeof p === 'string' ? scalarJson(p) : termJson(p))),
      };
  }
}

function exprJson(expr: Expr, index: number): Json {
  const out: { [key: string]: Json } = { index };
  if (expr.negated) out.negated = true;
  if (expr.with.length > 0) {
    out.with = expr.with.map((w) => ({ target: termJson(w.target), value: termJson(w.value) }));
  }
  switch (expr.type) {
    case 'term':
      out.terms =
        expr.term.type === 'call'
          ? [termJson(expr.term.operator), ...expr.term.args.map(termJson)]
          : termJson(expr.term);
      break;
    case 'some-decl':
      out.terms = {
        type: 'call',
        value: [
          { type: 'ref', value: [{ type: 'var', value: 'some' }] },
          ...expr.vars.map(termJson),
        ],
      };
      break;
    case 'some-in':
      out.terms = {
        type: 'call',
        value: [
          { type: 'ref', value: [{ type: 'var', value: 'some' }] },
          termJson(expr.collection),
        ],
      };
      break;
    case 'every':
      out.terms = {
        type: 'every',
        value: { domain: termJson(expr.domain), body: bodyJson(expr.body) },
      };
      break;
    case 'logic':
      out.terms = { type: expr.operator, value: expr.operands.map(bodyJson) };
      break;
  }
  return out;
}

function bodyJson(body: Body): Json {
  return body.map(exprJson);
}

function ruleJson(rule: Rule): Json {
  const head: { [key: string]: Json } = { ref: rule.head.ref.map(termJson) };
  const first = rule.head.ref[0];
  if (first?.type === 'var' && rule.head.ref.length === 1) head.name = first.name;
  if (rule.head.args) head.args = rule.head.args.map(termJson);
  if (rule.head.key) head.key = termJson(rule.head.key);
  if (rule.head.value) head.value = termJson(rule.head.value);
  if (rule.head.assign) head.assign = true;
  const out: { [key: string]: Json } = { head, body: bodyJson(rule.body) };
  if (rule.isDefault) out.default = true;
  return out;
}

/** A module as OPA's JSON AST (`rego.parse_module`): package, imports and rules. @internal */
export function moduleToValue(module: Module): Value {
  const json: Json = {
    package: {
      path: [{ type: 'var', value: 'data' }, ...module.package.map((p) => scalarJson(p))],
    },
    imports: module.imports.map((i) => {
      const imp: { [key: string]: Json } = { path: termJson(i.path) };
      if (i.alias !== undefined) imp.alias = i.alias;
      return imp;
    }),
    rules: module.rules.map(ruleJson),
  };
  return fromJson(json);
}

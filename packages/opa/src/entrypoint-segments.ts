import { PolicyEvaluationError } from '@kitelogik/core';

const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;

function fail(query: string): never {
  throw new PolicyEvaluationError({ message: `entrypoint ${query} is not a reference into data` });
}

/**
 * The path segments of an entrypoint: `data.kitelogik.main.decision`, `data["kitelogik"].main`
 * and `kitelogik/main/decision` all give `['kitelogik', 'main', 'decision']`; `data` alone gives
 * `[]` (the whole document). OPA names Wasm entrypoints and Data API paths by these segments.
 *
 * @throws PolicyEvaluationError on a reference that is not a plain path into `data`.
 */
export function entrypointSegments(query: string): string[] {
  const text = query.trim();
  if (!/^data(?![A-Za-z0-9_/])/.test(text)) {
    if (text.includes('.') || text.includes('[')) fail(query);
    return text.split('/').filter((segment) => segment !== '');
  }
  const segments: string[] = [];
  let rest = text.slice(4);
  while (rest !== '') {
    const dotted = /^\.([^.[]+)/.exec(rest);
    const bracketed = /^\["((?:[^"\\]|\\.)*)"\]/.exec(rest);
    if (dotted?.[1] !== undefined && identifier.test(dotted[1])) {
      segments.push(dotted[1]);
      rest = rest.slice(dotted[0].length);
    } else if (bracketed?.[1] !== undefined) {
      segments.push(JSON.parse(`"${bracketed[1]}"`) as string);
      rest = rest.slice(bracketed[0].length);
    } else {
      fail(query);
    }
  }
  return segments;
}

import type { CComprehensionTerm } from '../compile/plan.js';
import { RegoError } from '../errors.js';
import { RegoObject, RegoSet, type Value, valuesEqual } from '../value.js';
import { evalBody } from './body.js';
import type { Frame } from './context.js';
import { evalTerm } from './terms.js';

/** The value of an array, set or object comprehension. @internal */
export function evalComprehension(term: CComprehensionTerm, f: Frame): Value {
  switch (term.kind) {
    case 'array': {
      const out: Value[] = [];
      evalBody(term.body, f, () =>
        evalTerm(term.head, f, (v) => {
          out.push(v);
          return false;
        }),
      );
      return out;
    }
    case 'set': {
      const out = new RegoSet();
      evalBody(term.body, f, () =>
        evalTerm(term.head, f, (v) => {
          out.add(v);
          return false;
        }),
      );
      return out;
    }
    case 'object': {
      const out = new RegoObject();
      const valueTerm = term.value;
      evalBody(term.body, f, () =>
        evalTerm(term.head, f, (key) =>
          valueTerm === undefined
            ? false
            : evalTerm(valueTerm, f, (value) => {
                const existing = out.get(key);
                if (existing !== undefined && !valuesEqual(existing, value)) {
                  throw new RegoError({
                    code: 'eval_conflict_error',
                    message: 'object keys must be unique',
                  });
                }
                out.set(key, value);
                return false;
              }),
        ),
      );
      return out;
    }
  }
}

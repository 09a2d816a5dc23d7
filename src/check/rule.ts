import type { Diagnostic } from '../diagnostic.js';
import type { Policy } from '../model/types.js';

/** What every rule sees: both editions of the compiled policy. */
export interface CheckInput {
  internal: Policy;
  public: Policy;
}

/** One check: an id (printed with each diagnostic) and a pure function over the model. */
export interface Rule {
  id: string;
  run(input: CheckInput): Diagnostic[];
}

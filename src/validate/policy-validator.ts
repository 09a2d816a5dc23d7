import { readFileSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import { assetPath } from '../assets.js';

export type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

let compiled: Validator | undefined;

/**
 * The manifest schema's validator, compiled by ajv on first use. The CLI bundle replaces this
 * module with the one scripts/compile-schema.mjs generates ahead of time, sparing every start
 * ajv's code generation (≈200 ms). Both compile with strictNumbers: NaN and Infinity (YAML's .nan,
 * .inf, or 1e309) are not numbers a manifest can mean.
 */
export function policyValidator(): Validator {
  const schema = () => JSON.parse(readFileSync(assetPath('schema/policy.schema.json'), 'utf8')) as object;
  return (compiled ??= new Ajv2020.default({ allErrors: true, strict: false, strictNumbers: true }).compile(schema()));
}

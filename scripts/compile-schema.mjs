// Build step: compile schema/policy.schema.json into a standalone validator module in lib/, so the
// CLI does not generate and compile validation code on every start (≈200 ms). strictNumbers: a
// number must be finite (YAML's .inf / .nan and 1e309 are numbers to JavaScript), as in
// src/validate/policy-validator.ts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schema = JSON.parse(readFileSync(join(root, 'schema', 'policy.schema.json'), 'utf8'));
const ajv = new Ajv2020.default({ allErrors: true, strict: false, strictNumbers: true, code: { source: true, esm: true } });
const code = standaloneCode.default(ajv, ajv.compile(schema));
const out = join(root, 'lib', 'validate', 'policy-validator.generated.js');
mkdirSync(dirname(out), { recursive: true });
// ajv's ESM output still require()s its runtime helpers; give the module a require of its own.
writeFileSync(out, `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n${code}\nexport const policyValidator = () => validate20;\n`);

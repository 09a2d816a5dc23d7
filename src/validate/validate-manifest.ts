import type { ErrorObject } from 'ajv';
import { diagnostic, type Diagnostic } from '../diagnostic.js';
import type { Manifest } from './manifest.js';
import type { ParsedManifest } from './parse-manifest.js';
import { schemaMessage } from './schema-message.js';
import { policyValidator } from './policy-validator.js';

function toPath(pointer: string): Array<string | number> {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * oneOf failures make ajv report every branch. Keep the branch that matches the value's type (the
 * one the author meant); drop branches that failed on `type` at the oneOf's own place.
 */
function pruneOneOf(errors: ErrorObject[]): ErrorObject[] {
  const rejectedBranches = new Set<string>();
  for (const e of errors) {
    const m = /^(.*\/oneOf\/\d+)\/type$/.exec(e.schemaPath);
    if (m && e.keyword === 'type') rejectedBranches.add(m[1] + '|' + e.instancePath);
  }
  const kept = errors.filter((e) => {
    if (e.keyword === 'oneOf') return false;
    for (const branch of rejectedBranches) {
      const [schemaPrefix, instancePath] = branch.split('|');
      if (e.schemaPath.startsWith(schemaPrefix + '/') && e.instancePath.startsWith(instancePath)) return false;
    }
    return true;
  });
  const oneOfs = errors.filter((e) => e.keyword === 'oneOf' && !kept.some((k) => k.instancePath.startsWith(e.instancePath)));
  return [...kept, ...oneOfs];
}

function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

export interface ValidatedManifest {
  manifest?: Manifest;
  diagnostics: Diagnostic[];
}

/** Schema validation with every error mapped back to the YAML/JSON line:column of its value. */
export function validateManifest(parsed: ParsedManifest): ValidatedManifest {
  if (parsed.data === undefined || parsed.data === null) return { diagnostics: [] };
  const validator = policyValidator();
  if (validator(parsed.data)) return { manifest: parsed.data as unknown as Manifest, diagnostics: [] };
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const error of pruneOneOf(validator.errors ?? [])) {
    const owner = toPath(error.instancePath);
    let path = owner;
    let key = false;
    if (error.keyword === 'additionalProperties') {
      path = [...path, String((error.params as { additionalProperty: string }).additionalProperty)];
      key = true;
    } else if (error.keyword === 'propertyNames') {
      path = [...path, String((error.params as { propertyName: string }).propertyName)];
      key = true;
    }
    const message = schemaMessage(error, owner, valueAt(parsed.data, owner));
    const place = parsed.placeOf(path, { key });
    const id = `${place.line}:${place.column}:${message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    diagnostics.push(diagnostic(place, 'error', `manifest-schema`, message));
  }
  return { diagnostics };
}

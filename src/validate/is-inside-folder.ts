import { isAbsolute, normalize, sep } from 'node:path';

/** A manifest path stays inside the policy folder: no absolute paths, no climbing out with `..`. */
export function isInsideFolder(rel: string): boolean {
  const n = normalize(rel);
  return !isAbsolute(n) && n !== '..' && !n.startsWith(`..${sep}`) && !n.startsWith('../');
}

import { normalize } from 'node:path';

/**
 * The steps of a path relative to a policy folder, `a/../b` made `b` as join() will make it when
 * the file is read; undefined when it climbs out of the folder.
 */
export function stepsOf(rel: string): string[] | undefined {
  const steps = normalize(rel).split(/[\\/]+/).filter((step) => step !== '' && step !== '.');
  return steps[0] === '..' ? undefined : steps;
}

import { UsageError } from './usage-error.js';

/** SOURCE_DATE_EPOCH as a date when it is set: it stands for "now" (reproducible-builds.org). */
export function sourceDateEpoch(env: Record<string, string | undefined>): Date | undefined {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined) return undefined;
  if (!/^\d+$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH は秒数（整数）で指定してください（指定: ${epoch}）。`);
  return new Date(Number(epoch) * 1000);
}

/**
 * Resolves with the signal's name at the first Ctrl-C (SIGINT) or SIGTERM, so the caller can
 * finish its work and close; a second one ends the process at once, should that work hang.
 */
export function untilStopped(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      process.once('SIGINT', () => process.exit(130));
      process.once('SIGTERM', () => process.exit(143));
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

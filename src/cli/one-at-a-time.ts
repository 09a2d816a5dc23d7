export interface Serialized {
  /** Run the task; while it runs, schedule one more run after it (several calls make one). */
  run(): Promise<void>;
  /** Settles when no run is in progress or pending. */
  idle(): Promise<void>;
}

/** A task that runs one at a time, as rebuilds on save do. */
export function oneAtATime(task: () => Promise<void>): Serialized {
  let running: Promise<void> | undefined;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await task();
      } while (again);
    })();
    try {
      await running;
    } finally {
      running = undefined;
    }
  };
  return { run, idle: async () => void (await running?.catch(() => undefined)) };
}

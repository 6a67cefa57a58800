/**
 * Waiting for states, not durations, in the change-watch tests. Importing this registers an
 * afterEach that clears every poll and stops every watch pushed onto `stops`, so a failing test
 * leaves nothing running behind it.
 */
const polls = new Set<ReturnType<typeof setInterval>>();
export const stops: (() => void)[] = [];
afterEach(() => {
  for (const t of polls) clearInterval(t);
  polls.clear();
  for (const s of stops.splice(0)) s();
});

/** Resolves once `cond` holds. */
export const until = (cond: () => boolean) =>
  new Promise<void>((resolve) => {
    const t = setInterval(() => {
      if (cond()) {
        clearInterval(t);
        polls.delete(t);
        resolve();
      }
    }, 5);
    polls.add(t);
  });

/** Lets `n` macrotasks run (timers queued before them included). */
export const ticks = async (n = 3) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
};

/**
 * Cooperative slicing of long synchronous work (issue 14): the WPS object model is synchronous, so
 * reading 200,000 paragraphs one call at a time would be one task that freezes the pane. Long loops
 * ask `due()` after each step and, when it says so, `await pause()`: a macrotask boundary where the
 * browser paints and handles input. Pure TS: no DOM, no Office, no WPS.
 *
 * A slice ends by elapsed time (budgetMs, performance.now) — what the user feels — or after a fixed
 * number of steps (`every`). Tests pass `every` with an infinite budget, so where the pauses fall
 * never depends on how fast the machine is.
 */

/** Time per slice by default: well under a frame budget of interaction (the pane paints between slices). */
export const SLICE_BUDGET_MS = 40;

export interface SliceOptions {
  /** Milliseconds of work per slice (default SLICE_BUDGET_MS; Infinity: never by time). */
  budgetMs?: number;
  /** Also end a slice after this many steps (default: no limit). */
  every?: number;
}

const clock: () => number =
  typeof performance !== "undefined" && typeof performance.now === "function" ? () => performance.now() : () => Date.now();

type Resolve = () => void;
let channel: { post(): void; queue: Resolve[] } | null | undefined;

/**
 * A MessageChannel message is a new task without the 4 ms clamp browsers put on nested
 * setTimeout(0); where there is none (or it cannot be created), setTimeout(0).
 */
function messageChannel(): { post(): void; queue: Resolve[] } | null {
  if (channel !== undefined) return channel;
  channel = null;
  try {
    const MC = (globalThis as { MessageChannel?: typeof MessageChannel }).MessageChannel;
    if (typeof MC === "function" && typeof (globalThis as { window?: unknown }).window !== "undefined") {
      const mc = new MC();
      const queue: Resolve[] = [];
      mc.port1.onmessage = () => queue.shift()?.();
      channel = { post: () => mc.port2.postMessage(null), queue };
    }
  } catch {
    channel = null;
  }
  return channel;
}

/** Resolves in a later task (after the browser had the chance to paint and handle input). */
export function yieldToEventLoop(): Promise<void> {
  const mc = messageChannel();
  if (mc) {
    return new Promise<void>((resolve) => {
      mc.queue.push(resolve);
      mc.post();
    });
  }
  return new Promise<void>((resolve) => setTimeout(resolve, 0));
}

/** Decides where long synchronous work pauses. */
export class Slicer {
  /** Pauses taken so far. */
  pauses = 0;
  private readonly budget: number;
  private readonly every: number;
  private steps = 0;
  private start = clock();

  constructor(options: SliceOptions = {}) {
    this.budget = options.budgetMs ?? SLICE_BUDGET_MS;
    this.every = options.every !== undefined && options.every > 0 ? Math.floor(options.every) : Infinity;
  }

  /** Counts one step; true when the slice is over (the caller then awaits pause()). */
  due(): boolean {
    this.steps++;
    if (this.steps >= this.every) return true;
    return this.budget !== Infinity && clock() - this.start >= this.budget;
  }

  /** Ends the slice: yields to the event loop, then starts the next slice. */
  async pause(): Promise<void> {
    this.pauses++;
    await yieldToEventLoop();
    this.steps = 0;
    this.start = clock();
  }
}

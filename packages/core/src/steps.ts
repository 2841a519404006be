/**
 * Long work (reading a large file, merging its places) is written once, as a generator that
 * stops now and then. The CLI runs it to its end at once; the widget gives the host page a turn
 * between steps, so that a large file never freezes the page a person is using.
 */

export type Steps<T> = Generator<unknown, T, undefined>;

/** Runs the work to its end, at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs the work in slices of about `sliceMs` (under the 50 ms that make a "long task"), waiting
 * for a new task of the event loop between slices: input, painting and timers run in between.
 */
export async function runStepsYielding<T>(steps: Steps<T>, sliceMs = 30): Promise<T> {
  let sliceStart = Date.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (Date.now() - sliceStart >= sliceMs) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = Date.now();
    }
  }
}

/**
 * `work`'s outcome, or the error `late()` makes once `ms` have passed without one. The work goes
 * on (a late outcome is ignored: the race has handled it); the timer never outlives the race.
 */
export async function withinDeadline<T>(work: Promise<T>, ms: number, late: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(late()), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

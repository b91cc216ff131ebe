// The hours a day plan's timeline shows: whole hours around its stops, at least six, so bars are comparable.
export interface Span {
  from: number;
  to: number;
  /** Position of a time in percent of the width. */
  at(time: number): number;
}

const HOUR = 3600_000;

export function timelineSpan(times: number[]): Span {
  const valid = times.filter((x) => Number.isFinite(x));
  const from = valid.length ? Math.floor(Math.min(...valid) / HOUR) * HOUR : Math.floor(Date.now() / HOUR) * HOUR;
  let to = valid.length ? Math.ceil(Math.max(...valid) / HOUR) * HOUR : from + 6 * HOUR;
  if (to - from < 6 * HOUR) to = from + 6 * HOUR;
  if (to === from) to = from + HOUR;
  const width = to - from;
  return { from, to, at: (time) => Math.min(100, Math.max(0, ((time - from) / width) * 100)) };
}

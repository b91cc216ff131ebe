// Scales for the SVG charts: a linear scale with "nice" round ticks (1, 2, 5 × 10^n) and a band scale for bars.

export interface LinearScale {
  (value: number): number;
  domain: [number, number];
  ticks: number[];
}

/** Round tick values covering [min, max] with about `count` steps of 1, 2 or 5 × 10^n. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0];
  if (max < min) [min, max] = [max, min];
  if (max === min) {
    if (max === 0) return [0, 1];
    min = Math.min(0, min);
    max = Math.max(0, max);
  }
  const rough = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  // the round step nearest the rough one on a log scale (thresholds √2, √10, √50)
  const step = (fraction < Math.SQRT2 ? 1 : fraction < Math.sqrt(10) ? 2 : fraction < Math.sqrt(50) ? 5 : 10) * power;
  const first = Math.floor(min / step + 1e-9) * step;
  const last = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = first; v <= last + step / 2; v += step) ticks.push(Number(v.toFixed(10)));
  return ticks;
}

/** Maps [domain] to [range]; the domain is widened to its nice ticks so the axis ends on a labelled value. */
export function linearScale(values: number[], range: [number, number], options: { zero?: boolean; count?: number } = {}): LinearScale {
  const finite = values.filter(Number.isFinite);
  let min = finite.length ? Math.min(...finite) : 0;
  let max = finite.length ? Math.max(...finite) : 1;
  if (options.zero !== false) {
    min = Math.min(0, min);
    max = Math.max(0, max);
  }
  const ticks = niceTicks(min, max, options.count ?? 5);
  const d0 = ticks[0];
  const d1 = ticks[ticks.length - 1];
  const scale = ((v: number) => (d1 === d0 ? range[0] : range[0] + ((v - d0) / (d1 - d0)) * (range[1] - range[0]))) as LinearScale;
  scale.domain = [d0, d1];
  scale.ticks = ticks;
  return scale;
}

/** Positions of n equal bands in [start, end] with a padding fraction between them. */
export function bands(n: number, start: number, end: number, padding = 0.2): { x: number; width: number }[] {
  if (n <= 0) return [];
  const step = (end - start) / n;
  const width = step * (1 - padding);
  return Array.from({ length: n }, (_, i) => ({ x: start + i * step + (step - width) / 2, width }));
}

/** A label for a tick: integers as they are, thousands grouped, fractions to at most 2 places. */
export function tickLabel(v: number): string {
  if (Math.abs(v) >= 1000) return Math.round(v).toLocaleString('en-US');
  return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(2)));
}

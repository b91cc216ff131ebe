// Charts drawn as SVG in the page (no chart library, nothing fetched): grouped bars and lines with axes and legend.
import { bands, linearScale, tickLabel } from './scale';

const NS = 'http://www.w3.org/2000/svg';
export const PALETTE = ['#b71c1c', '#1565c0', '#2e7d32', '#f9a825', '#6a1b9a', '#00838f', '#ef6c00', '#5d4037'];

export function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

export interface Series {
  name: string;
  values: number[];
  color?: string;
}

export interface ChartOptions {
  width?: number;
  height?: number;
  unit?: string;
  /** A horizontal reference line, e.g. the 80 % new-energy target. */
  target?: { value: number; label: string };
  max?: number;
}

const M = { top: 16, right: 16, bottom: 48, left: 48 };

function frame(labels: string[], series: Series[], o: ChartOptions, kind: 'bar' | 'line') {
  const width = o.width ?? 640;
  const height = o.height ?? 260;
  const values = series.flatMap((s) => s.values);
  if (o.target) values.push(o.target.value);
  if (o.max !== undefined) values.push(o.max);
  const y = linearScale(values, [height - M.bottom, M.top]);
  const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, class: `chart chart-${kind}`, role: 'img', width, height });
  for (const t of y.ticks) {
    svg.append(svgEl('line', { x1: M.left, x2: width - M.right, y1: y(t), y2: y(t), class: 'grid', stroke: '#e4e7eb' }));
    svg.append(svgEl('text', { x: M.left - 6, y: y(t) + 4, 'text-anchor': 'end', 'font-size': 11, fill: '#52606d' }, tickLabel(t) + (o.unit ?? '')));
  }
  const slots = bands(labels.length, M.left, width - M.right, kind === 'bar' ? 0.2 : 0);
  const every = Math.max(1, Math.ceil(labels.length / 12));
  labels.forEach((label, i) => {
    if (i % every !== 0) return;
    const cx = slots[i].x + slots[i].width / 2;
    svg.append(svgEl('text', { x: cx, y: height - M.bottom + 16, 'text-anchor': 'middle', 'font-size': 11, fill: '#52606d' }, label));
  });
  legend(svg, series, M.left, height - 14);
  return { svg, y, slots, width };
}

function legend(svg: SVGSVGElement, series: Series[], x0: number, y: number) {
  let x = x0;
  series.forEach((s, i) => {
    const color = s.color ?? PALETTE[i % PALETTE.length];
    svg.append(svgEl('rect', { x, y: y - 9, width: 10, height: 10, fill: color }));
    svg.append(svgEl('text', { x: x + 14, y, 'font-size': 11, fill: '#323f4b' }, s.name));
    x += 24 + s.name.length * 11;
  });
}

function targetLine(svg: SVGSVGElement, y: (v: number) => number, width: number, o: ChartOptions) {
  if (!o.target) return;
  const ty = y(o.target.value);
  svg.append(svgEl('line', { x1: M.left, x2: width - M.right, y1: ty, y2: ty, stroke: '#2e7d32', 'stroke-dasharray': '6 4', 'stroke-width': 2, class: 'target' }));
  svg.append(svgEl('text', { x: width - M.right, y: ty - 4, 'text-anchor': 'end', 'font-size': 11, fill: '#2e7d32' }, o.target.label));
}

/** Grouped bars: one group per label, one bar per series. */
export function barChart(labels: string[], series: Series[], o: ChartOptions = {}): SVGSVGElement {
  const { svg, y, slots, width } = frame(labels, series, o, 'bar');
  const base = y(Math.max(0, y.domain[0]));
  labels.forEach((label, i) => {
    const inner = bands(series.length, slots[i].x, slots[i].x + slots[i].width, 0.05);
    series.forEach((s, j) => {
      const v = s.values[i] ?? 0;
      const top = y(v);
      const rect = svgEl('rect', { x: inner[j].x, y: Math.min(top, base), width: inner[j].width, height: Math.abs(base - top),
        fill: s.color ?? PALETTE[j % PALETTE.length], class: 'bar', 'data-label': label, 'data-series': s.name, 'data-value': v });
      rect.append(svgEl('title', {}, `${label} · ${s.name}: ${tickLabel(v)}${o.unit ?? ''}`));
      svg.append(rect);
    });
  });
  targetLine(svg, y, width, o);
  return svg;
}

/** Lines over labelled points (e.g. days), with a dot per value. */
export function lineChart(labels: string[], series: Series[], o: ChartOptions = {}): SVGSVGElement {
  const { svg, y, slots, width } = frame(labels, series, o, 'line');
  series.forEach((s, j) => {
    const color = s.color ?? PALETTE[j % PALETTE.length];
    const pts = s.values.map((v, i) => [slots[i].x + slots[i].width / 2, y(v)] as const);
    svg.append(svgEl('polyline', { points: pts.map((p) => p.join(',')).join(' '), fill: 'none', stroke: color, 'stroke-width': 2, class: 'line', 'data-series': s.name }));
    pts.forEach((p, i) => {
      const dot = svgEl('circle', { cx: p[0], cy: p[1], r: 3, fill: color, class: 'dot', 'data-value': s.values[i] });
      dot.append(svgEl('title', {}, `${labels[i]} · ${s.name}: ${tickLabel(s.values[i])}${o.unit ?? ''}`));
      svg.append(dot);
    });
  });
  targetLine(svg, y, width, o);
  return svg;
}

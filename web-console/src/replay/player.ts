// Track replay: the track on the map with a moving car, play/pause, speed, and a timeline of speed and stops (the
// alarm's period shaded) that can be clicked to jump. Used by the alarm evidence and the complaint trace.
import L from 'leaflet';
import { svgEl } from '../charts/svg';
import { linearScale } from '../charts/scale';
import { el } from '../kit/dom';
import { clockCst } from '../kit/time';
import { ReplayClock } from './clock';
import { positionAt, stopAt, type Sample, type Stop } from './track';

export interface ReplayTexts {
  play: string;
  pause: string;
  speed: string;
  stopped: string;
  noTrack: string;
}

export interface ReplayInput {
  samples: Sample[];
  stops: Stop[];
  /** The period in question (the alarm's), shaded on the timeline and drawn red on the map. */
  highlight?: { start: number; end: number };
  /** A place to mark (the complained-of place). */
  place?: { lat: number; lon: number; radiusM?: number };
}

export const SPEEDS = [1, 10, 30, 60, 120, 300];

export interface ReplayPlayer {
  clock: ReplayClock;
  destroy(): void;
}

export function mountReplay(root: HTMLElement, map: L.Map, input: ReplayInput, texts: ReplayTexts): ReplayPlayer | null {
  const { samples, stops, highlight } = input;
  const layer = L.layerGroup().addTo(map);
  if (input.place) {
    L.circle([input.place.lat, input.place.lon], { radius: input.place.radiusM ?? 50, color: '#1565c0', className: 'replay-place' }).addTo(layer);
  }
  if (!samples.length) {
    root.replaceChildren(el('p', { class: 'replay-empty' }, texts.noTrack));
    if (input.place) map.setView([input.place.lat, input.place.lon], 14);
    return null;
  }
  const line = samples.map((s) => [s.lat, s.lon] as [number, number]);
  const all = L.polyline(line, { color: '#7b8794', weight: 4, className: 'replay-track' }).addTo(layer);
  if (highlight) {
    const part = samples.filter((s) => s.t >= highlight.start && s.t <= highlight.end).map((s) => [s.lat, s.lon] as [number, number]);
    if (part.length > 1) L.polyline(part, { color: '#b71c1c', weight: 5, className: 'replay-highlight' }).addTo(layer);
  }
  for (const s of stops) {
    L.circleMarker([s.lat, s.lon], { radius: 5, color: '#f9a825', fillOpacity: 0.8, className: 'replay-stop' }).addTo(layer);
  }
  const played = L.polyline([], { color: '#1565c0', weight: 3, className: 'replay-played' }).addTo(layer);
  const car = L.circleMarker(line[0], { radius: 8, color: '#0b3d91', fillColor: '#1565c0', fillOpacity: 1, className: 'replay-car' }).addTo(layer);
  map.fitBounds(all.getBounds().pad(0.2));

  const start = samples[0].t;
  const end = samples[samples.length - 1].t;
  const clock = new ReplayClock(start, Math.max(end, start + 1000), 60);

  const playButton = el('button', { type: 'button', class: 'replay-play' }, texts.play);
  const speedSelect = el('select', { class: 'replay-speed', 'aria-label': texts.speed });
  for (const s of SPEEDS) {
    const o = el('option', { value: String(s) }, `${s}×`);
    if (s === clock.speed) o.selected = true;
    speedSelect.append(o);
  }
  const readout = el('span', { class: 'replay-readout' });
  const timeline = drawTimeline(samples, stops, highlight, start, clock.end);
  root.replaceChildren(el('div', { class: 'replay-controls' }, playButton, el('label', {}, `${texts.speed} `, speedSelect), readout), timeline.svg);

  let frame = 0;
  const render = () => {
    const t = clock.now;
    const p = positionAt(samples, t)!;
    car.setLatLng([p.lat, p.lon]);
    const upTo = samples.filter((s) => s.t <= t).map((s) => [s.lat, s.lon] as [number, number]);
    upTo.push([p.lat, p.lon]);
    played.setLatLngs(upTo);
    const stop = stopAt(stops, t);
    readout.textContent = `${clockCst(t)} · ${Math.round(p.speedKmh)} km/h${stop ? ` · ${texts.stopped}` : ''}`;
    readout.dataset.t = String(t);
    timeline.cursor(t);
    playButton.textContent = clock.playing ? texts.pause : texts.play;
    root.dataset.state = clock.playing ? 'playing' : t >= clock.end ? 'ended' : 'paused';
  };
  const loop = (wall: number) => {
    clock.tick(wall);
    render();
    frame = clock.playing ? requestAnimationFrame(loop) : 0;
  };
  playButton.addEventListener('click', () => {
    const wall = performance.now();
    if (clock.playing) {
      clock.pause(wall);
      cancelAnimationFrame(frame);
      frame = 0;
      render();
    } else {
      clock.play(wall);
      frame = requestAnimationFrame(loop);
    }
  });
  speedSelect.addEventListener('change', () => clock.setSpeed(Number(speedSelect.value), performance.now()));
  timeline.onSeek((t) => {
    clock.seek(t);
    render();
  });
  render();
  return {
    clock,
    destroy() {
      cancelAnimationFrame(frame);
      layer.remove();
    },
  };
}

/** The timeline: speed over time as a line, stops as yellow bands, the period in question as a red band. */
function drawTimeline(samples: Sample[], stops: Stop[], highlight: ReplayInput['highlight'], start: number, end: number) {
  const width = 640;
  const height = 110;
  const left = 40;
  const right = 10;
  const top = 8;
  const bottom = 22;
  const x = (t: number) => left + ((t - start) / (end - start)) * (width - left - right);
  const y = linearScale(samples.map((s) => s.speedKmh), [height - bottom, top], { count: 3 });
  const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, class: 'replay-timeline', width: '100%', height });
  if (highlight) {
    svg.append(svgEl('rect', { x: x(Math.max(start, highlight.start)), y: top, width: Math.max(1, x(Math.min(end, highlight.end)) - x(Math.max(start, highlight.start))),
      height: height - top - bottom, fill: '#fde0dc', class: 'timeline-highlight' }));
  }
  for (const s of stops) {
    if (s.end < start || s.start > end) continue;
    svg.append(svgEl('rect', { x: x(Math.max(s.start, start)), y: top, width: Math.max(2, x(Math.min(s.end, end)) - x(Math.max(s.start, start))),
      height: height - top - bottom, fill: '#fff3c4', stroke: '#f9a825', class: 'timeline-stop' }));
  }
  for (const v of y.ticks) {
    svg.append(svgEl('text', { x: left - 4, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 10, fill: '#52606d' }, String(v)));
  }
  svg.append(svgEl('text', { x: 2, y: top + 8, 'font-size': 9, fill: '#52606d' }, 'km/h'));
  svg.append(svgEl('polyline', { points: samples.map((s) => `${x(s.t).toFixed(1)},${y(s.speedKmh).toFixed(1)}`).join(' '), fill: 'none', stroke: '#1565c0', 'stroke-width': 1.5, class: 'timeline-speed' }));
  for (let i = 0; i <= 4; i++) {
    const t = start + ((end - start) * i) / 4;
    svg.append(svgEl('text', { x: x(t), y: height - 6, 'text-anchor': i === 0 ? 'start' : i === 4 ? 'end' : 'middle', 'font-size': 10, fill: '#52606d' }, clockCst(t).slice(0, 5)));
  }
  const cursorLine = svgEl('line', { y1: top, y2: height - bottom, stroke: '#0b3d91', 'stroke-width': 2, class: 'timeline-cursor' });
  svg.append(cursorLine);
  return {
    svg,
    cursor(t: number) {
      cursorLine.setAttribute('x1', String(x(t)));
      cursorLine.setAttribute('x2', String(x(t)));
    },
    onSeek(handler: (t: number) => void) {
      svg.addEventListener('click', (e: MouseEvent) => {
        const box = svg.getBoundingClientRect();
        const px = ((e.clientX - box.left) / box.width) * width;
        handler(start + ((px - left) / (width - left - right)) * (end - start));
      });
    },
  };
}

// All vehicles on one canvas over the map: one draw per animation frame, however many positions arrived, instead of
// a DOM marker per car (1,000 markers moving every few seconds make the page stutter).
import L from 'leaflet';
import type { LivePosition } from '../dispatch/types';
import { nearest } from './liveStore';

export interface Drawn {
  x: number;
  y: number;
  p: LivePosition;
}

export class VehicleCanvas {
  readonly canvas: HTMLCanvasElement;
  private drawn: Drawn[] = [];
  /** Milliseconds the last draws took (kept for the benchmark). */
  readonly drawMillis: number[] = [];
  highlight: number | null = null;

  constructor(private readonly map: L.Map) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'live-canvas';
    Object.assign(this.canvas.style, { position: 'absolute', left: '0', top: '0', zIndex: '450', pointerEvents: 'none' });
    map.getContainer().append(this.canvas);
  }

  draw(positions: Iterable<LivePosition>): void {
    const started = performance.now();
    const size = this.map.getSize();
    const ratio = window.devicePixelRatio || 1;
    if (this.canvas.width !== size.x * ratio || this.canvas.height !== size.y * ratio) {
      this.canvas.width = size.x * ratio;
      this.canvas.height = size.y * ratio;
      this.canvas.style.width = `${size.x}px`;
      this.canvas.style.height = `${size.y}px`;
    }
    const ctx = this.canvas.getContext('2d')!;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, size.x, size.y);
    const labels = this.map.getZoom() >= 15;
    const drawn: Drawn[] = [];
    const now = Date.now();
    // Two passes with one path each: moving and standing cars in their own colour, one fill call per colour.
    const moving = new Path2D();
    const standing = new Path2D();
    const stale = new Path2D();
    for (const p of positions) {
      const pt = this.map.latLngToContainerPoint([p.latitude, p.longitude]);
      if (pt.x < -10 || pt.y < -10 || pt.x > size.x + 10 || pt.y > size.y + 10) continue;
      drawn.push({ x: pt.x, y: pt.y, p });
      const path = now - p.fixTimeMillis > 10 * 60_000 ? stale : p.speedKmh > 1 ? moving : standing;
      path.moveTo(pt.x + 4, pt.y);
      path.arc(pt.x, pt.y, 4, 0, Math.PI * 2);
    }
    ctx.fillStyle = '#1565c0';
    ctx.fill(moving);
    ctx.fillStyle = '#2e7d32';
    ctx.fill(standing);
    ctx.fillStyle = '#9aa5b1';
    ctx.fill(stale);
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 1;
    ctx.stroke(moving);
    ctx.stroke(standing);
    if (labels) {
      ctx.font = '11px sans-serif';
      ctx.fillStyle = '#1f2933';
      for (const d of drawn) ctx.fillText(d.p.plate, d.x + 6, d.y - 6);
    }
    if (this.highlight != null) {
      const h = drawn.find((d) => d.p.vehicleId === this.highlight);
      if (h) {
        ctx.beginPath();
        ctx.arc(h.x, h.y, 9, 0, Math.PI * 2);
        ctx.strokeStyle = '#b71c1c';
        ctx.lineWidth = 3;
        ctx.stroke();
      }
    }
    this.drawn = drawn;
    this.drawMillis.push(performance.now() - started);
    if (this.drawMillis.length > 2000) this.drawMillis.splice(0, 1000);
  }

  /** The vehicle drawn under a container point, if any. */
  at(x: number, y: number): LivePosition | undefined {
    return nearest(this.drawn, x, y, 8)?.p;
  }

  get drawnCount(): number {
    return this.drawn.length;
  }

  remove(): void {
    this.canvas.remove();
  }
}

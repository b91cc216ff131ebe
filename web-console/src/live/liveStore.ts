// Newest position per vehicle, fed by the snapshot and the push stream. Positions arrive out of order (a terminal's
// backfill, a reconnect that replays the snapshot): an older fix never replaces a newer one.
import type { LivePosition } from '../dispatch/types';

export class LiveStore {
  readonly byVehicle = new Map<number, LivePosition>();
  updates = 0;

  /** Applies positions; answers whether anything visible changed. */
  apply(positions: Iterable<LivePosition>): boolean {
    let changed = false;
    for (const p of positions) {
      const known = this.byVehicle.get(p.vehicleId);
      if (known && known.fixTimeMillis >= p.fixTimeMillis) continue;
      this.byVehicle.set(p.vehicleId, p);
      this.updates++;
      changed = true;
    }
    return changed;
  }

  get size(): number {
    return this.byVehicle.size;
  }
}

/**
 * Collects pushed positions and hands them over once per animation frame, so a burst of hundreds of messages costs
 * one redraw instead of hundreds.
 */
export class FrameBatcher<T> {
  private pending: T[] = [];
  private scheduled = false;

  constructor(
    private readonly flush: (items: T[]) => void,
    private readonly schedule: (cb: () => void) => unknown = (cb) => requestAnimationFrame(cb),
  ) {}

  push(item: T): void {
    this.pending.push(item);
    this.request();
  }

  /** Asks for a frame even without new items (the map moved). */
  request(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.schedule(() => {
      this.scheduled = false;
      const items = this.pending;
      this.pending = [];
      this.flush(items);
    });
  }
}

/** Nearest point to (x, y) within `radius` pixels, or undefined. */
export function nearest<P extends { x: number; y: number }>(points: Iterable<P>, x: number, y: number, radius: number): P | undefined {
  let best: P | undefined;
  let bestD = radius * radius;
  for (const p of points) {
    const d = (p.x - x) ** 2 + (p.y - y) ** 2;
    if (d <= bestD) {
      best = p;
      bestD = d;
    }
  }
  return best;
}

// The replay clock: track time advances by wall time × speed while playing, stops at the end, and can be moved.
// Wall time is passed in (performance.now() in the page), so tests drive it by hand.

export class ReplayClock {
  private time: number;
  private lastWall: number | null = null;
  speed: number;

  constructor(readonly start: number, readonly end: number, speed = 60) {
    this.time = start;
    this.speed = speed;
  }

  get playing(): boolean {
    return this.lastWall !== null;
  }

  /** Current track time (epoch ms). */
  get now(): number {
    return this.time;
  }

  /** 0..1 through the track. */
  get fraction(): number {
    return this.end > this.start ? (this.time - this.start) / (this.end - this.start) : 1;
  }

  play(wall: number): void {
    if (this.time >= this.end) this.time = this.start; // play again from the start
    this.lastWall = wall;
  }

  pause(wall: number): void {
    this.tick(wall);
    this.lastWall = null;
  }

  /** Advances to the given wall time; returns the track time. Pauses by itself at the end. */
  tick(wall: number): number {
    if (this.lastWall === null) return this.time;
    const elapsed = Math.max(0, wall - this.lastWall);
    this.lastWall = wall;
    this.time = Math.min(this.end, this.time + elapsed * this.speed);
    if (this.time >= this.end) this.lastWall = null;
    return this.time;
  }

  /** Changes the speed from now on; the time played so far counts at the old speed. */
  setSpeed(speed: number, wall: number): void {
    this.tick(wall);
    this.speed = speed;
  }

  seek(t: number): void {
    this.time = Math.min(this.end, Math.max(this.start, t));
  }

  /** Wall milliseconds the rest of the track takes at the current speed. */
  remainingWallMs(): number {
    return (this.end - this.time) / this.speed;
  }
}

// Times are shown and entered in China Standard Time (UTC+8, no daylight saving) whatever the browser's zone: the
// platform's days, working hours and deadlines are China time.

const CST_MS = 8 * 3600_000;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "2026-11-20 09:05" in China time. */
export function formatCst(instant: string | number | Date | null | undefined, seconds = false): string {
  if (instant === null || instant === undefined || instant === '') return '';
  const d = new Date(new Date(instant).getTime() + CST_MS);
  if (Number.isNaN(d.getTime())) return '';
  const base = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return seconds ? `${base}:${pad(d.getUTCSeconds())}` : base;
}

/** "09:05:30" in China time. */
export function clockCst(ms: number): string {
  const d = new Date(ms + CST_MS);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** The value of an <input type=datetime-local> (China time) as ISO-8601 with +08:00; '' when empty. */
export function localInputToIso(value: string): string {
  if (!value) return '';
  const withSeconds = value.length === 16 ? `${value}:00` : value;
  return `${withSeconds}+08:00`;
}

/** An instant as an <input type=datetime-local> value in China time. */
export function isoToLocalInput(instant: string | number | Date): string {
  return formatCst(instant).replace(' ', 'T');
}

/** The day (yyyy-mm-dd) of an instant in China time. */
export function dayCst(instant: string | number | Date): string {
  return formatCst(instant).slice(0, 10);
}

/** Midnight China time of a yyyy-mm-dd day, as ISO-8601 with offset. */
export function dayStartIso(day: string): string {
  return `${day}T00:00:00+08:00`;
}

/** yyyy-mm-dd of the day `days` after the given one. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// A rule's params as form fields: nested maps (the speed limits per vehicle kind) become "limits.SEDAN" fields and
// back; numbers stay numbers, times ("02:00") stay text.

export function flatten(params: Record<string, unknown>, prefix = ''): [string, string][] {
  return Object.entries(params).sort(([a], [b]) => a.localeCompare(b)).flatMap(([k, v]) =>
    v !== null && typeof v === 'object' ? flatten(v as Record<string, unknown>, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)] as [string, string]]);
}

export function unflatten(fields: [string, string][]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, raw] of fields) {
    const parts = name.split('.');
    let target = out;
    for (const p of parts.slice(0, -1)) target = (target[p] ??= {}) as Record<string, unknown>;
    const text = raw.trim();
    target[parts[parts.length - 1]] = text !== '' && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
  }
  return out;
}

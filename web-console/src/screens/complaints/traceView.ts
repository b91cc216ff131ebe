// A trace's answer: the verdict in the user's language, each car whose plate fits (there or not, how close, when,
// where it was instead) with its trip order and who requested, approved, dispatched and drove, and a replay of the
// chosen car's track around its closest approach.
import type L from 'leaflet';
import type { Lang } from '../../i18n';
import { button, el } from '../../kit/dom';
import { formatCst } from '../../kit/time';
import { mountReplay, type ReplayPlayer } from '../../replay/player';
import { samplesOf, stopsOf } from '../../replay/track';
import { vehicleTrack } from '../supervisor/api';
import { getJson } from '../../kit/http';
import type { Candidate, Trace } from './api';
import { complaintTexts } from './texts';

const AROUND = 20 * 60_000;

export function traceView(trace: Trace, lang: Lang, map: L.Map, replayBox: HTMLElement, onUseVehicle?: (c: Candidate) => void) {
  const t = complaintTexts(lang);
  let player: ReplayPlayer | null = null;
  const replay = async (c: Candidate) => {
    player?.destroy();
    const centre = Date.parse(c.closest?.time ?? c.whereabouts?.time ?? trace.seenFrom);
    const from = new Date(centre - AROUND).toISOString();
    const to = new Date(centre + AROUND).toISOString();
    const feature = await vehicleTrack(c.vehicleId, from, to).catch(() => null);
    let samples = samplesOf(feature);
    if (samples.length < 2 && c.trackAround?.length) {
      samples = c.trackAround.map((p) => ({ t: Date.parse(p.time), lat: p.latitude, lon: p.longitude, speedKmh: p.speedKmh }));
    }
    const movements = await getJson<{ kind: string; start: string; end: string; startLatitude: number; startLongitude: number }[]>(
      `/api/tracks/vehicles/${c.vehicleId}/movements?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`).catch(() => []);
    const seenEnd = Date.parse(trace.seenTo ?? trace.seenFrom);
    player = mountReplay(replayBox, map, {
      samples, stops: stopsOf(movements), highlight: { start: Date.parse(trace.seenFrom), end: Math.max(seenEnd, Date.parse(trace.seenFrom) + 60_000) },
      place: { lat: trace.latitude, lon: trace.longitude, radiusM: trace.radiusM },
    }, { play: t('play'), pause: t('pause'), speed: t('speed'), stopped: t('stopped'), noTrack: t('noTrack') });
    replayBox.dataset.vehicle = String(c.vehicleId);
  };

  const rows = trace.candidates.map((c) => {
    const trip = c.trip
      ? `#${c.trip.tripRequestId} (${c.trip.basis}, ${c.trip.state}) · ${t('requester')} ${c.trip.requester} · ${t('approver')} ${c.trip.approver ?? '—'} · ${t('dispatcher')} ${c.trip.dispatcher ?? '—'} · ${t('driver')} ${c.trip.driverName ?? '—'}`
      : c.there ? t('noTrip') : '';
    const closest = c.closest
      ? `${formatCst(c.closest.time, true)} · ${Math.round(c.closest.distanceM)} m${c.minutesOutsideSeen ? ` · ${t('outside')} ${c.minutesOutsideSeen} ${t('minutes')}` : ''}`
      : c.whereabouts ? `${t('whereabouts')}: ${formatCst(c.whereabouts.time)} · ${(c.whereabouts.distanceM / 1000).toFixed(1)} km` : '';
    return el('tr', { class: c.there ? 'candidate there' : 'candidate', 'data-vehicle': String(c.vehicleId), 'data-there': String(c.there) },
      el('td', {}, c.plate), el('td', {}, c.orgName), el('td', { class: 'there-cell' }, c.there ? t('there') : t('notThere')),
      el('td', {}, closest), el('td', { class: 'trip-cell' }, trip),
      el('td', {}, button(undefined, t('replay'), () => void replay(c), 'small replay-button'),
        onUseVehicle && c.there ? button(undefined, t('useVehicle'), () => onUseVehicle(c), 'small') : null));
  });
  const element = el('div', { class: 'trace-result', 'data-verdict': trace.verdict, id: 'trace-result' },
    el('p', { class: `verdict verdict-${trace.verdict}` }, `${t('verdict')}: `, el('strong', {}, lang === 'zh' ? trace.summaryZh : trace.summary)),
    trace.candidates.length ? el('table', { class: 'grid-table candidates' },
      el('thead', {}, el('tr', {}, ...[t('plate'), t('org'), '', t('closest'), t('trip'), ''].map((h) => el('th', {}, h)))),
      el('tbody', {}, ...rows)) : null);
  const first = trace.candidates.find((c) => c.there) ?? trace.candidates[0];
  return { element, replayFirst: () => (first ? replay(first) : Promise.resolve()), destroy: () => player?.destroy() };
}

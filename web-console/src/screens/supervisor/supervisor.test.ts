import { describe, expect, it } from 'vitest';
import { stepsFor } from './api';
import { circleRing, collectionOf, featureOf, polygonRing } from './geo';
import { flatten, unflatten } from './params';
import { distanceM } from '../../replay/track';

describe('fence shapes', () => {
  it('a circle is a closed ring whose every corner lies at the radius', () => {
    const ring = circleRing(42.5, 1.52, 300, 32);
    expect(ring).toHaveLength(33);
    expect(ring[32]).toEqual(ring[0]);
    for (const [lon, lat] of ring) expect(distanceM(42.5, 1.52, lat, lon)).toBeCloseTo(300, -1);
  });

  it('clicked points become a closed GeoJSON ring in lon, lat order', () => {
    expect(polygonRing([[42.5, 1.5], [42.6, 1.5]])).toBeNull();
    expect(polygonRing([[42.5, 1.5], [42.6, 1.5], [42.6, 1.6]])).toEqual([[1.5, 42.5], [1.5, 42.6], [1.6, 42.6], [1.5, 42.5]]);
  });

  it('a feature carries only the properties filled in', () => {
    const f = featureOf([[0, 0], [1, 0], [1, 1], [0, 0]], { name: '高尔夫球场', category: 'GOLF', activeFrom: '', activeTo: '' });
    expect(f.properties).toEqual({ name: '高尔夫球场', category: 'GOLF' });
    expect(f.geometry.type).toBe('Polygon');
  });

  it('imports collections, single features and bare geometries, keeping names already there', () => {
    const poly = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
    expect(collectionOf(JSON.stringify(poly), { name: '市界' }).features).toEqual([{ type: 'Feature', properties: { name: '市界' }, geometry: poly }]);
    const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'A' }, geometry: poly }, { type: 'Feature', geometry: poly }] };
    expect(collectionOf(JSON.stringify(fc), { name: 'X', category: 'HOTEL' }).features.map((f: any) => f.properties))
      .toEqual([{ name: 'A', category: 'HOTEL' }, { name: 'X', category: 'HOTEL' }]);
    expect(() => collectionOf('{"type":"FeatureCollection","features":[]}', { name: 'X' })).toThrow('no features');
    expect(() => collectionOf('not json', { name: 'X' })).toThrow();
  });
});

describe('rule params as fields', () => {
  it('round-trips nested limits, numbers and times', () => {
    const params = { checkTime: '02:00', toleranceM: 50, limits: { SEDAN: 120, MPV: 110 } };
    const fields = flatten(params);
    expect(fields).toEqual([['checkTime', '02:00'], ['limits.MPV', '110'], ['limits.SEDAN', '120'], ['toleranceM', '50']]);
    expect(unflatten(fields)).toEqual(params);
    expect(unflatten([['minDistanceM', ' 2500 '], ['x', '']])).toEqual({ minDistanceM: 2500, x: '' });
  });
});

describe('review steps offered', () => {
  it('follow the states the server accepts', () => {
    expect(stepsFor('OPEN').map((s) => s.action)).toEqual(['confirm', 'dismiss', 'request-explanation']);
    expect(stepsFor('EXPLANATION_REQUESTED').map((s) => s.action)).toEqual(['confirm', 'dismiss', 'explain']);
    expect(stepsFor('CONFIRMED').map((s) => s.action)).toEqual(['close']);
    expect(stepsFor('CLOSED')).toEqual([]);
    expect(stepsFor('WITHDRAWN')).toEqual([]);
  });
});

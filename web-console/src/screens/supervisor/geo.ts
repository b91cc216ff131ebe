// Shapes for the fence editor: a drawn circle becomes a polygon (fences are GeoJSON polygons), drawn or imported
// shapes become the FeatureCollection the import API takes, with the form's name, category and hours.

const METRES_PER_DEG_LAT = 111_195;

/** A closed ring of `sides` points around the centre, as GeoJSON [lon, lat]. */
export function circleRing(lat: number, lon: number, radiusM: number, sides = 48): [number, number][] {
  const ring: [number, number][] = [];
  const perDegLon = METRES_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180);
  for (let i = 0; i < sides; i++) {
    const a = (2 * Math.PI * i) / sides;
    ring.push([lon + (radiusM * Math.cos(a)) / perDegLon, lat + (radiusM * Math.sin(a)) / METRES_PER_DEG_LAT]);
  }
  ring.push(ring[0]);
  return ring;
}

/** A polygon ring from clicked [lat, lon] points: GeoJSON order, closed. Fewer than 3 points is no polygon. */
export function polygonRing(points: [number, number][]): [number, number][] | null {
  if (points.length < 3) return null;
  const ring = points.map(([lat, lon]) => [lon, lat] as [number, number]);
  ring.push(ring[0]);
  return ring;
}

export interface FenceProperties {
  name: string;
  category?: string;
  activeFrom?: string;
  activeTo?: string;
}

function cleaned(p: FenceProperties): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(p)) if (v) out[k] = v;
  return out;
}

export function featureOf(ring: [number, number][], props: FenceProperties) {
  return { type: 'Feature', properties: cleaned(props), geometry: { type: 'Polygon', coordinates: [ring] } };
}

/**
 * A GeoJSON text (FeatureCollection, Feature or bare geometry) as a FeatureCollection. Features without a name get
 * the form's; the server checks the geometry itself and names a bad feature.
 */
export function collectionOf(text: string, defaults: FenceProperties): { type: 'FeatureCollection'; features: unknown[] } {
  const parsed = JSON.parse(text);
  const wrap = (geometry: unknown) => ({ type: 'Feature', properties: {}, geometry });
  const features: Record<string, unknown>[] = parsed?.type === 'FeatureCollection' ? parsed.features
    : parsed?.type === 'Feature' ? [parsed]
      : parsed?.type ? [wrap(parsed)] : [];
  if (!Array.isArray(features) || !features.length) throw new Error('GeoJSON: no features');
  return {
    type: 'FeatureCollection',
    features: features.map((f) => ({ ...f, properties: { ...cleaned(defaults), ...((f.properties as object) ?? {}) } })),
  };
}

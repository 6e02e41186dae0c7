import { localFrame, roundLonLat, type LonLat } from '../geo';
import type { MetricFeature, MetricGeometry } from './terminalDesign';
import type { Xy } from './straightLane';

export interface GeoJsonFeatureCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: MetricFeature['properties']; geometry: unknown }[];
}

/**
 * Metres → WGS84 through the same local frame the loader uses, rounded to 7 decimals (~1 cm) as
 * files are written; tests may keep full precision to check distances to the micrometre.
 */
export function toGeoJson(features: readonly MetricFeature[], originLonLat: LonLat, round = true): GeoJsonFeatureCollection {
  const frame = localFrame(originLonLat);
  const ll = (p: Xy) => (round ? roundLonLat(frame.toLonLat(p)) : frame.toLonLat(p));
  const geometry = (g: MetricGeometry) => {
    switch (g.type) {
      case 'Point':
        return { type: g.type, coordinates: ll(g.coordinates) };
      case 'LineString':
        return { type: g.type, coordinates: g.coordinates.map(ll) };
      case 'Polygon':
        return { type: g.type, coordinates: g.coordinates.map((ring) => ring.map(ll)) };
    }
  };
  return {
    type: 'FeatureCollection',
    features: features.map((f) => ({ type: 'Feature', properties: f.properties, geometry: geometry(f.geometry) })),
  };
}

/** One feature per line: a diff of a layout change then shows which features moved. */
export function formatGeoJson(fc: GeoJsonFeatureCollection): string {
  const lines = fc.features.map((f) => `  ${JSON.stringify(f)}`);
  return `{"type": "FeatureCollection", "features": [\n${lines.join(',\n')}\n]}\n`;
}

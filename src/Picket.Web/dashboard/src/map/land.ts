// The offline basemap: Natural Earth 1:50m land (public domain) for East Asian waters, from the project's own
// clipped copy that report.html also uses. Bundled at build time, so the map needs no tile server, glyphs or sprites.
import type { FeatureCollection, Polygon } from 'geojson';
import landData from '../../../../Picket.Reporting/Html/land-east-asia.json';

interface ScaledRings {
  scale: number;
  rings: number[][];
}

/** Turns the file's integer rings (lon, lat pairs × scale) into GeoJSON polygons, closing each ring (RFC 7946 §3.1.6). */
export function landPolygons(data: ScaledRings = landData as ScaledRings): FeatureCollection<Polygon> {
  const features = data.rings.filter(r => r.length >= 6).map(flat => {
    const ring: [number, number][] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) ring.push([flat[i] / data.scale, flat[i + 1] / data.scale]);
    const [first, last] = [ring[0], ring[ring.length - 1]];
    if (first[0] !== last[0] || first[1] !== last[1]) ring.push([first[0], first[1]]);
    return { type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon' as const, coordinates: [ring] } };
  });
  return { type: 'FeatureCollection', features };
}

// The map's style, written inline: GeoJSON sources only, no glyphs and no sprite, so the page makes no request
// beyond its own server (CSP default-src 'self'). Colours follow report.html's.
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { landPolygons } from './land';

/** Reference areas by kind (the server's /api/v1/areas): DPRK ports and their port-call radius red, STS hotspots orange. */
const areaColour: ExpressionSpecification = ['match', ['get', 'kind'],
  'dprk_port', '#e31a1c', 'dprk_port_approach', '#e31a1c', 'sts_hotspot', '#ff7f00', '#737373'];

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Event types drawn as their own layer, so each can be filtered and toggled (Core's event types). */
export const eventLayers: { type: string; colour: string; label: string }[] = [
  { type: 'encounter', colour: '#d7301f', label: 'Encounters' },
  { type: 'gap', colour: '#7a0177', label: 'AIS gaps' },
  { type: 'loitering', colour: '#fc8d59', label: 'Loitering' },
  { type: 'port_call', colour: '#1a1a1a', label: 'DPRK port calls' },
];

/** Layer ids the rest of the page (and the browser tests) refer to. */
export const layerIds = {
  land: 'land',
  areasFill: 'areas-fill',
  areasLine: 'areas-line',
  ports: 'ports',
  tracks: 'tracks',
  focusTrack: 'focus-track',
  partnerTrack: 'partner-track',
  eventFocus: 'event-focus',
  live: 'live-positions',
  event: (type: string) => `events-${type}`,
};

export function baseStyle(): StyleSpecification {
  const layers: LayerSpecification[] = [
    { id: 'sea', type: 'background', paint: { 'background-color': '#dbe9f4' } },
    { id: layerIds.land, type: 'fill', source: 'land', paint: { 'fill-color': '#f3efe6', 'fill-outline-color': '#b9b09b' } },
    { id: layerIds.areasFill, type: 'fill', source: 'areas', filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': areaColour, 'fill-opacity': 0.12 } },
    { id: layerIds.areasLine, type: 'line', source: 'areas', filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'line-color': areaColour, 'line-width': 1, 'line-dasharray': [2, 2] } },
    // Ports as rings, so a DPRK port (red ring) is never mistaken for an encounter (filled red dot).
    { id: layerIds.ports, type: 'circle', source: 'areas', filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-color': 'rgba(0,0,0,0)', 'circle-radius': ['match', ['get', 'kind'], 'dprk_port', 5, 3],
        'circle-stroke-color': areaColour, 'circle-stroke-width': ['match', ['get', 'kind'], 'dprk_port', 2, 1] } },
    { id: layerIds.tracks, type: 'line', source: 'tracks', paint: { 'line-color': '#4a6a8a', 'line-width': 1, 'line-opacity': 0.55 } },
    { id: layerIds.focusTrack, type: 'line', source: 'focus', filter: ['in', ['get', 'mmsi'], ['literal', []]],
      paint: { 'line-color': '#08519c', 'line-width': 3 } },
    { id: layerIds.partnerTrack, type: 'line', source: 'focus', filter: ['in', ['get', 'mmsi'], ['literal', []]],
      paint: { 'line-color': '#e6550d', 'line-width': 3, 'line-dasharray': [2, 1] } },
    ...eventLayers.map<LayerSpecification>(e => ({
      id: layerIds.event(e.type), type: 'circle', source: 'events', filter: ['==', ['get', 'type'], e.type],
      paint: { 'circle-color': e.colour, 'circle-radius': 5, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 },
    })),
    // The live watch's vessels (the live view only): a small dark-blue dot per vessel at its newest position.
    { id: layerIds.live, type: 'circle', source: 'live',
      paint: { 'circle-color': '#08306b', 'circle-radius': 4, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 } },
    { id: layerIds.eventFocus, type: 'circle', source: 'events', filter: ['==', ['get', 'id'], ''],
      paint: { 'circle-color': 'rgba(0,0,0,0)', 'circle-radius': 12, 'circle-stroke-color': '#000000', 'circle-stroke-width': 3 } },
  ];
  return {
    version: 8,
    sources: {
      land: { type: 'geojson', data: landPolygons() },
      areas: { type: 'geojson', data: empty },
      tracks: { type: 'geojson', data: empty },
      focus: { type: 'geojson', data: empty },
      events: { type: 'geojson', data: empty },
      live: { type: 'geojson', data: empty },
    },
    layers,
  };
}

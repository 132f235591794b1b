// The MapLibre map: the offline basemap, the overview layers that follow the viewport, and the focus layers
// (one vessel, its partners, one event) that the panel views set.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { api } from '../api';
import { probe } from '../probe';
import type { PicketEvent } from '../types';
import { baseStyle, eventLayers, layerIds } from './style';

// MapLibre 6 builds its worker URL at run time, which the bundler cannot see; naming it here makes Vite emit the
// worker as a same-origin module, which a strict CSP (worker-src 'self') allows.
maplibregl.setWorkerUrl(workerUrl);

export interface MapHandlers {
  vessel: (mmsi: number) => void;
  event: (id: string) => void;
}

/** Most events the overview asks for per viewport: bounded work for the browser and the server. */
const overviewLimit = 2000;

export class MapView {
  readonly map: maplibregl.Map;
  /** Resolves once the style and sources exist: views wait for it before they set filters or data. */
  readonly ready: Promise<void>;
  private styleLoaded = false;
  private overviewAbort: AbortController | null = null;
  private pinnedEvents: Feature<Point>[] = [];
  private viewportEvents: Feature<Point>[] = [];

  constructor(container: HTMLElement, handlers: MapHandlers) {
    this.map = new maplibregl.Map({
      container, style: baseStyle(), center: [124.5, 37.5], zoom: 5, attributionControl: false, maxZoom: 14,
    });
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'nautical' }), 'bottom-left');
    this.map.on('error', e => probe.errors.push(`map: ${e.error?.message ?? String(e)}`));
    this.map.on('idle', () => { if (this.map.loaded()) probe.loaded = true; });
    this.ready = new Promise(resolve => this.map.once('load', () => { this.styleLoaded = true; resolve(); }));
    this.map.on('load', () => {
      void this.loadAreas();
      void this.loadOverview();
    });
    this.map.on('moveend', () => void this.loadOverview());

    const clickable = [layerIds.live, layerIds.tracks, layerIds.focusTrack, layerIds.partnerTrack, ...eventLayers.map(e => layerIds.event(e.type))];
    this.map.on('click', e => {
      const hit = this.map.queryRenderedFeatures(e.point, { layers: clickable })[0];
      if (!hit) return;
      const p = hit.properties ?? {};
      if (hit.layer.id.startsWith('events-') && typeof p.id === 'string') handlers.event(p.id);
      else if (p.mmsi !== undefined) handlers.vessel(Number(p.mmsi));
    });
    for (const id of clickable) {
      this.map.on('mouseenter', id, () => { this.map.getCanvas().style.cursor = 'pointer'; });
      this.map.on('mouseleave', id, () => { this.map.getCanvas().style.cursor = ''; });
    }
  }

  /** Highlights one vessel's track and its partners' tracks (the partner in its own colour and dash). */
  setFocus(tracks: FeatureCollection, focus: number[], partners: number[]): void {
    if (!this.whenLoaded(() => this.setFocus(tracks, focus, partners))) return;
    this.source('focus').setData(tracks);
    this.map.setFilter(layerIds.focusTrack, ['in', ['get', 'mmsi'], ['literal', focus]]);
    this.map.setFilter(layerIds.partnerTrack, ['in', ['get', 'mmsi'], ['literal', partners]]);
    probe.highlight = { focus: [...focus], partners: [...partners] };
  }

  clearFocus(): void {
    this.setFocus({ type: 'FeatureCollection', features: [] }, [], []);
    this.focusEvent(null);
  }

  /** Rings one event on the map; the event is added to the events source if the viewport has not loaded it. */
  focusEvent(event: PicketEvent | null): void {
    if (!this.whenLoaded(() => this.focusEvent(event))) return;
    this.map.setFilter(layerIds.eventFocus, ['==', ['get', 'id'], event?.id ?? '']);
    this.pinnedEvents = event && hasPosition(event) ? [eventFeature(event)] : [];
    this.drawEvents();
  }

  /** Draws the live vessels (empty to clear). */
  setLive(collection: FeatureCollection): void {
    if (!this.whenLoaded(() => this.setLive(collection))) return;
    this.source('live').setData(collection);
  }

  fitTo(collection: FeatureCollection, fallback?: [number, number]): void {
    const bounds = new maplibregl.LngLatBounds();
    for (const f of collection.features) extend(bounds, f.geometry);
    if (!bounds.isEmpty()) this.map.fitBounds(bounds, { padding: 60, maxZoom: 10, duration: 0 });
    else if (fallback) this.map.jumpTo({ center: fallback, zoom: 8 });
  }

  /**
   * True when the style's sources and layers exist; otherwise runs the call once they do and returns false, so a view
   * rendered before the map has loaded (a URL opened directly) still gets its highlight.
   */
  private whenLoaded(call: () => void): boolean {
    if (this.styleLoaded) return true;
    void this.ready.then(call);
    return false;
  }

  private drawEvents(): void {
    const ids = new Set(this.viewportEvents.map(f => f.properties?.id));
    this.source('events').setData({
      type: 'FeatureCollection',
      features: [...this.viewportEvents, ...this.pinnedEvents.filter(f => !ids.has(f.properties?.id))],
    });
  }

  private async loadAreas(): Promise<void> {
    try {
      this.source('areas').setData(await api.areas());
    } catch (e) {
      probe.errors.push(`areas: ${String(e)}`);
    }
  }

  /** Tracks and events of the viewport, simplified by the server for the zoom; a newer move cancels an older load. */
  private async loadOverview(): Promise<void> {
    this.overviewAbort?.abort();
    const abort = (this.overviewAbort = new AbortController());
    const b = this.map.getBounds();
    const bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(v => v.toFixed(4)).join(',');
    const zoom = Math.round(this.map.getZoom());
    try {
      const [tracks, events] = await Promise.all([
        api.tracks(bbox, zoom, abort.signal),
        api.events({ bbox, limit: overviewLimit }, abort.signal),
      ]);
      this.source('tracks').setData(tracks);
      this.viewportEvents = events.events.filter(hasPosition).map(eventFeature);
      this.drawEvents();
    } catch (e) {
      if (!abort.signal.aborted) probe.errors.push(`overview: ${String(e)}`);
    }
  }

  private source(id: string): maplibregl.GeoJSONSource {
    return this.map.getSource(id) as maplibregl.GeoJSONSource;
  }
}

/** A stored event may lack a position (a damaged row): it is listed in panels but not drawn. */
function hasPosition(e: PicketEvent): boolean {
  return typeof e.lat === 'number' && typeof e.lon === 'number' && Number.isFinite(e.lat) && Number.isFinite(e.lon);
}

function eventFeature(e: PicketEvent): Feature<Point> {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [e.lon ?? 0, e.lat ?? 0] },
    properties: { id: e.id, type: e.type, mmsi: Array.isArray(e.vessels) ? e.vessels[0]?.mmsi : undefined },
  };
}

function extend(bounds: maplibregl.LngLatBounds, g: Feature['geometry']): void {
  switch (g.type) {
    case 'Point': bounds.extend(g.coordinates as [number, number]); break;
    case 'LineString': case 'MultiPoint': for (const c of g.coordinates) bounds.extend(c as [number, number]); break;
    case 'MultiLineString': case 'Polygon': for (const r of g.coordinates) for (const c of r) bounds.extend(c as [number, number]); break;
    default: break;
  }
}

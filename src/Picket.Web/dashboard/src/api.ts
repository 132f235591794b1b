// Typed calls to the server's /api/v1 (same origin only: the CSP allows connect-src 'self').
import type { FeatureCollection } from 'geojson';
import type { CapTable, EventDetail, PicketEvent, Timeline, Vessel, VesselHit } from './types';

export class ApiError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

async function get<T>(path: string, params: Record<string, string | number | undefined> = {}, signal?: AbortSignal): Promise<T> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v));
  const url = query.size > 0 ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const body = await response.json();
      if (body && typeof body.error === 'string') message = body.error;
    } catch { /* not JSON: keep the status line */ }
    throw new ApiError(response.status, message);
  }
  return (await response.json()) as T;
}

export const api = {
  searchVessels: (q: string, limit = 50, signal?: AbortSignal) =>
    get<{ vessels: VesselHit[] }>('/api/v1/vessels', { q, limit }, signal),
  vessel: (mmsi: number) => get<Vessel>(`/api/v1/vessels/${mmsi}`),
  vesselTrack: (mmsi: number, p: { from?: string; to?: string; zoom?: number } = {}) =>
    get<FeatureCollection>(`/api/v1/vessels/${mmsi}/track`, p),
  timeline: (mmsi: number) => get<Timeline>(`/api/v1/vessels/${mmsi}/timeline`),
  // No limit: the server's cap on fixes read applies (a small one would keep only the first vessels it reads).
  tracks: (bbox: string, zoom: number, signal?: AbortSignal) =>
    get<FeatureCollection>('/api/v1/tracks', { bbox, zoom }, signal),
  events: (p: { type?: string; bbox?: string; mmsi?: number; limit?: number; from?: string; to?: string }, signal?: AbortSignal) =>
    get<{ events: PicketEvent[]; total: number }>('/api/v1/events', p, signal),
  event: (id: string) => get<EventDetail>(`/api/v1/events/${encodeURIComponent(id)}`),
  cap: () => get<CapTable>('/api/v1/cap'),
  areas: () => get<FeatureCollection>('/api/v1/areas'),
};

// The /api/v1 contract between the server (src/Picket.Web, see API.md) and this dashboard.
// JSON is camelCase, times are ISO-8601 UTC, coordinates are [lon, lat] (GeoJSON, RFC 7946).

export interface Risk {
  score: number;
  band: string;
}

export interface RiskFactor {
  name: string;
  points: number;
  detail?: string;
  eventIds?: string[];
}

export interface VesselHit {
  mmsi: number;
  imo?: number | null;
  name?: string | null;
  callSign?: string | null;
  flag?: string | null;
  shipType?: string | number | null;
  risk?: Risk | null;
  matchedOn?: string;
}

export interface Identity {
  from?: string;
  to?: string;
  name?: string | null;
  imo?: number | null;
  callSign?: string | null;
  shipType?: string | number | null;
  flag?: string | null;
}

export interface ListMatch {
  list: string;
  entryId: string;
  entryName?: string | null;
  score?: number | null;
  schema?: string;
}

export interface EventVessel {
  mmsi: number;
  imo?: number | null;
  name?: string | null;
}

/** One line of events.jsonl as Picket.Core writes it. */
export interface PicketEvent {
  id: string;
  type: string;
  start: string;
  end?: string | null;
  lat: number | null;
  lon: number | null;
  vessels: EventVessel[];
  confidence?: number;
  evidence?: Record<string, unknown>;
}

export interface Fix {
  time: string;
  lon: number;
  lat: number;
  sog?: number | null;
  cog?: number | null;
  draught?: number | null;
}

export interface Vessel {
  mmsi: number;
  imo?: number | null;
  name?: string | null;
  identities?: Identity[];
  risk?: (Risk & { factors?: RiskFactor[] }) | null;
  matches?: ListMatch[];
  events?: PicketEvent[];
  latest?: Fix[];
}

export interface Timeline {
  points: { time: string; sog?: number | null; draught?: number | null }[];
  gaps: { from: string; to?: string | null; eventId?: string }[];
}

export interface EventDetail {
  event: PicketEvent;
  vessels: { mmsi: number; name?: string | null; imo?: number | null; risk?: Risk | null }[];
}

export interface CapYear {
  year: number;
  deliveries: number;
  barrelsLow: number;
  barrelsMid: number;
  barrelsHigh: number;
}

export interface CapTable {
  cap: number;
  years: CapYear[];
}

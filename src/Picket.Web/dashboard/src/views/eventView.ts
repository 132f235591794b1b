// One event: what happened, where and when, both vessels (the partner highlighted on the map with its track around
// the event), and the evidence an analyst checks it by.
import type { FeatureCollection } from 'geojson';
import { api } from '../api';
import { el, formatNumber, formatTime, link, replace, table, type Child } from '../dom';
import { probe } from '../probe';
import { routes } from '../router';
import type { EventDetail } from '../types';
import { riskBadge, showError, showLoading, type ViewContext } from './context';

/** Tracks shown around an event: long enough to see both hulls come together and part. */
const aroundMs = 12 * 3600_000;

export async function renderEvent(ctx: ViewContext, id: string): Promise<void> {
  showLoading(ctx.panel, 'event');
  let detail: EventDetail;
  try {
    detail = await api.event(id);
  } catch (e) {
    if (ctx.isCurrent()) showError(ctx.panel, 'event', e);
    return;
  }
  if (!ctx.isCurrent()) return;
  const e = detail.event;
  const names = new Map(e.vessels.map(v => [v.mmsi, v.name]));
  const vessels: EventDetail['vessels'] = detail.vessels?.length ? detail.vessels : e.vessels;
  replace(ctx.panel,
    el('h2', { id: 'event-title', 'data-type': e.type }, e.type.replace('_', ' ')),
    el('p', { class: 'ids' }, `${formatTime(e.start)} – ${formatTime(e.end)} · ${formatNumber(e.lat, 4)}, ${formatNumber(e.lon, 4)}`,
      e.confidence !== undefined ? ` · confidence ${formatNumber(e.confidence, 2)}` : ''),
    el('section', {}, el('h3', {}, 'Vessels'),
      el('ul', { id: 'event-vessels' }, ...vessels.map((v, i) => el('li', { class: i === 0 ? 'focus' : 'partner' },
        link(routes.vessel(v.mmsi), v.name || names.get(v.mmsi) || String(v.mmsi), { 'data-mmsi': String(v.mmsi) }),
        ` MMSI ${v.mmsi}`, v.imo ? ` · IMO ${v.imo}` : '', ' ', v.risk ? riskBadge(v.risk) : '')))),
    el('section', {}, el('h3', {}, 'Evidence'), evidenceTable(e.evidence)),
    el('p', {}, link(routes.cap(), 'Deliveries against the UN cap →')));

  await ctx.map.ready;
  const from = new Date(Date.parse(e.start) - aroundMs).toISOString();
  const to = new Date(Date.parse(e.end ?? e.start) + aroundMs).toISOString();
  const tracks = await Promise.all(vessels.map(v => api.vesselTrack(v.mmsi, { from, to, zoom: 11 })
    .catch(err => { probe.errors.push(`track ${v.mmsi}: ${String(err)}`); return { type: 'FeatureCollection', features: [] } as FeatureCollection; })));
  if (!ctx.isCurrent()) return;
  const all: FeatureCollection = { type: 'FeatureCollection', features: tracks.flatMap(c => c.features) };
  ctx.map.setFocus(all, vessels.slice(0, 1).map(v => v.mmsi), vessels.slice(1).map(v => v.mmsi));
  ctx.map.focusEvent(e);
  ctx.map.fitTo(all, e.lon !== null && e.lat !== null ? [e.lon, e.lat] : undefined);
  probe.view = `event/${id}`;
}

/** The evidence object flattened to dotted keys (e.g. nearest_port.name), one row each, values as text. */
function evidenceTable(evidence: Record<string, unknown> | undefined): Child {
  const rows: Child[][] = [];
  const walk = (prefix: string, value: unknown) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) walk(prefix ? `${prefix}.${k}` : k, v);
    } else {
      rows.push([prefix, evidenceValue(value)]);
    }
  };
  walk('', evidence ?? {});
  if (rows.length === 0) return el('p', { class: 'empty' }, 'No evidence recorded.');
  return table(['evidence', 'value'], rows, { id: 'evidence' });
}

/** Measures read best grouped and rounded; ids (segment ids, MMSIs: large integers) must stay as written. */
function evidenceValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'number') return JSON.stringify(value);
  if (Number.isInteger(value)) return Math.abs(value) >= 100_000_000 ? String(value) : formatNumber(value);
  return formatNumber(value, 3);
}

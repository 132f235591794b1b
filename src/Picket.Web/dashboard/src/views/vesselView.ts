// One vessel: who it claimed to be over time, its speed/draught/gap chart, its risk factors linked to the events
// behind them, its list matches and its events; on the map its track, and its encounter partners' tracks highlighted.
import type { FeatureCollection } from 'geojson';
import { api } from '../api';
import { el, formatNumber, formatTime, link, replace, table, type Child } from '../dom';
import { timelineChart } from '../charts/timelineChart';
import { probe } from '../probe';
import { routes } from '../router';
import type { PicketEvent, Vessel } from '../types';
import { riskBadge, showError, showLoading, type ViewContext } from './context';

/** How much of a partner's track to show around an encounter: enough to see both approach and leave. */
const partnerWindowMs = 6 * 3600_000;

export async function renderVessel(ctx: ViewContext, mmsi: number): Promise<void> {
  showLoading(ctx.panel, `vessel ${mmsi}`);
  let vessel: Vessel;
  try {
    vessel = await api.vessel(mmsi);
  } catch (e) {
    if (ctx.isCurrent()) showError(ctx.panel, `vessel ${mmsi}`, e);
    return;
  }
  if (!ctx.isCurrent()) return;
  const events = vessel.events ?? [];
  const partners = partnersOf(mmsi, events);
  const chart = el('div', { id: 'vessel-chart', class: 'chart' });
  replace(ctx.panel,
    el('h2', { id: 'vessel-name' }, vessel.name || '(no name)'),
    el('p', { class: 'ids' }, `MMSI ${vessel.mmsi}`, vessel.imo ? ` · IMO ${vessel.imo}` : '', ' · ', riskBadge(vessel.risk)),
    section('Identity history', identityTable(vessel)),
    section('Speed, draught and AIS gaps', chart),
    section('Risk factors', riskFactors(vessel)),
    section('List matches', matchesTable(vessel)),
    section(`Events (${events.length})`, eventsTable(mmsi, events)));

  await ctx.map.ready;
  const [track, partnerTracks] = await Promise.all([
    api.vesselTrack(mmsi, { zoom: 10 }).catch(e => { probe.errors.push(`track ${mmsi}: ${String(e)}`); return emptyCollection(); }),
    Promise.all([...partners].map(([p, w]) => api.vesselTrack(p, { ...w, zoom: 10 }).catch(() => emptyCollection()))),
    api.timeline(mmsi).then(t => { if (ctx.isCurrent()) timelineChart(chart, t, Math.max(300, ctx.panel.clientWidth - 40)); })
      .catch(e => { chart.textContent = `No timeline: ${String(e)}`; }),
  ]);
  if (!ctx.isCurrent()) return;
  const all: FeatureCollection = { type: 'FeatureCollection', features: [track, ...partnerTracks].flatMap(c => c.features) };
  ctx.map.setFocus(all, [mmsi], [...partners.keys()]);
  ctx.map.focusEvent(null);
  const latest = vessel.latest?.at(-1);
  ctx.map.fitTo(track, latest ? [latest.lon, latest.lat] : undefined);
  probe.view = `vessel/${mmsi}`;
}

/** Partners are the other hulls of this vessel's encounters, each with the time window around its encounters. */
function partnersOf(mmsi: number, events: PicketEvent[]): Map<number, { from: string; to: string }> {
  const windows = new Map<number, { from: number; to: number }>();
  for (const e of events) {
    if (e.type !== 'encounter') continue;
    const start = Date.parse(e.start), end = Date.parse(e.end ?? e.start);
    for (const v of e.vessels) {
      if (v.mmsi === mmsi) continue;
      const w = windows.get(v.mmsi);
      windows.set(v.mmsi, { from: Math.min(w?.from ?? Infinity, start - partnerWindowMs), to: Math.max(w?.to ?? -Infinity, end + partnerWindowMs) });
    }
  }
  return new Map([...windows].map(([m, w]) => [m, { from: new Date(w.from).toISOString(), to: new Date(w.to).toISOString() }]));
}

function section(title: string, body: Child): HTMLElement {
  return el('section', {}, el('h3', {}, title), body);
}

function identityTable(v: Vessel): Child {
  const ids = v.identities ?? [];
  if (ids.length === 0) return el('p', { class: 'empty' }, 'No identity reports.');
  return table(['from', 'to', 'name', 'IMO', 'call sign', 'type', 'flag'],
    ids.map(i => [formatTime(i.from), formatTime(i.to), i.name ?? '', i.imo ? String(i.imo) : '', i.callSign ?? '', i.shipType != null ? String(i.shipType) : '', i.flag ?? '']),
    { id: 'identities' });
}

function riskFactors(v: Vessel): Child {
  const factors = v.risk?.factors ?? [];
  if (factors.length === 0) return el('p', { class: 'empty' }, 'No risk factors.');
  return el('ul', { id: 'risk-factors' }, ...factors.map(f => el('li', {},
    el('strong', {}, `+${f.points} `, f.name), f.detail ? ` — ${f.detail}` : '',
    ...(f.eventIds ?? []).flatMap((id, i) => [i === 0 ? ' ' : ', ', link(routes.event(id), eventLabel(id), { 'data-event-id': id })]))));
}

/** Event ids start with their type (Core's EventId: type:mmsi:start:…), which makes a readable link label. */
function eventLabel(id: string): string {
  const type = id.split(':', 1)[0];
  return /^[a-z_]+$/.test(type) ? type.replace('_', ' ') : 'event';
}

function matchesTable(v: Vessel): Child {
  const matches = v.matches ?? [];
  if (matches.length === 0) return el('p', { class: 'empty' }, 'No list matches.');
  return table(['list', 'entry', 'name on the list', 'type', 'score'],
    matches.map(m => [m.list, m.entryId, m.entryName, m.schema ?? '', formatNumber(m.score, 2)]), { id: 'matches' });
}

function eventsTable(mmsi: number, events: PicketEvent[]): Child {
  if (events.length === 0) return el('p', { class: 'empty' }, 'No events.');
  const sorted = [...events].sort((a, b) => a.start.localeCompare(b.start));
  const tbl = table(['type', 'start', 'end', 'other vessel', 'confidence', ''],
    sorted.map(e => {
      const other = e.vessels.find(v => v.mmsi !== mmsi);
      return [
        e.type.replace('_', ' '), formatTime(e.start), formatTime(e.end),
        other ? link(routes.vessel(other.mmsi), other.name || String(other.mmsi), { class: 'partner-link', 'data-mmsi': String(other.mmsi) }) : '',
        formatNumber(e.confidence, 2),
        link(routes.event(e.id), 'open', { class: 'event-link', 'data-event-id': e.id, 'data-type': e.type }),
      ];
    }), { id: 'vessel-events' });
  return tbl;
}

function emptyCollection(): FeatureCollection {
  return { type: 'FeatureCollection', features: [] };
}

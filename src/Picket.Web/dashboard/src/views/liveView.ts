// The live watch (picket serve --watch): vessels moving on the map from /api/v1/live/positions, the alerts as they are
// raised from /api/v1/live/alerts (newest first; EventSource resumes with Last-Event-ID after a drop), and the watch's
// status line from /api/v1/live/status. Same origin only, as the CSP requires (connect-src 'self').
import type { Feature, FeatureCollection, Point } from 'geojson';
import { el, formatNumber, formatTime, link, replace } from '../dom';
import type { MapView } from '../map/mapView';
import { probe } from '../probe';
import { routes } from '../router';
import type { ViewContext } from './context';

/** Alerts kept in the panel at most: the stream may run for days. */
const maxAlerts = 200;

interface LivePosition { mmsi: number; time: string; lat: number; lon: number; sog: number | null; cog: number | null }
interface LiveAlert {
  id: string; rule: string; state: string; revision: number; event_type: string; event_id: string;
  start: string; end: string; reason: string; vessels: { mmsi: number; name?: string | null }[];
}
interface LiveStatus {
  state: string; failure: string | null; messages: number; messagesPerSecond: number; lagSeconds: number | null;
  events: number; alerts: number; sources: { name: string; messages: number; rejected: number; reconnects: number; done: boolean }[];
  positions: { vessels: number };
}

interface Session { positions: EventSource; alerts: EventSource; timer: number; map: MapView }
let session: Session | null = null;

/** Closes the live streams and clears the live layer (any other view). */
export function stopLive(map: MapView): void {
  if (!session) return;
  session.positions.close();
  session.alerts.close();
  window.clearInterval(session.timer);
  session = null;
  map.setLive({ type: 'FeatureCollection', features: [] });
}

export function renderLive(ctx: ViewContext): void {
  stopLive(ctx.map);
  ctx.map.clearFocus();
  const status = el('p', { id: 'live-status' }, 'Connecting to the watch…');
  const alerts = el('ol', { id: 'live-alerts' });
  const empty = el('p', { class: 'empty', id: 'live-no-alerts' }, 'No alert yet.');
  replace(ctx.panel, el('h2', {}, 'Live watch'), status, el('h3', {}, 'Alerts'), empty, alerts);

  const vessels = new Map<number, Feature<Point>>();
  const places = new Map<number, string>();
  const moved = new Set<number>();
  let pending = false;
  const positions = new EventSource('/api/v1/live/positions');
  positions.addEventListener('positions', e => {
    let items: LivePosition[];
    try {
      items = JSON.parse((e as MessageEvent<string>).data) as LivePosition[];
    } catch {
      probe.errors.push('live: a positions frame is not JSON');
      return;
    }
    for (const p of items) {
      if (!Number.isFinite(p.lat) || !Number.isFinite(p.lon)) continue;
      const place = `${p.lat},${p.lon}`;
      if (places.has(p.mmsi) && places.get(p.mmsi) !== place) moved.add(p.mmsi);
      places.set(p.mmsi, place);
      vessels.set(p.mmsi, { type: 'Feature', geometry: { type: 'Point', coordinates: [p.lon, p.lat] }, properties: { mmsi: p.mmsi, sog: p.sog } });
    }
    probe.live.frames++;
    probe.live.vessels = vessels.size;
    probe.live.moved = moved.size;
    // One map update per animation frame however many frames arrive.
    if (!pending) {
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        const fc: FeatureCollection = { type: 'FeatureCollection', features: [...vessels.values()] };
        ctx.map.setLive(fc);
      });
    }
  });
  positions.onerror = () => { if (positions.readyState === EventSource.CLOSED) status.textContent = 'This server runs no watch (picket serve --watch SOURCE…).'; };

  const source = new EventSource('/api/v1/live/alerts');
  source.addEventListener('alert', e => {
    let a: LiveAlert;
    try {
      a = JSON.parse((e as MessageEvent<string>).data) as LiveAlert;
    } catch {
      probe.errors.push('live: an alert is not JSON');
      return;
    }
    // A later revision of an alert replaces its line.
    const key = `alert-${a.id}`;
    alerts.querySelector(`li[data-alert="${CSS.escape(key)}"]`)?.remove();
    const first = a.vessels[0];
    const item = el('li', { 'data-alert': key, 'data-rule': a.rule, class: a.state === 'withdrawn' ? 'withdrawn' : undefined },
      el('span', { class: 'rule' }, a.rule.replace(/_/g, ' ')), ` (${a.state}, rev ${a.revision}) `,
      formatTime(a.start), ' – ', formatTime(a.end), el('br'),
      a.reason, el('br'),
      ...a.vessels.flatMap((v, i) => [i > 0 ? ' · ' : '', link(routes.vessel(v.mmsi), v.name || String(v.mmsi), { 'data-mmsi': String(v.mmsi) })]),
      ' · ', link(routes.event(a.event_id), 'event', { class: 'alert-event' }));
    if (first) item.title = `MMSI ${first.mmsi}`;
    alerts.prepend(item);
    while (alerts.children.length > maxAlerts) alerts.lastElementChild?.remove();
    empty.hidden = true;
    probe.live.alerts = alerts.children.length;
  });

  const poll = async () => {
    try {
      const response = await fetch('/api/v1/live/status', { headers: { Accept: 'application/json' } });
      if (response.status === 404) {
        status.textContent = 'This server runs no watch (picket serve --watch SOURCE…).';
        return;
      }
      const s = (await response.json()) as LiveStatus;
      const lag = s.lagSeconds === null ? '–' : s.lagSeconds >= 7200 ? `${formatNumber(s.lagSeconds / 3600)} h` : `${formatNumber(s.lagSeconds)} s`;
      const feeds = s.sources.map(f => `${f.name}: ${formatNumber(f.messages)} msgs, ${formatNumber(f.rejected)} rejected, ${f.reconnects} reconnects${f.done ? ', ended' : ''}`).join('; ');
      status.className = s.state === 'failed' ? 'failed' : '';
      status.textContent = `${s.state}${s.failure ? `: ${s.failure}` : ''} · ${formatNumber(s.messagesPerSecond)} msg/s · lag ${lag} · `
        + `${formatNumber(s.messages)} messages · ${formatNumber(s.positions.vessels)} vessels · ${formatNumber(s.events)} events · ${formatNumber(s.alerts)} alerts | ${feeds}`;
    } catch (e) {
      status.textContent = `Status unavailable: ${String(e)}`;
    }
  };
  void poll();
  session = { positions, alerts: source, timer: window.setInterval(() => void poll(), 2000), map: ctx.map };
  probe.view = 'live';
}

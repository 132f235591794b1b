// The analysts' dashboard: a search box, a side panel for the current view and one map; every view is a hash URL.
import './style.css';
import { el } from './dom';
import { legend } from './map/legend';
import { MapView } from './map/mapView';
import { probe } from './probe';
import { onRoute, routes, type Route } from './router';
import { renderCap } from './views/capView';
import type { ViewContext } from './views/context';
import { renderEvent } from './views/eventView';
import { renderHome, renderUnknown } from './views/homeView';
import { renderLive, stopLive } from './views/liveView';
import { renderSearch } from './views/searchView';
import { renderVessel } from './views/vesselView';

const panel = document.getElementById('panel')!;
const mapContainer = document.getElementById('map')!;
const searchForm = document.getElementById('search') as HTMLFormElement;
const searchBox = document.getElementById('q') as HTMLInputElement;

const mapView = new MapView(mapContainer, {
  vessel: mmsi => { location.hash = routes.vessel(mmsi); },
  event: id => { location.hash = routes.event(id); },
});
window.map = mapView.map;
mapContainer.appendChild(legend(mapView));

searchForm.addEventListener('submit', e => {
  e.preventDefault();
  location.hash = routes.search(searchBox.value.trim());
});

let generation = 0;
function render(route: Route): void {
  const mine = ++generation;
  // The live streams run only while the live view is shown.
  if (route.view !== 'live') stopLive(mapView);
  probe.view = '';
  const ctx: ViewContext = { panel, map: mapView, isCurrent: () => mine === generation };
  if (route.view === 'search') searchBox.value = route.q;
  const done = (() => {
    switch (route.view) {
      case 'home': return renderHome(ctx);
      case 'search': return renderSearch(ctx, route.q);
      case 'vessel': return renderVessel(ctx, route.mmsi);
      case 'event': return renderEvent(ctx, route.id);
      case 'cap': return renderCap(ctx);
      case 'live': return renderLive(ctx);
      case 'unknown': return renderUnknown(ctx, route.hash);
    }
  })();
  Promise.resolve(done).catch(e => probe.errors.push(`view ${route.view}: ${String(e)}`));
}

onRoute(render);
document.body.appendChild(el('span', { hidden: '', id: 'booted' }));

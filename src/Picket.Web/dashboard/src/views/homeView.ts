// The overview: every track and event in the viewport; the panel says how to go further.
import { el, link, replace } from '../dom';
import { probe } from '../probe';
import { routes } from '../router';
import type { ViewContext } from './context';

export function renderHome(ctx: ViewContext): void {
  ctx.map.clearFocus();
  replace(ctx.panel,
    el('h2', {}, 'Overview'),
    el('p', {}, 'The map shows the tracks and events in view. Click a track for its vessel, a dot for its event, or search by name, MMSI or IMO.'),
    el('p', {}, link(routes.live(), 'Live watch (when the server watches feeds) →')),
    el('p', {}, link(routes.cap(), 'Deliveries against the UN cap →')));
  probe.view = 'home';
}

export function renderUnknown(ctx: ViewContext, hash: string): void {
  replace(ctx.panel, el('p', { class: 'error' }, 'No such view: ', hash), el('p', {}, link(routes.home(), 'Back to the overview')));
  probe.view = 'unknown';
}

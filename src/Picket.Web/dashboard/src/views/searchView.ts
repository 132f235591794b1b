// Search results: vessels by name, MMSI or IMO (prefix and fuzzy, so a misspelt name still finds the hull), by risk.
import { api } from '../api';
import { el, link, replace, table } from '../dom';
import { probe } from '../probe';
import { routes } from '../router';
import { riskBadge, showError, showLoading, type ViewContext } from './context';

export async function renderSearch(ctx: ViewContext, q: string): Promise<void> {
  const query = q.trim();
  ctx.map.clearFocus();
  if (query.length === 0) {
    replace(ctx.panel, el('p', {}, 'Type a vessel name, MMSI or IMO number in the search box.'));
    probe.view = 'search';
    return;
  }
  showLoading(ctx.panel, 'search results');
  try {
    const { vessels } = await api.searchVessels(query);
    if (!ctx.isCurrent()) return;
    const rows = vessels.map(v => [
      link(routes.vessel(v.mmsi), v.name || '(no name)', { class: 'vessel-link', 'data-mmsi': String(v.mmsi) }),
      String(v.mmsi), v.imo ? String(v.imo) : '', v.flag ?? '', riskBadge(v.risk), v.matchedOn ?? '',
    ]);
    replace(ctx.panel,
      el('h2', {}, `Vessels matching “`, query, `”`),
      vessels.length === 0
        ? el('p', { class: 'empty' }, 'No vessel found.')
        : table(['name', 'MMSI', 'IMO', 'flag', 'risk', 'matched on'], rows, { id: 'search-results' }));
    probe.view = 'search';
  } catch (e) {
    if (ctx.isCurrent()) showError(ctx.panel, 'search results', e);
  }
}

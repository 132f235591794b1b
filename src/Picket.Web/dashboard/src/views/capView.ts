// Estimated refined-petroleum deliveries to the DPRK per year against the 500,000-barrel annual cap
// (UNSCR 2397 (2017) OP5): a chart and the table behind it.
import { api } from '../api';
import { capChart } from '../charts/capChart';
import { el, formatNumber, replace, table } from '../dom';
import { probe } from '../probe';
import { showError, showLoading, type ViewContext } from './context';

export async function renderCap(ctx: ViewContext): Promise<void> {
  showLoading(ctx.panel, 'cap table');
  try {
    const cap = await api.cap();
    if (!ctx.isCurrent()) return;
    ctx.map.clearFocus();
    const chart = el('div', { id: 'cap-chart', class: 'chart', 'data-cap': String(cap.cap) });
    replace(ctx.panel,
      el('h2', {}, 'Deliveries against the UN cap'),
      el('p', {}, `Cap: ${formatNumber(cap.cap)} barrels of refined petroleum a year (UNSCR 2397 (2017), paragraph 5). `,
        'Bars: mid load estimate; whiskers: low–high.'),
      chart,
      table(['year', 'deliveries', 'low (bbl)', 'mid (bbl)', 'high (bbl)', 'mid, share of cap'],
        cap.years.map(y => [String(y.year), formatNumber(y.deliveries), formatNumber(y.barrelsLow), formatNumber(y.barrelsMid),
          formatNumber(y.barrelsHigh), `${formatNumber((100 * y.barrelsMid) / cap.cap, 1)} %`]), { id: 'cap-table' }));
    if (cap.years.length > 0) capChart(chart, cap, Math.max(300, ctx.panel.clientWidth - 40));
    else chart.textContent = 'No deliveries estimated.';
    probe.view = 'cap';
  } catch (e) {
    if (ctx.isCurrent()) showError(ctx.panel, 'cap table', e);
  }
}

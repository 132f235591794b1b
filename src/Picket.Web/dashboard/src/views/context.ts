import { el, replace } from '../dom';
import type { MapView } from '../map/mapView';

/** What a view needs: the side panel to fill, the map, and whether the user has since moved to another view. */
export interface ViewContext {
  panel: HTMLElement;
  map: MapView;
  isCurrent: () => boolean;
}

export function showLoading(panel: HTMLElement, what: string): void {
  replace(panel, el('p', { class: 'loading' }, `Loading ${what}…`));
}

export function showError(panel: HTMLElement, what: string, error: unknown): void {
  replace(panel, el('p', { class: 'error', role: 'alert' }, `Could not load ${what}: ${error instanceof Error ? error.message : String(error)}`));
}

export function riskBadge(risk: { score: number; band: string } | null | undefined): HTMLElement {
  if (!risk) return el('span', { class: 'risk risk-none' }, 'no risk score');
  // The band is a server value but becomes a class name: keep it to letters so it can never break out of the attribute's meaning.
  const band = risk.band.toLowerCase().replace(/[^a-z]/g, '');
  return el('span', { class: `risk risk-${band}`, title: `risk score ${risk.score}` }, `${risk.band} ${risk.score}`);
}

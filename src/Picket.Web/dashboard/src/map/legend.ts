// Layer toggles over the map, built as DOM (no inline markup or style, for the CSP).
import { el } from '../dom';
import type { MapView } from './mapView';
import { eventLayers, layerIds } from './style';

export function legend(view: MapView): HTMLElement {
  const entries: { label: string; layers: string[]; swatch: string }[] = [
    { label: 'Tracks', layers: [layerIds.tracks], swatch: 'track' },
    ...eventLayers.map(e => ({ label: e.label, layers: [layerIds.event(e.type)], swatch: e.type })),
    { label: 'Ports (DPRK in red)', layers: [layerIds.ports], swatch: 'port' },
    { label: 'Reference areas', layers: [layerIds.areasFill, layerIds.areasLine], swatch: 'area' },
  ];
  return el('div', { id: 'legend', class: 'legend' }, ...entries.map(entry => {
    const box = el('input', { type: 'checkbox', checked: '' });
    box.addEventListener('change', () => {
      for (const id of entry.layers) view.map.setLayoutProperty(id, 'visibility', box.checked ? 'visible' : 'none');
    });
    return el('label', {}, box, el('span', { class: `swatch swatch-${entry.swatch}` }), entry.label);
  }));
}

// Test hooks read by the browser tests (tests/Picket.Web.BrowserTests): whether the map has drawn, which view is
// rendered, and every error or Content-Security-Policy violation the page saw. They expose nothing the page does not
// already show.
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface Probe {
  /** true once MapLibre reported the map loaded (style, sources and first frame). */
  loaded: boolean;
  /** the route last rendered completely, e.g. "vessel/441234567"; "" while a view is loading. */
  view: string;
  /** map errors, failed API calls and uncaught page errors. */
  errors: string[];
  /** CSP violations (securitypolicyviolation events, W3C CSP Level 3 §5.3). */
  cspViolations: string[];
  /** the vessel and its partners highlighted on the map. */
  highlight: { focus: number[]; partners: number[] };
  /** the live view: position frames received, vessels on the live layer, vessels seen at more than one place, alerts listed. */
  live: { frames: number; vessels: number; moved: number; alerts: number };
}

declare global {
  interface Window {
    map: MapLibreMap;
    probe: Probe;
  }
}

export const probe: Probe = { loaded: false, view: '', errors: [], cspViolations: [], highlight: { focus: [], partners: [] },
  live: { frames: 0, vessels: 0, moved: 0, alerts: 0 } };
window.probe = probe;

document.addEventListener('securitypolicyviolation', e => {
  probe.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`);
});
window.addEventListener('error', e => probe.errors.push(`page error: ${e.message}`));
window.addEventListener('unhandledrejection', e => probe.errors.push(`unhandled rejection: ${String(e.reason)}`));

// Natural Earth 1:50m land (public domain, via the world-atlas package) clipped to East Asian waters,
// as rings of [lon*1000, lat*1000] integers for Picket's offline report map.
const topo = require('topojson-client');
const land = require('world-atlas/land-50m.json');
const [W, S, E, N] = [110, 20, 150, 52];
const geo = topo.feature(land, land.objects.land);
function clip(ring) {
  const edges = [
    p => p[0] >= W, p => p[0] <= E, p => p[1] >= S, p => p[1] <= N];
  const inter = [
    (a, b) => [W, a[1] + (b[1] - a[1]) * (W - a[0]) / (b[0] - a[0])],
    (a, b) => [E, a[1] + (b[1] - a[1]) * (E - a[0]) / (b[0] - a[0])],
    (a, b) => [a[0] + (b[0] - a[0]) * (S - a[1]) / (b[1] - a[1]), S],
    (a, b) => [a[0] + (b[0] - a[0]) * (N - a[1]) / (b[1] - a[1]), N]];
  let out = ring;
  for (let k = 0; k < 4; k++) {
    const input = out; out = [];
    if (!input.length) break;
    for (let i = 0; i < input.length; i++) {
      const cur = input[i], prev = input[(i + input.length - 1) % input.length];
      const ci = edges[k](cur), pi = edges[k](prev);
      if (ci) { if (!pi) out.push(inter[k](prev, cur)); out.push(cur); }
      else if (pi) out.push(inter[k](prev, cur));
    }
  }
  return out;
}
const rings = [];
for (const f of geo.features) {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const poly of polys) {
    const outer = poly[0];
    const c = clip(outer);
    if (c.length < 3) continue;
    const q = [];
    for (const p of c) {
      const x = Math.round(p[0] * 1000), y = Math.round(p[1] * 1000);
      if (q.length && q[q.length - 1][0] === x && q[q.length - 1][1] === y) continue;
      q.push([x, y]);
    }
    if (q.length >= 3) rings.push(q.flat());
  }
}
const out = { source: 'Natural Earth 1:50m land (public domain), from the world-atlas 2.0.2 npm package; clipped to lon 110..150, lat 20..52 by tools/land/extract.js', scale: 1000, bbox: [W, S, E, N], rings };
require('fs').writeFileSync(process.argv[2], JSON.stringify(out));
console.log(rings.length, 'rings', rings.reduce((a, r) => a + r.length / 2, 0), 'points');

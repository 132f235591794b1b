// A vessel's speed and draught over time with its AIS gaps shaded: the chart an analyst reads to see a tanker
// go dark, slow down beside another hull and come back lower in the water (uPlot, drawn on a canvas, no markup).
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Timeline } from '../types';

const seconds = (iso: string) => Date.parse(iso) / 1000;

export function timelineChart(container: HTMLElement, timeline: Timeline, width: number): uPlot {
  const pts = timeline.points.filter(p => Number.isFinite(seconds(p.time)));
  const data: uPlot.AlignedData = [
    pts.map(p => seconds(p.time)),
    pts.map(p => p.sog ?? null),
    pts.map(p => p.draught ?? null),
  ];
  // A gap still open at the end of the data ("to" null) runs to the last point.
  const last = data[0].length > 0 ? (data[0][data[0].length - 1] as number) : 0;
  const gaps = timeline.gaps.map(g => [seconds(g.from), g.to ? seconds(g.to) : last] as const).filter(([a, b]) => b > a);
  const options: uPlot.Options = {
    width, height: 180,
    scales: { x: { time: true }, kn: { auto: true }, m: { auto: true } },
    series: [
      {},
      { label: 'speed (kn)', scale: 'kn', stroke: '#08519c', width: 1, spanGaps: false },
      { label: 'draught (m)', scale: 'm', stroke: '#e6550d', width: 2, spanGaps: true },
    ],
    axes: [
      {},
      { scale: 'kn', label: 'kn', size: 40 },
      { scale: 'm', label: 'm', side: 1, size: 40, grid: { show: false } },
    ],
    hooks: {
      // AIS gaps as shaded bands behind the series (the chart's own canvas, no overlay elements).
      drawClear: [u => {
        const ctx = u.ctx;
        ctx.save();
        ctx.fillStyle = 'rgba(122, 1, 119, 0.15)';
        for (const [a, b] of gaps) {
          const x0 = u.valToPos(a, 'x', true), x1 = u.valToPos(b, 'x', true);
          ctx.fillRect(x0, u.bbox.top, Math.max(1, x1 - x0), u.bbox.height);
        }
        ctx.restore();
      }],
    },
  };
  return new uPlot(options, data, container);
}

// Estimated deliveries per year against the UN cap on refined petroleum to the DPRK: 500,000 barrels a year
// (UN Security Council resolution 2397 (2017), paragraph 5). Bars are the mid estimate; whiskers the low–high range.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { CapTable } from '../types';

export function capChart(container: HTMLElement, table: CapTable, width: number): uPlot {
  const years = table.years.map(y => y.year);
  const data: uPlot.AlignedData = [
    years,
    table.years.map(y => y.barrelsMid),
    table.years.map(() => table.cap),
  ];
  const low = table.years.map(y => y.barrelsLow), high = table.years.map(y => y.barrelsHigh);
  const maxY = Math.max(table.cap, ...high) * 1.15;
  const bars = uPlot.paths.bars!({ size: [0.5, 80] });
  const options: uPlot.Options = {
    width, height: 260,
    legend: { show: false }, // the table below the chart carries the numbers
    scales: {
      x: { time: false, range: () => [Math.min(...years) - 0.6, Math.max(...years) + 0.6] },
      y: { range: () => [0, maxY] },
    },
    series: [
      { label: 'year' },
      { label: 'deliveries, mid estimate (bbl)', fill: 'rgba(215, 48, 31, 0.55)', stroke: '#d7301f', paths: bars, points: { show: false } },
      { label: `UN cap ${table.cap.toLocaleString('en-US')} bbl`, stroke: '#000000', width: 2, dash: [6, 4], points: { show: false } },
    ],
    axes: [
      { values: (_u, splits) => splits.map(v => (Number.isInteger(v) ? String(v) : '')) },
      { size: 70, values: (_u, splits) => splits.map(v => v.toLocaleString('en-US')) },
    ],
    hooks: {
      // The cap is a horizontal line across the whole plot, not only between the year points.
      draw: [u => {
        const ctx = u.ctx;
        ctx.save();
        ctx.strokeStyle = '#000000';
        ctx.lineWidth = 2;
        ctx.setLineDash([6, 4]);
        const y = u.valToPos(table.cap, 'y', true);
        ctx.beginPath();
        ctx.moveTo(u.bbox.left, y);
        ctx.lineTo(u.bbox.left + u.bbox.width, y);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.strokeStyle = '#7f0000';
        for (let i = 0; i < years.length; i++) {
          const x = u.valToPos(years[i], 'x', true);
          ctx.beginPath();
          ctx.moveTo(x, u.valToPos(low[i], 'y', true));
          ctx.lineTo(x, u.valToPos(high[i], 'y', true));
          ctx.stroke();
        }
        ctx.restore();
      }],
    },
  };
  return new uPlot(options, data, container);
}

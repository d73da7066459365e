// The dashboard's charts as SVG on the server: the same pure ECharts options the browser draws
// (src/domain/charts), rendered with ECharts' server-side SVG renderer, for the city-wide PDF. Only
// the modules the charts use are loaded — the bar chart, the plain grid and legend, the SVG renderer
// (the barrels 'echarts/charts' and 'echarts/components' would load every chart and component, about
// twice the start-up) — and only with the first chart: the city report imports this module lazily.
import 'echarts/lib/chart/bar';
import 'echarts/lib/component/gridSimple';
import 'echarts/lib/component/legendPlain';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartOption } from '../../domain/charts/options.js';

use([SVGRenderer]);

/** Renders a chart option to an SVG document of the given size in px (= pt in the PDF); the chart is disposed after. */
export function renderChartSvg(option: ChartOption, size: { width: number; height: number }): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    // A picture on paper: no animation, and no tooltip (nothing to hover over).
    const { tooltip: _tooltip, ...still } = option;
    chart.setOption({ ...still, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

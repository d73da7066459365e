// The dashboard's charts as SVG on the server: the same pure ECharts options the browser draws
// (src/domain/charts), rendered with ECharts' server-side SVG renderer, for the city-wide PDF. Only
// the parts the charts use are loaded, and only with the first chart (the city report's renderer
// imports this module lazily).
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartOption } from '../../domain/charts/options.js';

use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** Renders a chart option to an SVG document of the given size in px (= pt in the PDF); the chart is disposed after. */
export function renderChartSvg(option: ChartOption, size: { width: number; height: number }): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

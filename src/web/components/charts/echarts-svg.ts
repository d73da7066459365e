// The part of Apache ECharts the dashboard draws with: bar charts, their grid, legend and tooltip, and
// the SVG renderer (text stays text, nothing is a canvas that traps focus or blurs when zoomed).
// Loaded with a dynamic import by Chart.tsx, so pages without charts never download it.
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartOption } from '../../../domain/charts/options.js';

use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** A chart drawn into `element`: give it new options, resize it with its box, and dispose of it. */
export interface DrawnChart {
  update(option: ChartOption): void;
  resize(): void;
  dispose(): void;
}

/** Draws the option into the element with the SVG renderer. */
export function drawChart(element: HTMLElement, option: ChartOption): DrawnChart {
  const chart: EChartsType = init(element, null, { renderer: 'svg' });
  chart.setOption(option, true);
  return {
    update: (next) => chart.setOption(next, true),
    resize: () => chart.resize(),
    dispose: () => chart.dispose(),
  };
}

import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { formatMoney } from '../../shared/format';

// Only the parts this chart uses, so the detail page's chunk stays small.
echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

interface PaymentChartProps {
  /** Oldest first. */
  payments: readonly { period: string; amount: number }[];
}

/** Monthly pension paid over the last months, as bars. */
export function PaymentChart({ payments }: PaymentChartProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'svg' });
    chart.setOption({
      grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (v: unknown) => formatMoney(Math.round(Number(v) * 100)),
      },
      xAxis: { type: 'category', data: payments.map((p) => p.period), axisTick: { alignWithLabel: true } },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => `¥${v.toLocaleString('zh-CN')}` } },
      series: [{ name: '发放金额', type: 'bar', data: payments.map((p) => p.amount / 100), barMaxWidth: 28, itemStyle: { color: '#1677ff', borderRadius: [4, 4, 0, 0] } }],
    });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => chart.resize());
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      chart.dispose();
    };
  }, [payments]);

  return <div ref={ref} role="img" aria-label="近 12 个月养老金发放金额柱状图" style={{ width: '100%', height: 220 }} />;
}

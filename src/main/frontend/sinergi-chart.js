// <sinergi-chart>: draws the data the server sets (property "data", JSON) with Chart.js and reports clicks as
// "chart-click" events (detail: index of the category, index of the series). The light-DOM children (a data table for
// screen readers, built on the server) are slotted but visually hidden; the canvas itself is hidden from assistive tech.
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement,
  Tooltip);

const PATTERN_SIZE = 10;

// A fill that does not rely on colour alone: stripes, dots or cross-hatching drawn over the series colour.
function pattern(color, kind) {
  if (!kind || kind === 'SOLID') {
    return color;
  }
  const canvas = document.createElement('canvas');
  canvas.width = PATTERN_SIZE;
  canvas.height = PATTERN_SIZE;
  const c = canvas.getContext('2d');
  c.fillStyle = color;
  c.fillRect(0, 0, PATTERN_SIZE, PATTERN_SIZE);
  c.strokeStyle = 'rgba(0, 0, 0, 0.55)';
  c.fillStyle = 'rgba(0, 0, 0, 0.55)';
  c.lineWidth = 1.5;
  if (kind === 'STRIPES' || kind === 'CROSSHATCH') {
    c.beginPath();
    c.moveTo(0, PATTERN_SIZE);
    c.lineTo(PATTERN_SIZE, 0);
    c.moveTo(-2, 2);
    c.lineTo(2, -2);
    c.moveTo(PATTERN_SIZE - 2, PATTERN_SIZE + 2);
    c.lineTo(PATTERN_SIZE + 2, PATTERN_SIZE - 2);
    c.stroke();
  }
  if (kind === 'CROSSHATCH') {
    c.beginPath();
    c.moveTo(0, 0);
    c.lineTo(PATTERN_SIZE, PATTERN_SIZE);
    c.stroke();
  }
  if (kind === 'DOTS') {
    c.beginPath();
    c.arc(PATTERN_SIZE / 2, PATTERN_SIZE / 2, 1.6, 0, 2 * Math.PI);
    c.fill();
  }
  return c.createPattern(canvas, 'repeat');
}

const LINE_STYLES = {
  SOLID: { dash: [], point: 'circle' },
  STRIPES: { dash: [6, 4], point: 'triangle' },
  DOTS: { dash: [2, 3], point: 'rect' },
  CROSSHATCH: { dash: [8, 3, 2, 3], point: 'crossRot' },
};

// Writes each value on its bar segment (when the segment is wide enough), so numbers are read without the tooltip.
const valueLabels = {
  id: 'sinergiValueLabels',
  afterDatasetsDraw(chart) {
    if (chart.config.type !== 'bar') {
      return;
    }
    const { ctx } = chart;
    ctx.save();
    ctx.font = '600 12px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    chart.data.datasets.forEach((dataset, d) => {
      const meta = chart.getDatasetMeta(d);
      if (meta.hidden) {
        return;
      }
      meta.data.forEach((bar, i) => {
        const value = dataset.data[i];
        const { width, height } = bar.getProps(['width', 'height'], true);
        const size = chart.options.indexAxis === 'y' ? Math.abs(width) : Math.abs(height);
        if (!value || size < 18) {
          return;
        }
        const text = dataset.formatted[i];
        const w = ctx.measureText(text).width + 6;
        ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
        ctx.fillRect(bar.getCenterPoint().x - w / 2, bar.getCenterPoint().y - 8, w, 16);
        ctx.fillStyle = '#1a1a1a';
        ctx.fillText(text, bar.getCenterPoint().x, bar.getCenterPoint().y);
      });
    });
    ctx.restore();
  },
};

class SinergiChart extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>
        :host { display: block; position: relative; min-height: 12rem; }
        .frame { position: relative; width: 100%; height: 100%; }
        ::slotted(*) { position: absolute !important; width: 1px; height: 1px; overflow: hidden;
                       clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
      </style><div class="frame"><canvas aria-hidden="true"></canvas></div><slot></slot>`;
    this._canvas = root.querySelector('canvas');
  }

  set data(json) {
    this._data = typeof json === 'string' ? JSON.parse(json) : json;
    if (this.isConnected) {
      this._draw();
    }
  }

  get data() {
    return this._data;
  }

  connectedCallback() {
    if (this._data) {
      this._draw();
    }
  }

  disconnectedCallback() {
    this._chart?.destroy();
    this._chart = undefined;
  }

  _draw() {
    this._chart?.destroy();
    const d = this._data;
    const horizontal = d.kind === 'HORIZONTAL_STACKED_BARS';
    const line = d.kind === 'LINES';
    const datasets = d.series.map((s) => {
      const style = LINE_STYLES[s.pattern] || LINE_STYLES.SOLID;
      return line
        ? { label: s.name, data: s.values, formatted: s.formatted, borderColor: s.color, backgroundColor: s.color,
            borderDash: style.dash, pointStyle: style.point, pointRadius: 5, borderWidth: 2, tension: 0.2 }
        : { label: s.name, data: s.values, formatted: s.formatted, backgroundColor: pattern(s.color, s.pattern),
            borderColor: '#ffffff', borderWidth: 1 };
    });
    this._chart = new Chart(this._canvas, {
      type: line ? 'line' : 'bar',
      data: { labels: d.labels, datasets },
      plugins: [valueLabels],
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        locale: d.locale,
        scales: {
          x: { stacked: horizontal, beginAtZero: true, ticks: { precision: 0 } },
          y: { stacked: horizontal, beginAtZero: true, ticks: { precision: 0 } },
        },
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: line, boxWidth: 22, boxHeight: 14 } },
          tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${c.dataset.formatted[c.dataIndex]}` } },
        },
        onHover: (event, elements) => {
          this._canvas.style.cursor = d.clickable && elements.length ? 'pointer' : 'default';
        },
        onClick: (event, elements) => {
          if (d.clickable && elements.length) {
            const [{ index, datasetIndex }] = elements;
            this.dispatchEvent(new CustomEvent('chart-click', { detail: { index, series: datasetIndex } }));
          }
        },
      },
    });
    this.setAttribute('drawn', '');
  }
}

customElements.define('sinergi-chart', SinergiChart);

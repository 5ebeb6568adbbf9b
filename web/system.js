// The system view: health panel and the metrics dashboard (Chart.js from Debian, embedded).
import * as api from './api.js';
import { el, clear, $ } from './dom.js';

const charts = {};

// Parses Prometheus text into [{name, labels, value}].
function parseMetrics(text) {
  const out = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = line.match(/^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)$/);
    if (!m) continue;
    const labels = {};
    for (const pair of (m[2] || '').matchAll(/(\w+)="([^"]*)"/g)) labels[pair[1]] = pair[2];
    out.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return out;
}

function chart(id, type, labels, data, label) {
  if (!window.Chart) return;
  charts[id]?.destroy();
  charts[id] = new window.Chart($(id), {
    type,
    data: { labels, datasets: [{ label, data }] },
    options: { animation: false, responsive: true },
  });
}

export async function showSystem() {
  const health = await api.health();
  const dl = clear($('health'));
  for (const [k, v] of Object.entries(health)) {
    dl.append(el('dt', { text: k }), el('dd', { text: Array.isArray(v) ? v.join(', ') || 'none' : String(v) }));
  }
  const series = parseMetrics(await api.metrics());
  const byRoute = {};
  for (const s of series.filter((x) => x.name === 'repopost_http_requests_total')) {
    byRoute[s.labels.route] = (byRoute[s.labels.route] || 0) + s.value;
  }
  chart('chart-latency', 'bar', Object.keys(byRoute), Object.values(byRoute), 'requests');
  const buckets = series.filter((x) => x.name === 'repopost_generation_seconds_bucket');
  let previous = 0;
  const counts = buckets.map((b) => { const c = b.value - previous; previous = b.value; return c; });
  chart('chart-generation', 'bar', buckets.map((b) => `≤ ${b.labels.le} s`), counts, 'generations');
  const drift = clear($('drift'));
  const alerts = series.filter((x) => x.name.includes('drift') && x.value > 0);
  drift.append(el('li', { text: alerts.length ? `${alerts.length} drift alerts` : 'No drift alerts.' }));
}

// The system view: health panel and the metrics dashboard (Chart.js from Debian, embedded).
import * as api from './api.js';
import { el, clear, $ } from './dom.js';

const charts = {};

// Health fields in the order and words a person reads them; unknown fields follow as they are.
const HEALTH_LABELS = [
  ['status', 'Status'], ['degraded', 'Degraded'], ['active_tier', 'Active writer tier'],
  ['providers', 'LLM providers'], ['offline', 'Offline'], ['queued_jobs', 'Queued jobs'],
  ['worker_threads', 'Worker threads'], ['api_keys_required', 'API keys required'], ['version', 'Version'],
];

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

// Chart colours follow the theme's CSS variables.
function themeColor(name) { return getComputedStyle(document.documentElement).getPropertyValue(name).trim(); }

function chart(id, labels, data, label) {
  if (!window.Chart) return;
  charts[id]?.destroy();
  const fg = themeColor('--muted');
  const grid = themeColor('--border');
  const axis = { ticks: { color: fg }, grid: { color: grid } };
  charts[id] = new window.Chart($(id), {
    type: 'bar',
    data: { labels, datasets: [{ label, data, backgroundColor: themeColor('--accent'), borderRadius: 3 }] },
    options: { animation: false, responsive: true, plugins: { legend: { display: false } },
      scales: { x: axis, y: { ...axis, beginAtZero: true, ticks: { color: fg, precision: 0 } } } },
  });
}

function showHealth(health) {
  const dl = clear($('health'));
  const known = new Set(HEALTH_LABELS.map(([k]) => k));
  const rows = [...HEALTH_LABELS.filter(([k]) => k in health), ...Object.keys(health).filter((k) => !known.has(k)).map((k) => [k, k])];
  for (const [key, label] of rows) {
    const v = health[key];
    const text = Array.isArray(v) ? (v.join(', ') || 'none') : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v);
    const dd = el('dd', { text });
    if (key === 'status') dd.className = `badge ${v === 'ok' ? 'ok' : 'warn'}`;
    dl.append(el('dt', { text: label }), dd);
  }
}

export async function showSystem() {
  showHealth(await api.health());
  const series = parseMetrics(await api.metrics());
  const byRoute = {};
  // API routes only: the page's own files would dwarf them.
  const apiRoutes = series.filter((x) => x.name === 'repopost_http_requests_total' && x.labels.route !== '/' && !x.labels.route?.startsWith('/assets/'));
  for (const s of apiRoutes) {
    byRoute[s.labels.route] = (byRoute[s.labels.route] || 0) + s.value;
  }
  chart('chart-latency', Object.keys(byRoute), Object.values(byRoute), 'requests');
  const buckets = series.filter((x) => x.name === 'repopost_generation_seconds_bucket');
  let previous = 0;
  const counts = buckets.map((b) => { const c = b.value - previous; previous = b.value; return c; });
  const measured = counts.some((c) => c > 0);
  $('generation-empty').hidden = measured;
  $('chart-generation').hidden = !measured;
  if (measured) chart('chart-generation', buckets.map((b) => `≤ ${b.labels.le} s`), counts, 'generations');
  const drift = clear($('drift'));
  const alerts = series.filter((x) => x.name.includes('drift') && x.value > 0);
  drift.append(el('li', { text: alerts.length ? `${alerts.length} drift alerts` : 'No drift alerts.' }));
}

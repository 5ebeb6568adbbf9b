// The system view: health (providers, active tier, degraded) and the metrics dashboard: quality,
// safety confidence and generation time of every stored generation over time with the drift
// episodes marked, today's threshold alerts, and API requests by route. Chart.js is Debian's,
// embedded in the binary.
import * as api from './api.js';
import { el, clear, $ } from './dom.js';

const charts = {};

// Health fields in the order and words a person reads them; unknown fields follow as they are.
const HEALTH_LABELS = [
  ['status', 'Status'], ['degraded', 'Degraded'], ['active_tier', 'Active writer tier'],
  ['providers', 'LLM providers'], ['offline', 'Offline'], ['queued_jobs', 'Queued jobs'],
  ['worker_threads', 'Worker threads'], ['api_keys_required', 'API keys required'], ['version', 'Version'],
];
const METRIC_WORDS = {
  quality_score: 'Quality score', safety_confidence: 'Safety confidence', generation_seconds: 'Generation time',
};

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

function axes(yOptions = {}) {
  const fg = themeColor('--muted');
  const grid = themeColor('--border');
  return { x: { ticks: { color: fg, maxTicksLimit: 8 }, grid: { color: grid } },
    y: { ticks: { color: fg }, grid: { color: grid }, ...yOptions } };
}

function draw(id, config) {
  if (!window.Chart) return;
  charts[id]?.destroy();
  charts[id] = new window.Chart($(id), config);
}

// One line per metric over the generations, oldest first; points where a drift episode began
// are drawn larger in the alert colour.
function lineChart(id, points, value, label, driftStarts, yOptions) {
  const data = points.map(value);
  // What the chart shows, in words, for screen readers.
  const known = data.filter((v) => v != null);
  const fmt = (v) => (Math.abs(v) >= 10 ? v.toFixed(0) : v.toFixed(2));
  $(id).setAttribute('aria-label', known.length === 0 ? `${label}: no values yet`
    : `${label} of ${known.length} generations: latest ${fmt(known[known.length - 1])}, lowest ${fmt(Math.min(...known))}, `
      + `highest ${fmt(Math.max(...known))}; ${driftStarts.size} drift alert${driftStarts.size === 1 ? '' : 's'}`);
  const colors = points.map((_, i) => (driftStarts.has(i) ? themeColor('--bad') : themeColor('--accent')));
  const radius = points.map((_, i) => (driftStarts.has(i) ? 6 : 2));
  draw(id, {
    type: 'line',
    data: { labels: points.map((p) => p.created_at.slice(5, 16).replace('T', ' ')),
      datasets: [{ label, data, borderColor: themeColor('--accent'), pointBackgroundColor: colors,
        pointBorderColor: colors, pointRadius: radius, borderWidth: 2, spanGaps: true, tension: 0.15 }] },
    options: { animation: false, responsive: true, plugins: { legend: { display: false } }, scales: axes(yOptions) },
  });
}

function showHealth(health) {
  const dl = clear($('health'));
  const known = new Set([...HEALTH_LABELS.map(([k]) => k), 'llm']);
  const rows = [...HEALTH_LABELS.filter(([k]) => k in health), ...Object.keys(health).filter((k) => !known.has(k)).map((k) => [k, k])];
  for (const [key, label] of rows) {
    const v = health[key];
    const text = Array.isArray(v) ? (v.join(', ') || 'none (template writer only)') : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v);
    const dd = el('dd', { text });
    if (key === 'status') dd.className = `badge ${v === 'ok' ? 'ok' : 'warn'}`;
    dl.append(el('dt', { text: label }), dd);
  }
  // Each provider's breaker state and last error, when LLM providers are configured.
  for (const p of health.llm?.providers || []) {
    const parts = [`breaker ${p.state}`, p.reachable === false ? 'unreachable' : p.reachable ? 'reachable' : 'not checked yet'];
    if (p['error.type']) parts.push(`last error: ${p['error.type']}`);
    dl.append(el('dt', { text: `Provider ${p['gen_ai.provider.name']}` }), el('dd', { text: parts.join(' · ') }));
  }
}

function showSeries(series) {
  const points = series.points;
  $('series-empty').hidden = points.length > 0;
  for (const id of ['chart-quality', 'chart-safety', 'chart-generation']) $(id).hidden = points.length === 0;
  const starts = (metric) => new Set(series.drift.filter((d) => d.metric === metric).map((d) => d.index));
  $('series-summary').textContent = points.length === 0 ? ''
    : series.baseline_points > 0
      ? `${points.length} newest generations; drift is measured against the first ${series.baseline_points}.`
      : `${points.length} newest generations; drift detection starts at ${series.min_points_for_drift}.`;
  if (points.length > 0) {
    lineChart('chart-quality', points, (p) => p.quality_score, 'quality', starts('quality_score'), { min: 0, max: 100 });
    lineChart('chart-safety', points, (p) => p.safety_confidence, 'safety confidence', starts('safety_confidence'), { min: 0, max: 1 });
    lineChart('chart-generation', points, (p) => p.duration_ms / 1000, 'seconds', starts('generation_seconds'), { beginAtZero: true });
  }
  const drift = clear($('drift'));
  for (const d of series.drift) {
    const p = points[d.index];
    drift.append(el('li', { class: `alert-${d.level}` },
      el('span', { class: `badge ${d.level === 'alert' ? 'warn' : 'notice'}`, text: d.level }),
      el('span', { text: ` ${METRIC_WORDS[d.metric] || d.metric} drifted (${d.reason}) from ${p?.created_at ?? '?'}: `
        + `${d.value.toFixed(2)} against a baseline mean of ${d.baseline_mean.toFixed(2)}, post ` }),
      el('a', { href: `?post=${encodeURIComponent(d.generation_id)}`, text: d.generation_id })));
  }
  if (!series.drift.length) {
    drift.append(el('li', { text: series.baseline_points > 0 ? 'No drift alerts.' : 'Not enough generations to form a baseline yet.' }));
  }
  const alerts = clear($('alerts'));
  for (const a of series.alerts) alerts.append(el('li', { text: `${a.level}: ${a.message}` }));
  if (!series.alerts.length) alerts.append(el('li', { text: 'No thresholds crossed today.' }));
}

function showRequests(text) {
  const byRoute = {};
  // API routes only: the page's own files would dwarf them.
  for (const s of parseMetrics(text)) {
    if (s.name !== 'repopost_http_requests_total' || s.labels.route === '/' || s.labels.route?.startsWith('/assets/')) continue;
    byRoute[s.labels.route] = (byRoute[s.labels.route] || 0) + s.value;
  }
  const fg = themeColor('--muted');
  draw('chart-latency', {
    type: 'bar',
    data: { labels: Object.keys(byRoute), datasets: [{ label: 'requests', data: Object.values(byRoute), backgroundColor: themeColor('--accent'), borderRadius: 3 }] },
    options: { animation: false, responsive: true, plugins: { legend: { display: false } },
      scales: axes({ beginAtZero: true, ticks: { color: fg, precision: 0 } }) },
  });
}

export async function showSystem() {
  const [health, series, metrics] = await Promise.all([api.health(), api.metricsSeries(), api.metrics()]);
  showHealth(health);
  showSeries(series);
  showRequests(metrics);
}

// The page: wires the form, the result panels and the system view. State lives on the server;
// the post id is in the URL (?post=ID), so a reload shows the same post, versions and feedback.
import * as api from './api.js';
import { el, clear, $ } from './dom.js';
import * as panels from './panels.js';
import { renderSafety } from './safety_panel.js';
import { showSystem } from './system.js';

// The five downloads: format name on the API and what the button says.
const EXPORTS = [
  ['linkedin', 'LinkedIn text'], ['markdown', 'Markdown'], ['notion', 'Notion (JSON)'],
  ['buffer', 'Buffer CSV'], ['csv', 'CSV (all fields)'],
];
let current = null;  // the post as GET /v1/posts/{id} returns it
let shown = null;    // the version in the editor

function showError(message) {
  const box = $('error');
  box.textContent = message;
  box.hidden = !message;
}

function setTheme(theme) {
  document.documentElement.dataset.theme = theme;
  localStorage.setItem('repopost.theme', theme);
  const next = theme === 'dark' ? 'light' : 'dark';
  $('theme-toggle').textContent = `${next[0].toUpperCase()}${next.slice(1)} theme`;
  $('theme-toggle').setAttribute('aria-label', `Switch to ${next} theme`);
}

function sourceKind() { return document.querySelector('input[name=kind]:checked').value; }

// What the location box asks for, per input kind: [label, placeholder].
const LOCATION_PROMPTS = {
  url: ['Repository URL', 'https://github.com/owner/repo'],
  path: ['Folder on the server', '/srv/repos/project (under a root the server allows)'],
  'repo-text': ['Repository URL or folder', 'https://github.com/owner/repo or /srv/repos/project'],
};

function updateSourceRows() {
  const kind = sourceKind();
  const prompt = LOCATION_PROMPTS[kind];
  if (prompt) [$('location-label').textContent, $('location').placeholder] = prompt;
  $('text-label').textContent = kind === 'repo-text' ? 'Extra text' : 'Source text';
  $('location-row').hidden = !['url', 'path', 'repo-text'].includes(kind);
  $('text-row').hidden = !['text', 'repo-text'].includes(kind);
  $('file-row').hidden = kind !== 'file';
}

async function buildRequest() {
  const kind = sourceKind();
  const source = {};
  if (['url', 'path', 'repo-text'].includes(kind)) source.location = $('location').value.trim();
  if (['text', 'repo-text'].includes(kind)) source.text = $('source-text').value;
  if (kind === 'file') {
    const file = $('source-file').files[0];
    if (!file) throw new Error('Choose a file to upload.');
    source.text = await file.text();
    source.text_name = file.name;
  }
  return {
    source,
    options: {
      style: $('style').value, tone: $('tone').value, hook: $('hook').value,
      hashtags: $('hashtags').checked, caption_asset: $('caption-asset').value.trim(),
    },
  };
}

// Puts one version in the editor and shows its count, folds and safety report.
function showVersion(version) {
  shown = version;
  $('post-editor').value = version.text;
  $('version-label').textContent = version.seq === current.latest.seq ? `v${version.seq}, latest` : `v${version.seq} of ${current.latest.seq}`;
  panels.renderCount(version.text);
  renderSafety(current, version);
  panels.renderVersions(current, version, showVersion);
}

// keepVersionId: stay on that version (after feedback) instead of the latest.
function render(post, keepVersionId) {
  current = post;
  $('result').hidden = false;
  $('empty-state').hidden = true;
  $('post-id').textContent = post.id;
  document.title = `repopost · ${post.id}`;
  panels.renderHooks(post);
  panels.renderQuality(post);
  panels.renderFeedback(post);
  panels.renderDebug(post);
  clear($('feedback-hooks'));
  showVersion(post.versions.find((v) => v.id === keepVersionId) || post.latest);
  const exports = clear($('exports'));
  for (const [format, label] of EXPORTS) {
    exports.append(el('button', { type: 'button', class: 'secondary', 'data-export': format,
      'aria-label': `Download ${label}`, text: label, onclick: () => download(format) }));
  }
}

async function load(id, keepVersionId) {
  try {
    render(await api.getPost(id), keepVersionId);
  } catch (error) {
    showError(`Could not load post ${id}: ${error.message}`);
  }
}

async function onGenerate(event) {
  event.preventDefault();
  showError('');
  const button = $('generate');
  button.disabled = true;
  const progress = $('progress');
  progress.textContent = 'Starting…';
  let streamed = '';
  const onToken = (text) => {
    // The LLM's text as it arrives, in the editor (read-only until the checked post replaces it).
    if (!streamed) {
      // A new post is being written: the panels of the previous one no longer apply.
      $('result').hidden = false;
      $('empty-state').hidden = true;
      $('post-editor').readOnly = true;
      $('post-id').textContent = '';
      $('version-label').textContent = '(being written)';
    }
    streamed += text;
    $('post-editor').value = streamed;
    panels.renderCount(streamed);
    progress.textContent = `Writing… ${streamed.length} characters`;
  };
  const onRestart = () => { streamed = ''; progress.textContent = 'The writer is starting over…'; };
  try {
    const post = await api.generate(await buildRequest(), (p) => { progress.textContent = p.message; }, onToken, onRestart);
    progress.textContent = `Done in ${post.duration_ms} ms by the ${post.writer} writer${post.fell_back ? ' (after a fallback)' : ''}.`;
    history.pushState({}, '', `?post=${encodeURIComponent(post.id)}`);
    render(post);
    loadRecent();
  } catch (error) {
    progress.textContent = '';
    showError(error.message);
  } finally {
    button.disabled = false;
    $('post-editor').readOnly = false;
  }
}

let oldestListed = null;  // the last post id of the recent list, for "Older posts"
async function loadRecent(more = false) {
  try {
    const { posts } = await api.listPosts(more ? oldestListed : undefined);
    panels.renderRecent(posts, more, (id) => { history.pushState({}, '', `?post=${encodeURIComponent(id)}`); load(id); });
    if (posts.length) oldestListed = posts[posts.length - 1].id;
    $('recent-more').hidden = posts.length < 10;
  } catch (error) {
    // A read key may be missing; the list is a convenience, the error shows when it matters.
    panels.renderRecent([], more, () => {});
  }
}

async function download(format) {
  try {
    const { blob, name } = await api.exportPost(current.id, format, shown.id);
    const url = URL.createObjectURL(blob);
    const link = el('a', { href: url, download: name || `${current.id}.${format}` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  } catch (error) {
    showError(`Export failed: ${error.message}`);
  }
}

async function onRefine(body) {
  showError('');
  try {
    await api.refine(current.id, body);
    await load(current.id);
    loadRecent();
  } catch (error) {
    showError(error.message);
  }
}

async function onFeedback(type) {
  const rating = $('rating').value;
  try {
    const version = shown;
    const outcome = await api.feedback(current.id, { type, rating: rating ? Number(rating) : null, comment: $('feedback-comment').value, version_id: version.id });
    // Feedback that asks for a change made a new version: show it; otherwise stay on this one.
    await load(current.id, outcome.new_version ? outcome.new_version.id : version.id);
    $('feedback-status').textContent = `Thanks — recorded "${type}" on v${version.seq}${outcome.note ? `: ${outcome.note}` : ''}.`;
    const hooks = clear($('feedback-hooks'));
    for (const h of outcome.hooks || []) {
      hooks.append(el('li', {}, el('span', { class: 'hook-type', text: h.type }),
        el('span', { class: 'muted', text: ` engagement ${h.engagement_score.toFixed(1)}` }), el('div', { text: h.text })));
    }
    $('feedback-comment').value = '';
  } catch (error) {
    showError(error.message);
  }
}

function showView(name) {
  for (const button of document.querySelectorAll('[data-view]')) {
    button.setAttribute('aria-pressed', String(button.dataset.view === name));
  }
  $('view-compose').hidden = name !== 'compose';
  $('view-system').hidden = name !== 'system';
  if (name === 'system') showSystem().catch((e) => showError(e.message));
}

function init() {
  setTheme(localStorage.getItem('repopost.theme') || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
  $('theme-toggle').addEventListener('click', () => setTheme(document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark'));
  $('api-key').value = api.apiKey();
  $('api-key').addEventListener('change', (e) => api.setApiKey(e.target.value.trim()));
  for (const radio of document.querySelectorAll('input[name=kind]')) radio.addEventListener('change', updateSourceRows);
  updateSourceRows();
  $('generate-form').addEventListener('submit', onGenerate);
  $('post-editor').addEventListener('input', (e) => panels.renderCount(e.target.value));
  $('copy').addEventListener('click', async () => {
    await navigator.clipboard.writeText($('post-editor').value).then(
      () => { $('copy-status').textContent = 'Copied.'; },
      () => { $('copy-status').textContent = 'Copy failed: select the text and press Ctrl+C.'; });
  });
  $('save-edit').addEventListener('click', () => onRefine({ text: $('post-editor').value, base_version_id: shown.id }));
  $('refine').addEventListener('click', () => onRefine({ action: $('refine-action').value, base_version_id: shown.id }));
  $('show-diff').addEventListener('click', async () => {
    try {
      panels.renderDiff(await api.diff($('diff-to').value, $('diff-from').value));
    } catch (error) {
      showError(error.message);
    }
  });
  for (const button of document.querySelectorAll('[data-feedback]')) {
    button.addEventListener('click', () => onFeedback(button.dataset.feedback));
  }
  for (const button of document.querySelectorAll('[data-view]')) {
    button.addEventListener('click', () => showView(button.dataset.view));
  }
  $('recent-more').addEventListener('click', () => loadRecent(true));
  loadRecent();
  const id = new URLSearchParams(location.search).get('post');
  if (id) load(id);
  window.addEventListener('popstate', () => {
    const pid = new URLSearchParams(location.search).get('post');
    if (pid) load(pid);
  });
}

init();

// The page: wires the form, the result panels and the system view. State lives on the server;
// the post id is in the URL (?post=ID), so a reload shows the same post, versions and feedback.
import * as api from './api.js';
import { el, clear, $ } from './dom.js';
import * as panels from './panels.js';
import { showSystem } from './system.js';

const EXPORT_FORMATS = ['linkedin', 'markdown', 'notion', 'buffer', 'csv'];
let current = null;  // the post as GET /v1/posts/{id} returns it

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

function updateSourceRows() {
  const kind = sourceKind();
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

function render(post) {
  current = post;
  $('result').hidden = false;
  $('post-id').textContent = post.id;
  $('post-editor').value = post.latest.text;
  panels.renderCount(post.latest.text);
  panels.renderHooks(post.details);
  panels.renderSafety(post.latest, post.details);
  panels.renderQuality(post);
  panels.renderVersions(post, (v) => { $('post-editor').value = v.text; panels.renderCount(v.text); });
  panels.renderFeedback(post);
  panels.renderDebug(post);
  const exports = clear($('exports'));
  for (const format of EXPORT_FORMATS) {
    exports.append(el('button', { type: 'button', 'data-export': format, text: format, onclick: () => download(format) }));
  }
}

async function load(id) {
  try {
    render(await api.getPost(id));
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
  try {
    const post = await api.generate(await buildRequest(), (p) => { progress.textContent = p.message; });
    progress.textContent = `Done in ${post.duration_ms} ms.`;
    history.pushState({}, '', `?post=${encodeURIComponent(post.id)}`);
    render(post);
  } catch (error) {
    progress.textContent = '';
    showError(error.message);
  } finally {
    button.disabled = false;
  }
}

async function download(format) {
  try {
    const { blob, name } = await api.exportPost(current.id, format);
    const link = el('a', { href: URL.createObjectURL(blob), download: name || `${current.id}.${format}` });
    document.body.append(link);
    link.click();
    link.remove();
  } catch (error) {
    showError(`Export failed: ${error.message}`);
  }
}

async function onRefine(body) {
  showError('');
  try {
    await api.refine(current.id, body);
    await load(current.id);
  } catch (error) {
    showError(error.message);
  }
}

async function onFeedback(type) {
  const rating = $('rating').value;
  try {
    await api.feedback(current.id, { type, rating: rating ? Number(rating) : null, comment: $('feedback-comment').value });
    $('feedback-status').textContent = `Thanks — recorded "${type}".`;
    await load(current.id);
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
  $('save-edit').addEventListener('click', () => onRefine({ text: $('post-editor').value }));
  $('refine').addEventListener('click', () => onRefine({ action: $('refine-action').value }));
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
  const id = new URLSearchParams(location.search).get('post');
  if (id) load(id);
  window.addEventListener('popstate', () => {
    const pid = new URLSearchParams(location.search).get('post');
    if (pid) load(pid);
  });
}

init();

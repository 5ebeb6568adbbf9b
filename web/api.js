// The one module that knows the HTTP API's endpoints. Every call returns parsed JSON or throws an
// Error whose message is the server's problem+json `detail`.
const keyStore = window.sessionStorage;

export function setApiKey(key) { key ? keyStore.setItem('repopost.key', key) : keyStore.removeItem('repopost.key'); }
export function apiKey() { return keyStore.getItem('repopost.key') || ''; }

function headers(extra = {}) {
  const h = { ...extra };
  if (apiKey()) h.Authorization = `Bearer ${apiKey()}`;
  return h;
}

async function call(method, path, body) {
  const init = { method, headers: headers(body ? { 'Content-Type': 'application/json' } : {}) };
  if (body) init.body = JSON.stringify(body);
  const res = await fetch(path, init);
  const type = res.headers.get('Content-Type') || '';
  if (!res.ok) {
    const problem = type.includes('json') ? await res.json() : { detail: await res.text() };
    const error = new Error(problem.detail || `HTTP ${res.status}`);
    error.status = res.status;
    throw error;
  }
  return type.includes('json') ? res.json() : res.text();
}

// Streams a generation: calls onProgress({stage, message}) per progress event, onToken(text) as
// an LLM writes the post and onRestart() when that text is replaced; resolves with the post.
export async function generate(request, onProgress, onToken = () => {}, onRestart = () => {}) {
  const res = await fetch('/v1/posts', {
    method: 'POST',
    headers: headers({ 'Content-Type': 'application/json', Accept: 'text/event-stream' }),
    body: JSON.stringify(request),
  });
  if (!res.ok) {
    const problem = await res.json().catch(() => ({}));
    throw new Error(problem.detail || `HTTP ${res.status}`);
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      let event = 'message';
      const data = [];
      for (const line of frame.split('\n')) {
        if (line.startsWith('event: ')) event = line.slice(7);
        else if (line.startsWith('data: ')) data.push(line.slice(6));
      }
      const payload = JSON.parse(data.join('\n'));
      if (event === 'progress') onProgress(payload);
      else if (event === 'token') onToken(payload.text);
      else if (event === 'restart') onRestart();
      else if (event === 'result') return payload;
      else if (event === 'error') throw new Error(payload.detail);
    }
  }
  throw new Error('The stream ended before the result arrived.');
}

export const getPost = (id) => call('GET', `/v1/posts/${encodeURIComponent(id)}`);
export const listVersions = (id) => call('GET', `/v1/posts/${encodeURIComponent(id)}/versions`);
export const refine = (id, body) => call('POST', `/v1/posts/${encodeURIComponent(id)}/refine`, body);
export const diff = (id, against) =>
  call('GET', `/v1/posts/${encodeURIComponent(id)}/diff?against=${encodeURIComponent(against)}`);
export const feedback = (id, body) => call('POST', `/v1/posts/${encodeURIComponent(id)}/feedback`, body);
export const exportUrl = (id, format, versionId) => `/v1/posts/${encodeURIComponent(id)}/export?format=${
  encodeURIComponent(format)}${versionId ? `&version=${encodeURIComponent(versionId)}` : ''}`;
export async function exportPost(id, format, versionId) {
  const res = await fetch(exportUrl(id, format, versionId), { headers: headers() });
  if (!res.ok) {
    const problem = await res.json().catch(() => ({}));
    throw new Error(problem.detail || `HTTP ${res.status}`);
  }
  return { blob: await res.blob(), name: (res.headers.get('Content-Disposition') || '').split('filename=')[1]?.replaceAll('"', '') };
}
export const health = () => call('GET', '/v1/health');
export const metrics = () => call('GET', '/metrics');
export const metricsSeries = (limit = 200) => call('GET', `/v1/metrics/series?limit=${limit}`);
export const listPosts = (before) => call('GET', `/v1/posts?limit=10${before ? `&before=${encodeURIComponent(before)}` : ''}`);

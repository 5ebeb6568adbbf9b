// Rendering of the result panels (count and folds, hooks, quality, versions, diff, feedback,
// debug); the safety panel is in safety_panel.js.
import { el, clear, $ } from './dom.js';

export const LINKEDIN_FOLDS = [140, 210];

// The fold falls after `fold` UTF-16 units, moved back one unit when it would split a surrogate
// pair (an emoji), so both halves of the preview stay readable.
function foldIndex(text, fold) {
  const unit = text.charCodeAt(fold - 1);
  return unit >= 0xd800 && unit <= 0xdbff ? fold - 1 : fold;
}

// Character count in UTF-16 units (what LinkedIn counts) and the "see more" fold preview.
export function renderCount(text) {
  const n = text.length;
  $('char-count').textContent = `${n} characters`;
  const passed = LINKEDIN_FOLDS.filter((f) => n > f);
  $('fold-info').textContent = passed.length === 0
    ? '· fits before the "see more" fold (140 on mobile, 210 on desktop)'
    : passed.length === 1
      ? '· readers on mobile see the first 140 before "see more"'
      : '· readers see the first 140 (mobile) or 210 (desktop) before "see more"';
  // Text past a fold is dimmed: that is what readers only see after "see more".
  const preview = clear($('fold-preview'));
  let start = 0;
  for (const fold of passed) {
    const cut = foldIndex(text, fold);
    preview.append(el('span', { class: start ? 'past-fold' : '', text: text.slice(start, cut) }));
    preview.append(el('mark', { class: 'fold', 'data-fold': String(fold), text: `…see more (${fold})` }));
    start = cut;
  }
  preview.append(el('span', { class: start ? 'past-fold' : '', text: text.slice(start) }));
}

// Hook alternatives ranked by the engagement model's score (shown), best first. The hook in use
// is the one the post opens with.
export function renderHooks(post) {
  const list = clear($('hooks'));
  const details = post.details;
  if (!details) {
    list.append(el('li', { class: 'muted', text: 'No hook alternatives are stored for this post.' }));
    return;
  }
  const scores = new Map(details.hook_ranking.map((h) => [h.text, h.engagement_score]));
  const ranked = [...details.hook_options].sort((a, b) => (scores.get(b.text) ?? -Infinity) - (scores.get(a.text) ?? -Infinity));
  for (const hook of ranked) {
    const used = hook.used;
    const score = scores.get(hook.text);
    list.append(el('li', { class: used ? 'used' : '' },
      el('span', { class: 'hook-type', text: `${hook.type}${used ? ' · in use' : ''}` }),
      score == null ? null : el('span', { class: 'muted', text: ` engagement ${score.toFixed(1)}` }),
      el('div', { text: hook.text })));
  }
}

export function renderQuality(post) {
  const box = clear($('quality'));
  const first = post.versions[0];
  const score = post.latest.quality_score ?? first?.quality_score;
  const scoredSeq = post.latest.quality_score != null ? post.latest.seq : first?.seq;
  box.append(el('p', { text: score == null ? 'No quality score recorded.'
    : `Quality ${score.toFixed(0)} / 100${scoredSeq !== post.latest.seq ? ` (scored on v${scoredSeq})` : ''}` }));
  if (post.details?.quality?.parts) {
    const table = el('table', { class: 'quality' });
    table.append(el('caption', { class: 'sr-only', text: 'Quality breakdown' }));
    for (const part of post.details.quality.parts) {
      table.append(el('tr', {},
        el('th', { scope: 'row', text: part.aspect }),
        el('td', { class: 'num', text: part.assessed ? `${part.points.toFixed(0)} / ${part.max_points.toFixed(0)}` : 'n/a' }),
        el('td', { class: 'muted', text: part.explanation })));
    }
    box.append(table);
  }
  const engagement = post.details?.engagement;
  if (engagement) {
    box.append(el('p', {}, el('strong', { text: `Engagement band: ${engagement.band}` }),
      el('span', { class: 'muted', text: ` — ${engagement.explanation}` })));
  }
}

export function renderVersions(post, shown, onSelect) {
  const list = clear($('versions'));
  const from = clear($('diff-from'));
  const to = clear($('diff-to'));
  for (const v of post.versions) {
    const label = `v${v.seq} · ${v.reason} · ${v.characters} characters`;
    const attrs = { type: 'button', text: label, onclick: () => onSelect(v) };
    if (v.id === shown.id) attrs['aria-current'] = 'true';
    list.append(el('li', {}, el('button', attrs)));
    from.append(el('option', { value: v.id, text: `v${v.seq}` }));
    to.append(el('option', { value: v.id, text: `v${v.seq}` }));
  }
  if (post.versions.length > 1) from.selectedIndex = post.versions.length - 2;
  to.selectedIndex = post.versions.length - 1;
  $('diff-controls').hidden = post.versions.length < 2;
  $('diff-hint').hidden = post.versions.length >= 2;
  clear($('diff')).hidden = true;
}

export function renderDiff(diff) {
  const box = clear($('diff'));
  box.hidden = false;
  const changed = diff.pieces.some((p) => p.op !== 'keep');
  if (!changed) { box.append(el('span', { class: 'muted', text: 'The two versions are identical.' })); return; }
  for (const piece of diff.pieces) {
    const tag = piece.op === 'insert' ? 'ins' : piece.op === 'delete' ? 'del' : 'span';
    box.append(el(tag, { text: piece.text }));
  }
}

// The recent posts list: each links to its post (the id is in the URL, so it survives reloads).
export function renderRecent(posts, append, onOpen) {
  const list = $('recent-posts');
  if (!append) clear(list);
  for (const p of posts) {
    const opening = p.latest.text.split('\n')[0];
    const link = el('a', { href: `?post=${encodeURIComponent(p.id)}`, text: opening.length > 90 ? `${opening.slice(0, 90)}…` : opening });
    link.addEventListener('click', (event) => { event.preventDefault(); onOpen(p.id); });
    list.append(el('li', {}, link, el('span', { class: 'muted', text: ` · ${p.style}, ${p.writer}, v${p.latest.seq}, ${p.created_at.slice(0, 16).replace('T', ' ')}` })));
  }
  if (!list.children.length) list.append(el('li', { class: 'muted', text: 'No posts yet.' }));
}

export function renderFeedback(post) {
  const list = clear($('feedback-list'));
  for (const f of post.feedback) {
    const v = post.versions.find((x) => x.id === f.version_id);
    list.append(el('li', { text: `${f.type}${f.rating ? ` · ${f.rating}/5` : ''}${f.comment ? ` · ${f.comment}` : ''}${v ? ` (v${v.seq})` : ''}` }));
  }
}

export function renderDebug(post) {
  const facts = clear($('debug-facts'));
  const docs = clear($('debug-docs'));
  const attempts = clear($('debug-attempts'));
  const notes = clear($('debug-notes'));
  for (const f of post.details?.facts_used || []) facts.append(el('li', { text: `${f.id} ${f.kind}: ${f.value} (${f.provenance.describe})` }));
  for (const d of post.details?.documents || []) docs.append(el('li', { text: `${d.id} ${d.title} (${d.kind})` }));
  // Each chunk the checker retrieved as evidence, once, with where it is and what matched.
  const chunks = clear($('debug-chunks'));
  const seen = new Set();
  for (const claim of post.details?.safety?.claims || []) {
    for (const e of claim.evidence || []) {
      const key = e.chunk_id || e.fact_id;
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const where = e.path ? `${e.path}${e.line_begin > 0 ? `:${e.line_begin}-${e.line_end}` : ''}` : 'facts';
      const text = (e.matched_text || '').replace(/\s+/g, ' ');
      chunks.append(el('li', { text: `${key} ${where} · ${text.length > 140 ? `${text.slice(0, 140)}…` : text}` }));
    }
  }
  if (!seen.size) chunks.append(el('li', { class: 'muted', text: 'No evidence was retrieved for this post.' }));
  for (const a of post.attempts) {
    const extra = [a.error_type, a.retry_reason, a.fallback_reason && `fell back: ${a.fallback_reason}`,
      a.ttft_ms != null && `first token ${a.ttft_ms} ms`, `${a.prompt_tokens}+${a.completion_tokens} tokens`].filter(Boolean);
    attempts.append(el('li', { text: `${a.provider}/${a.model} ${a.status} ${a.latency_ms} ms · ${extra.join(' · ')}` }));
  }
  if (!post.attempts.length) attempts.append(el('li', { text: `No LLM calls: written by the ${post.writer} writer.` }));
  for (const n of post.details?.notes || []) notes.append(el('li', { text: n }));
}

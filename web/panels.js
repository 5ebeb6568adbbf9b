// Rendering of the result panels (hooks, safety, quality, versions, diff, debug, feedback).
import { el, clear, $ } from './dom.js';

export const LINKEDIN_FOLDS = [140, 210];

// Character count in UTF-16 units (what LinkedIn counts) and the "see more" fold preview.
export function renderCount(text) {
  const n = text.length;
  $('char-count').textContent = `${n} characters`;
  const folds = LINKEDIN_FOLDS.filter((f) => n > f);
  $('fold-info').textContent = folds.length
    ? `LinkedIn folds at ${LINKEDIN_FOLDS.join(' and ')} characters ("see more")`
    : 'Fits before the "see more" fold';
  const preview = clear($('fold-preview'));
  let start = 0;
  for (const fold of LINKEDIN_FOLDS) {
    if (n <= fold) break;
    preview.append(el('span', { text: text.slice(start, fold) }));
    preview.append(el('mark', { class: 'fold', 'data-fold': String(fold), text: ` …see more (${fold}) ` }));
    start = fold;
  }
  preview.append(el('span', { text: text.slice(start) }));
}

export function renderHooks(details) {
  const list = clear($('hooks'));
  if (!details) { list.append(el('li', { text: 'Hook alternatives are available for posts generated in this server session.' })); return; }
  for (const hook of details.hook_options) {
    list.append(el('li', { class: hook.used ? 'used' : '' },
      el('strong', { text: `#${hook.rank} ${hook.type}${hook.used ? ' (used)' : ''}: ` }),
      el('span', { text: hook.text })));
  }
}

function evidenceFor(ids, details) {
  const box = el('ul', { class: 'evidence' });
  for (const id of ids) {
    const fact = details?.facts.find((f) => f.id === id);
    const doc = details?.documents.find((d) => d.id === id);
    const item = fact ? `${fact.kind}: ${fact.value} — ${fact.provenance.describe}`
      : doc ? `${doc.title} — ${doc.provenance.describe}: ${doc.excerpt}` : id;
    box.append(el('li', { text: item }));
  }
  return box;
}

export function renderSafety(version, details) {
  const box = clear($('safety'));
  const report = version.safety;
  if (!report) {
    box.append(el('p', { text: 'Grounded by construction: every sentence states a fact listed under "facts used".' }));
    const facts = el('ul', { class: 'claims' });
    for (const fact of details?.facts_used || []) {
      const d = el('details', {}, el('summary', { text: `supported — ${fact.value}` }),
        evidenceFor([fact.id], details));
      facts.append(el('li', { class: 'claim supported' }, d));
    }
    box.append(facts);
    return;
  }
  box.append(el('p', { text: `Verdict ${report.verdict}, confidence ${(report.confidence * 100).toFixed(0)} %, ${report.unsupported_claims} unsupported, ${report.policy_hits} policy hits` }));
  const claims = el('ul', { class: 'claims' });
  for (const claim of report.claims) {
    const d = el('details', {}, el('summary', { text: `${claim.verdict} — ${claim.text}` }),
      evidenceFor(claim.evidence_ids, details));
    claims.append(el('li', { class: `claim ${claim.verdict}` }, d));
  }
  box.append(claims);
}

export function renderQuality(post) {
  const box = clear($('quality'));
  const v = post.latest;
  box.append(el('p', { text: v.quality_score == null ? 'No quality score recorded for this version.' : `Quality ${v.quality_score.toFixed(0)} / 100` }));
  if (post.details?.quality) {
    const list = el('ul');
    for (const [k, val] of Object.entries(post.details.quality)) list.append(el('li', { text: `${k}: ${val}` }));
    box.append(list);
  }
  if (post.details?.engagement) box.append(el('p', { text: `Engagement band: ${post.details.engagement.band}` }));
}

export function renderVersions(post, onSelect) {
  const list = clear($('versions'));
  const from = clear($('diff-from'));
  const to = clear($('diff-to'));
  for (const v of post.versions) {
    const label = `v${v.seq} · ${v.reason} · ${v.characters} chars`;
    list.append(el('li', {}, el('button', { type: 'button', text: label, onclick: () => onSelect(v) })));
    from.append(el('option', { value: v.id, text: `v${v.seq}` }));
    to.append(el('option', { value: v.id, text: `v${v.seq}` }));
  }
  if (post.versions.length > 1) from.selectedIndex = post.versions.length - 2;
  to.selectedIndex = post.versions.length - 1;
}

export function renderDiff(diff) {
  const box = clear($('diff'));
  for (const piece of diff.pieces) {
    const tag = piece.op === 'insert' ? 'ins' : piece.op === 'delete' ? 'del' : 'span';
    box.append(el(tag, { text: piece.text }));
  }
}

export function renderFeedback(post) {
  const list = clear($('feedback-list'));
  for (const f of post.feedback) {
    list.append(el('li', { text: `${f.type}${f.rating ? ` · ${f.rating}/5` : ''}${f.comment ? ` · ${f.comment}` : ''}` }));
  }
}

export function renderDebug(post) {
  const facts = clear($('debug-facts'));
  const docs = clear($('debug-docs'));
  const attempts = clear($('debug-attempts'));
  const notes = clear($('debug-notes'));
  for (const f of post.details?.facts_used || []) facts.append(el('li', { text: `${f.id} ${f.kind}: ${f.value} (${f.provenance.describe})` }));
  for (const d of post.details?.documents || []) docs.append(el('li', { text: `${d.id} ${d.title} (${d.kind})` }));
  for (const a of post.attempts) attempts.append(el('li', { text: `${a.provider}/${a.model} ${a.status} ${a.latency_ms} ms` }));
  if (!post.attempts.length) attempts.append(el('li', { text: `No LLM calls: written by the ${post.writer} writer.` }));
  for (const n of post.details?.notes || []) notes.append(el('li', { text: n }));
}

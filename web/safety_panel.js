// The safety panel: confidence, each claim with its verdict and evidence, corrections made and
// policy hits. The full report (evidence with file, lines and matched text) exists for the version
// the pipeline checked, while the server still holds the generation's details; other versions show
// the stored summary, and a version nobody checked says so instead of borrowing a verdict.
import { el, clear, $ } from './dom.js';

const VERDICT_MARK = { supported: '✔', unsupported: '✘', contradicted: '✘', 'not-a-claim': '·' };

function unique(items) { return [...new Set(items)]; }

function where(evidence) {
  if (!evidence.path) return evidence.part || 'repository facts';
  const lines = evidence.line_begin > 0
    ? `:${evidence.line_begin}${evidence.line_end > evidence.line_begin ? `-${evidence.line_end}` : ''}` : '';
  return `${evidence.path}${lines}`;
}

// Evidence of a claim in the full report: where it is and the text that matched, once per place.
function fullEvidence(claim) {
  const list = el('ul', { class: 'evidence' });
  const seen = new Set();
  for (const e of claim.evidence) {
    const key = `${where(e)}|${e.matched_text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    list.append(el('li', {}, el('code', { text: where(e) }), ' ', el('q', { text: e.matched_text })));
  }
  if (!claim.evidence.length) list.append(el('li', { text: 'No evidence found in the repository.' }));
  if (claim.rationale) list.append(el('li', { class: 'rationale', text: `Why: ${claim.rationale}` }));
  return list;
}

// Evidence of a claim in the stored summary: ids of facts and chunks, resolved where possible.
function storedEvidence(ids, details) {
  const list = el('ul', { class: 'evidence' });
  for (const id of unique(ids)) {
    const fact = details?.facts.find((f) => f.id === id);
    const doc = details?.documents.find((d) => d.id === id);
    if (fact) list.append(el('li', {}, el('code', { text: fact.provenance.describe || fact.kind }), ' ', el('q', { text: fact.value })));
    else if (doc) list.append(el('li', {}, el('code', { text: doc.provenance.describe || doc.title }), ' ', el('q', { text: doc.excerpt })));
    else list.append(el('li', {}, el('code', { text: id })));
  }
  if (!ids.length) list.append(el('li', { text: 'No evidence found in the repository.' }));
  return list;
}

function claimItem(verdict, text, evidence) {
  return el('li', { class: `claim ${verdict}` },
    el('details', {}, el('summary', {},
      el('span', { class: 'verdict', 'aria-hidden': 'true', text: VERDICT_MARK[verdict] || '?' }),
      el('span', { class: 'sr-only', text: `${verdict}: ` }),
      el('span', { text })), evidence));
}

// signal: "safe" | "states-nothing" | "not-safe" (app::PublishSignal); "Safe to post" only for a
// post that states something checkable.
const SIGNAL_BADGE = {
  safe: ['ok', 'Safe to post'],
  'states-nothing': ['warn', 'Nothing to check'],
  'not-safe': ['warn', 'Needs review'],
};

function summaryLine(signal, confidence, counts, policyHits, corrections) {
  const parts = [`confidence ${Math.round(confidence * 100)} %`, `${counts.supported} supported`];
  if (counts.unsupported) parts.push(`${counts.unsupported} unsupported`);
  if (counts.contradicted) parts.push(`${counts.contradicted} contradicted`);
  parts.push(`${policyHits} policy ${policyHits === 1 ? 'hit' : 'hits'}`);
  if (corrections != null) parts.push(`${corrections} ${corrections === 1 ? 'correction' : 'corrections'}`);
  return el('p', { class: 'safety-summary' },
    el('span', { class: `badge ${SIGNAL_BADGE[signal][0]}`, text: SIGNAL_BADGE[signal][1] }),
    ' ', el('span', { text: parts.join(' · ') }));
}

function renderFull(box, report) {
  const signal = report.signal || (report.is_safe ? 'safe' : 'not-safe');
  box.append(summaryLine(signal, report.confidence, report.counts, report.policy_hits.length, report.corrections.length));
  if (report.reasons.length) box.append(el('p', { class: 'muted', text: report.reasons.join(' · ') }));
  const claims = el('ul', { class: 'claims' });
  for (const claim of report.claims.filter((c) => c.verdict !== 'not-a-claim')) {
    claims.append(claimItem(claim.verdict, claim.text, fullEvidence(claim)));
  }
  box.append(claims);
  const framing = report.counts.not_a_claim;
  if (framing) box.append(el('p', { class: 'muted', text: `${framing} ${framing === 1 ? 'sentence is' : 'sentences are'} framing (lead-ins, calls to action) with nothing to check.` }));
  if (report.corrections.length) {
    box.append(el('h4', { text: 'Corrections made' }));
    const list = el('ul', { class: 'corrections' });
    for (const c of report.corrections) {
      list.append(el('li', {}, el('del', { text: c.original }), ' → ', el('ins', { text: c.rewritten || '(removed)' }),
        el('span', { class: 'muted', text: ` (${c.reason})` })));
    }
    box.append(list);
  }
  if (report.policy_hits.length) {
    box.append(el('h4', { text: 'Policy hits' }));
    const list = el('ul', { class: 'policy-hits' });
    for (const h of report.policy_hits) {
      list.append(el('li', {}, el('strong', { text: `${h.severity} ${h.category}: ` }), el('span', { text: h.message }),
        h.excerpt ? el('q', { text: h.excerpt }) : null));
    }
    box.append(list);
  }
}

function renderStored(box, report, details) {
  const counts = { supported: 0, unsupported: 0, contradicted: 0 };
  for (const c of report.claims) if (c.verdict in counts) counts[c.verdict]++;
  const signal = report.signal || (report.verdict === 'consistent' ? 'safe' : 'not-safe');
  box.append(summaryLine(signal, report.confidence, counts, report.policy_hits, null));
  const claims = el('ul', { class: 'claims' });
  for (const claim of report.claims.filter((c) => c.verdict !== 'not-a-claim')) {
    claims.append(claimItem(claim.verdict, claim.text, storedEvidence(claim.evidence_ids, details)));
  }
  box.append(claims);
}

// post: as GET /v1/posts/{id} returns it; version: the one shown in the editor.
export function renderSafety(post, version) {
  const box = clear($('safety'));
  const details = post.details;
  const checked = version.safety ? version
    : [...post.versions].reverse().find((v) => v.seq < version.seq && v.safety);
  if (!version.safety) {
    box.append(el('p', { class: 'notice', text: checked
      ? `v${version.seq} (${version.reason}) has not been checked by the claim checker. Below is the report of v${checked.seq}; re-check before posting.`
      : `v${version.seq} has not been checked by the claim checker.` }));
  }
  if (!checked) return;
  if (checked.seq === 1 && details?.safety) renderFull(box, details.safety);
  else renderStored(box, checked.safety, details);
}

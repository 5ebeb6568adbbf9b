// The web UI in a real browser: Debian's Chromium (headless, via playwright-core) against a real
// `repopost serve` on 127.0.0.1 with a fresh SQLite database and plain-directory fixture repos.
// The steps run in order and share one post, as a user would: generate, edit, check, refine, diff,
// feedback, export, reload, theme, keyboard, hostile input. Screenshots go to artifacts/.
//
// Environment: REPOPOST_BIN (required) the `repopost` binary; REPOPOST_WEB_ROOT (optional) serve
// web/ from disk; REPOPOST_CHROMIUM (optional) another Chromium executable.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { launchChromium } from './support/chromium.js';
import { HOSTILE_MARKERS, writeCliToolRepo, writeHostileRepo } from './support/fixture_repo.js';
import { RepopostServer } from './support/repopost_server.js';

const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), 'artifacts');
const STEP_TIMEOUT = 15000;

describe('web UI in Chromium', { timeout: 150000 }, () => {
  let scratch;
  let server;
  let browser;
  let context;
  let page;
  let cliRepo;
  let hostileRepo;
  const pageErrors = [];   // uncaught exceptions in the page
  const consoleErrors = []; // console.error, CSP violations included
  const dialogs = [];       // alert()/confirm() a script would open
  let postId;

  async function screenshot(name) {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, name), fullPage: true });
  }

  async function openPage() {
    const p = await context.newPage();
    p.setDefaultTimeout(STEP_TIMEOUT);
    p.on('pageerror', (error) => pageErrors.push(error.message));
    p.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
    p.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
    return p;
  }

  // Generates through the form and returns the streamed progress messages seen on the way.
  async function generate(kind, fill) {
    await page.getByRole('radio', { name: kind, exact: true }).check();
    await fill();
    await page.evaluate(() => {
      window.__progressSeen = [];
      const box = document.getElementById('progress');
      new MutationObserver(() => window.__progressSeen.push(box.textContent))
        .observe(box, { childList: true, characterData: true, subtree: true });
    });
    const before = await page.locator('#post-id').textContent();
    await page.getByRole('button', { name: 'Generate' }).click();
    await page.waitForFunction((old) => {
      const id = document.getElementById('post-id').textContent;
      return id && id !== old && !document.getElementById('result').hidden;
    }, before);
    await page.locator('#progress', { hasText: /^Done in \d+ ms by the \w+ writer/ }).waitFor();
    return page.evaluate(() => window.__progressSeen);
  }

  before(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'repopost-browser-'));
    const repos = join(scratch, 'repos');
    cliRepo = writeCliToolRepo(repos);
    hostileRepo = writeHostileRepo(repos);
    server = await RepopostServer.start({
      binary: process.env.REPOPOST_BIN, dir: scratch, allowRoot: repos, webRoot: process.env.REPOPOST_WEB_ROOT,
    });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, baseURL: server.url });
    page = await openPage();
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    const code = await server?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    assert.equal(code, 0, `repopost serve should exit 0 on SIGTERM:\n${server?.stderr}`);
  });

  it('shows the input form with labelled controls and a Content-Security-Policy', async () => {
    const response = await page.goto('/');
    assert.match(response.headers()['content-security-policy'] ?? '', /script-src 'self'/);
    assert.equal(await page.title(), 'repopost');
    await page.getByRole('heading', { name: 'Source' }).waitFor();
    assert.equal(await page.getByRole('radio', { name: 'GitHub URL' }).isChecked(), true);
    await page.getByRole('radio', { name: 'Local path' }).check();
    assert.equal(await page.getByRole('textbox', { name: 'Folder on the server' }).isVisible(), true);
    assert.equal(await page.locator('#text-row').isHidden(), true, 'the text box is hidden for a local path');
    await page.getByRole('radio', { name: 'Text', exact: true }).check();
    assert.equal(await page.locator('#location-row').isHidden(), true, 'the location is hidden for text');
    assert.equal(await page.getByRole('textbox', { name: 'Source text' }).isVisible(), true);
    for (const name of ['Style', 'Tone', 'Hook']) {
      assert.ok((await page.getByLabel(name).locator('option').count()) >= 3, `${name} offers choices`);
    }
    assert.equal(await page.locator('#result').isHidden(), true, 'no result panel before a post exists');
    assert.match(await page.locator('#empty-state').textContent(), /press Generate/);
    await page.getByRole('radio', { name: 'Local path' }).check();
    await screenshot('01-input-form.png');
  });

  it('generates from a local repository path, streaming progress, and puts the post id in the URL', async () => {
    const seen = await generate('Local path', () => page.getByRole('textbox', { name: 'Folder on the server' }).fill(cliRepo));
    assert.ok(seen.some((m) => /worker|source|writing|saving/i.test(m)),
      `a server progress message was shown while generating: ${JSON.stringify(seen)}`);
    postId = (await page.locator('#post-id').textContent()).trim();
    assert.match(postId, /\S{6,}/);
    assert.equal(new URL(page.url()).searchParams.get('post'), postId);
    const text = await page.getByRole('textbox', { name: /post/i }).inputValue();
    assert.match(text, /tidyjson/i, 'the post is about the fixture repository');
    const count = await page.locator('#char-count').textContent();
    assert.equal(count, `${text.length} characters`);
    assert.ok(await page.locator('#hooks li').count() >= 2, 'hook alternatives are listed');
    const scores = (await page.locator('#hooks li').allTextContents()).map((t) => Number(t.match(/engagement (\d+\.\d)/)?.[1]));
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'hooks are ranked by engagement, best first');
    assert.equal(await page.locator('#hooks li.used').count(), 1, 'exactly one hook is marked in use');
    assert.ok(text.startsWith((await page.locator('#hooks li.used div').textContent()).split('\n')[0]), 'the hook in use opens the post');
    assert.match(await page.locator('#quality').textContent(), /Quality \d+ \/ 100/);
    assert.match(await page.locator('#quality').textContent(), /Engagement band: \w+/);
    assert.equal(await page.locator('#versions li').count(), 1);
  });

  it('counts UTF-16 units live and moves the "see more" fold markers as the post is edited', async () => {
    const editor = page.locator('#post-editor');
    const folds = page.locator('#fold-preview mark.fold');
    await editor.fill('Short post.');
    assert.equal(await page.locator('#char-count').textContent(), '11 characters');
    assert.equal(await folds.count(), 0);
    assert.match(await page.locator('#fold-info').textContent(), /fits before/i);

    await editor.fill('a'.repeat(150));
    assert.equal(await page.locator('#char-count').textContent(), '150 characters');
    assert.deepEqual(await folds.evaluateAll((ms) => ms.map((m) => m.dataset.fold)), ['140']);
    assert.equal(await page.locator('#fold-preview .past-fold').textContent(), 'a'.repeat(10), 'text past the fold is marked');

    // Ten emoji are 20 UTF-16 units, as LinkedIn counts them; the 140 fold falls inside an emoji
    // and must not split it into two broken halves.
    const emojiText = `${'b'.repeat(139)}${'😀'.repeat(10)}${'c'.repeat(60)}`;
    await editor.fill(emojiText);
    assert.equal(await page.locator('#char-count').textContent(), '219 characters');
    assert.deepEqual(await folds.evaluateAll((ms) => ms.map((m) => m.dataset.fold)), ['140', '210']);
    const previewText = await page.locator('#fold-preview').evaluate((node) =>
      [...node.childNodes].filter((n) => n.tagName !== 'MARK').map((n) => n.textContent).join(''));
    assert.equal(previewText, emojiText, 'the preview shows the whole text, with no split surrogate pair');

    // Typing updates the count keystroke by keystroke.
    await editor.press('End');
    await editor.pressSequentially('xyz');
    assert.equal(await page.locator('#char-count').textContent(), '222 characters');
  });

  it('opens the evidence of a claim in the safety panel', async () => {
    await page.reload(); // drop the unsaved edits of the previous step
    const claims = page.locator('#safety li.claim');
    await claims.first().waitFor();
    assert.ok(await claims.count() >= 1, 'the safety panel lists claims');
    assert.match(await page.locator('#safety').textContent(), /confidence|Grounded/i);
    const first = claims.first();
    const evidence = first.locator('.evidence');
    assert.equal(await evidence.isVisible(), false, 'evidence is folded until asked for');
    await first.locator('summary').click();
    await evidence.waitFor({ state: 'visible' });
    const items = await evidence.locator('li').allTextContents();
    assert.ok(items.length >= 1);
    assert.ok(items.some((t) => /README\.md|package\.json|CHANGELOG\.md|docs\//.test(t)),
      `evidence names where it comes from: ${JSON.stringify(items)}`);
    await screenshot('02-post-with-safety-panel.png');
  });

  it('refines the post ("shorter") into a new version', async () => {
    const before = await page.locator('#post-editor').inputValue();
    await page.getByLabel('Refine').selectOption('shorter');
    await page.getByRole('button', { name: 'Refine', exact: true }).click();
    await page.locator('#versions li').nth(1).waitFor();
    const labels = await page.locator('#versions li').allTextContents();
    assert.equal(labels.length, 2);
    assert.match(labels[1], /^v2 · /);
    const after = await page.locator('#post-editor').inputValue();
    assert.ok(after.length < before.length, `"shorter" made the post shorter (${before.length} -> ${after.length})`);
    assert.equal(await page.locator('#char-count').textContent(), `${after.length} characters`);
  });

  it('shows the word-level diff between two versions', async () => {
    assert.equal(await page.getByLabel('Diff from').inputValue(), await page.locator('#diff-from option').first().getAttribute('value'));
    await page.getByRole('button', { name: 'Show diff' }).click();
    await page.locator('#diff del, #diff ins').first().waitFor();
    const deleted = await page.locator('#diff del').allTextContents();
    assert.ok(deleted.length >= 1, 'a shorter version deletes words');
    const shown = await page.locator('#diff').textContent();
    const v1 = await page.evaluate(async (id) => (await (await fetch(`/v1/posts/${id}`)).json()).versions[0].text, postId);
    // Reading the unchanged and deleted pieces gives back version 1 word for word.
    const oldText = await page.locator('#diff').evaluate((box) =>
      [...box.childNodes].filter((n) => n.tagName !== 'INS').map((n) => n.textContent).join(''));
    assert.equal(oldText.replace(/\s+/g, ' ').trim(), v1.replace(/\s+/g, ' ').trim());
    assert.ok(shown.length > 0);
    await screenshot('03-diff-view.png');
  });

  it('records feedback (button, rating and comment) and acknowledges it', async () => {
    await page.getByLabel('Rating').selectOption('4');
    await page.getByLabel('Comment').fill('Good hook, needs a number');
    await page.getByRole('button', { name: 'Engaging' }).click();
    await page.locator('#feedback-status', { hasText: 'recorded' }).waitFor();
    await page.locator('#feedback-list li', { hasText: 'engaging' }).waitFor();
    assert.equal(await page.locator('#feedback-list li').first().textContent(),
      'engaging · 4/5 · Good hook, needs a number (v2)');
  });

  it('downloads each export with the right content', async () => {
    const latest = await page.locator('#post-editor').inputValue();
    const firstLine = latest.split('\n')[0].trim();
    const labels = { linkedin: 'LinkedIn text', markdown: 'Markdown', notion: 'Notion (JSON)', buffer: 'Buffer CSV', csv: 'CSV (all fields)' };
    const checks = {
      linkedin: (body) => assert.ok(body.length > 20, 'LinkedIn text is not empty'),
      markdown: (body) => assert.ok(body.length > 20 && /\n/.test(body), 'Markdown has lines'),
      notion: (body) => { const json = JSON.parse(body); assert.ok(Array.isArray(json) && json.length >= 1, 'Notion export is a JSON array of request bodies'); },
      buffer: (body) => assert.equal(body.split(/\r?\n/)[0], 'Text,Image URL,Tags,Posting Time'),
      csv: (body) => assert.match(body.split(/\r?\n/)[0], /^id,created_at,source,style,tone/),
    };
    for (const [format, check] of Object.entries(checks)) {
      const button = page.getByRole('button', { name: `Download ${labels[format]}`, exact: true });
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      const body = readFileSync(await download.path(), 'utf8');
      assert.ok(download.suggestedFilename().startsWith(postId), `${format}: file named after the post (${download.suggestedFilename()})`);
      check(body);
      if (format !== 'notion') {
        const words = firstLine.split(/\s+/).filter((w) => /^[A-Za-z]{4,}$/.test(w)).slice(0, 3);
        for (const word of words) assert.ok(body.includes(word), `${format} export contains "${word}" from the post`);
      }
    }
    assert.equal(await page.locator('#error').isHidden(), true, await page.locator('#error').textContent());
  });

  it('shows the same post, versions and feedback after a reload', async () => {
    const text = await page.locator('#post-editor').inputValue();
    await page.reload();
    await page.locator('#result').waitFor();
    assert.equal((await page.locator('#post-id').textContent()).trim(), postId);
    assert.equal(await page.locator('#post-editor').inputValue(), text);
    assert.equal(await page.locator('#versions li').count(), 2);
    assert.equal(await page.locator('#feedback-list li').count(), 1);
    assert.ok(await page.locator('#safety li.claim').count() >= 1, 'the safety report is still there');
    // A second tab opened on the link shows the same post.
    const other = await openPage();
    await other.goto(`/?post=${postId}`);
    await other.locator('#result').waitFor();
    assert.equal(await other.locator('#post-editor').inputValue(), text);
    await other.close();
  });

  it('switches to the dark theme and keeps it across reloads', async () => {
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.notEqual(dark, light);
    await page.reload();
    await page.locator('#result').waitFor();
    assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
    assert.equal(await page.getByRole('button', { name: 'Switch to light theme' }).count(), 1);
    await page.locator('#safety li.claim summary').first().click();
    await screenshot('04-dark-theme.png');
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    assert.equal(await page.locator('html').getAttribute('data-theme'), 'light');
  });

  it('reaches the main actions with Tab, each with an accessible name', async () => {
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.evaluate(() => document.activeElement?.blur());
    const wanted = ['Generate', 'Copy', 'Save edit as version', 'Refine', 'Show diff', 'Engaging',
      'Download LinkedIn text', 'Download Buffer CSV', 'Switch to dark theme'];
    const reached = new Set();
    for (let i = 0; i < 120 && reached.size < wanted.length; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => {
        const a = document.activeElement;
        if (!a || a === document.body) return '';
        const label = a.getAttribute('aria-label') || (a.labels?.[0]?.textContent) || a.textContent;
        return `${a.tagName}:${(label || '').trim().replace(/\s+/g, ' ')}`;
      });
      for (const w of wanted) if (name.toLowerCase().includes(w.toLowerCase()) && name.startsWith('BUTTON')) reached.add(w);
    }
    assert.deepEqual([...wanted].filter((w) => !reached.has(w)), [], 'every main action is reachable by Tab');
    // Every button and form control has an accessible name.
    const unnamed = await page.evaluate(() => [...document.querySelectorAll('button, input, select, textarea')]
      .filter((n) => n.offsetParent !== null)
      .filter((n) => !(n.getAttribute('aria-label') || n.labels?.length || n.textContent.trim() || n.getAttribute('aria-labelledby')))
      .map((n) => n.outerHTML.slice(0, 80)));
    assert.deepEqual(unnamed, []);
  });

  it('generates from pasted text', async () => {
    await page.goto('/');
    await generate('Text', () => page.getByRole('textbox', { name: 'Source text' }).fill(
      'quickgrep is a small search tool for large log files. It searches 2 GB of logs in 3 seconds on one core. '
      + 'It supports regular expressions, gzip-compressed input and JSON output.'));
    const id = (await page.locator('#post-id').textContent()).trim();
    assert.notEqual(id, postId);
    assert.match(await page.locator('#post-editor').inputValue(), /quickgrep|log/i);
    assert.equal(new URL(page.url()).searchParams.get('post'), id);
  });

  it('says in one sentence why a path outside the allowed roots is refused, and keeps the form', async () => {
    await page.goto('/');
    await page.getByRole('radio', { name: 'Local path', exact: true }).check();
    await page.getByRole('textbox', { name: 'Folder on the server' }).fill('/etc');
    await page.getByRole('button', { name: 'Generate' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /allow|root|outside|not permitted/i);
    assert.equal(await page.getByRole('textbox', { name: 'Folder on the server' }).inputValue(), '/etc', 'the input survives the error');
    assert.equal(await page.getByRole('button', { name: 'Generate' }).isEnabled(), true);
    assert.equal(await page.locator('#result').isHidden(), true);
  });

  it('generates from an uploaded file and copies the post to the clipboard', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await generate('File upload', () => page.getByLabel('File', { exact: true }).setInputFiles({
      name: 'NOTES.md', mimeType: 'text/markdown',
      buffer: Buffer.from('# linecount\n\nlinecount is a command-line tool that counts lines of code in 40 languages. It scans 1 million lines per second.\n'),
    }));
    assert.match(await page.locator('#post-editor').inputValue(), /linecount/);
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.locator('#copy-status', { hasText: 'Copied.' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.locator('#post-editor').inputValue());
  });

  it('shows HTML and <script> from a hostile README as text and never runs it', async () => {
    await page.goto('/');
    await generate('Local path', () => page.getByRole('textbox', { name: 'Folder on the server' }).fill(hostileRepo));
    // The repository's markup appears as literal text in the debug panel's documents and evidence.
    await page.locator('#debug summary').click();
    const debugText = await page.locator('#debug').textContent();
    assert.match(debugText, /htmlbomb/);
    // Markup pasted into the editor shows as text in the fold preview.
    const hostile = `${HOSTILE_MARKERS.script} ${HOSTILE_MARKERS.img} ${'x'.repeat(200)}`;
    await page.locator('#post-editor').fill(hostile);
    const previewText = await page.locator('#fold-preview').textContent();
    assert.ok(previewText.includes('<script>window.__pwned = 1</script>'), 'the script tag shows as text');
    // Saved as a version and reloaded, the markup is still text.
    await page.getByRole('button', { name: 'Save edit as version' }).click();
    await page.locator('#versions li').nth(1).waitFor();
    await page.reload();
    await page.locator('#result').waitFor();
    assert.equal(await page.locator('#post-editor').inputValue(), hostile);
    await page.getByRole('button', { name: 'Show diff' }).click();
    await page.locator('#diff ins').first().waitFor();
    assert.match(await page.locator('#diff').textContent(), /<script>/);
    // Pasted text with markup goes the same way.
    await page.goto('/');
    await generate('Text', () => page.getByRole('textbox', { name: 'Source text' }).fill(
      `evilmd ${HOSTILE_MARKERS.script} is a Markdown linter ${HOSTILE_MARKERS.img}. It checks 500 files per second.`));
    const state = await page.evaluate(() => ({
      pwned: window.__pwned ?? null,
      injected: document.querySelectorAll('#injected-title, #injected-frame, img[src="x"], iframe').length,
      scripts: [...document.scripts].map((s) => s.src.replace(location.origin, '')),
    }));
    assert.deepEqual(state, { pwned: null, injected: 0, scripts: ['/assets/vendor-chart.min.js', '/assets/app.js'] });
    assert.deepEqual(dialogs, []);
  });

  it('lists recent posts, newest first, and opens one from the list', async () => {
    await page.goto(`${server.url}/`);
    await page.locator('#recent-posts li a').first().waitFor();
    const links = await page.locator('#recent-posts li a').evaluateAll((as) => as.map((a) => new URL(a.href).searchParams.get('post')));
    const { posts } = await page.evaluate(async () => (await fetch('/v1/posts?limit=10')).json());
    assert.deepEqual(links, posts.map((p) => p.id), 'the list is the stored posts, newest first');
    assert.ok(links.includes(postId), 'the first post is listed');
    await page.locator(`#recent-posts a[href="?post=${postId}"]`).click();
    await page.waitForFunction((id) => document.getElementById('post-id').textContent.trim() === id, postId);
    assert.equal(new URL(page.url()).searchParams.get('post'), postId);
  });

  it('shows the post with its hooks, evidence and facts after the server restarts', async () => {
    const before = {
      text: await page.locator('#post-editor').inputValue(),
      hooks: await page.locator('#hooks li').allTextContents(),
      claims: await page.locator('#safety li.claim').count(),
      facts: await page.locator('#debug-facts li').count(),
    };
    server = await server.restart();
    await page.goto(`${server.url}/?post=${postId}`);
    await page.locator('#result').waitFor();
    assert.equal(await page.locator('#post-editor').inputValue(), before.text);
    assert.deepEqual(await page.locator('#hooks li').allTextContents(), before.hooks, 'hook alternatives and their ranking survive');
    assert.equal(await page.locator('#safety li.claim').count(), before.claims, 'every claim and its evidence survive');
    assert.equal(await page.locator('#debug-facts li').count(), before.facts, 'the facts used survive');
    assert.ok(await page.locator('#debug-chunks li').count() >= 1, 'the retrieved chunks are listed');
    assert.match(await page.locator('#debug-chunks li').first().textContent(), /^\S+ \S+/);
    assert.ok(before.facts > 0);
    await page.locator('#safety li.claim details summary').first().click();
    assert.match(await page.locator('#safety li.claim .evidence').first().textContent(), /\S/, 'evidence is shown for a claim');
  });

  it('turns "too generic" feedback into a new, more specific version', async () => {
    const versions = await page.locator('#versions li').count();
    const feedback = await page.locator('#feedback-list li').count();
    await page.getByRole('button', { name: 'Too generic' }).click();
    await page.locator('#feedback-status', { hasText: 'too-generic' }).waitFor();
    const status = await page.locator('#feedback-status').textContent();
    assert.equal(await page.locator('#feedback-list li').count(), feedback + 1);
    if (/made version/.test(status)) {
      assert.equal(await page.locator('#versions li').count(), versions + 1, status);
      assert.match(await page.locator('#version-label').textContent(), /latest/, 'the new version is shown');
    } else {
      assert.match(status, /no more-specific version possible/, status);
    }
    await page.getByRole('button', { name: 'Other hooks' }).click();
    await page.locator('#feedback-hooks li').first().waitFor();
    assert.ok(await page.locator('#feedback-hooks li').count() >= 2, 'the ranked hook alternatives are listed');
  });

  it('shows the system view: health, quality, safety and time over time, drift and alerts', async () => {
    await page.getByRole('button', { name: 'System' }).click();
    await page.locator('#health dt').first().waitFor();
    const health = await page.locator('#health').textContent();
    assert.match(health, /Status\s*ok/);
    assert.match(health, /Active writer tier\s*template/);
    assert.match(health, /LLM providers\s*none/);
    assert.equal(await page.locator('#view-compose').isHidden(), true);
    await page.waitForFunction(() => window.Chart?.getChart('chart-quality') && window.Chart.getChart('chart-latency'));
    const series = await page.evaluate(async () => (await fetch('/v1/metrics/series')).json());
    assert.ok(series.points.length >= 4, `every stored generation is a point (${series.points.length})`);
    for (const [id, field] of [['chart-quality', 'quality_score'], ['chart-safety', 'safety_confidence']]) {
      const data = await page.evaluate((chartId) => window.Chart.getChart(chartId).data.datasets[0].data, id);
      assert.deepEqual(data, series.points.map((p) => p[field]), `${id} plots ${field} of each generation, oldest first`);
    }
    assert.match(await page.locator('#chart-quality').getAttribute('aria-label'),
      new RegExp(`^quality of ${series.points.length} generations: latest \\d+, lowest \\d+, highest \\d+; 0 drift alerts$`),
      'the chart says what it shows in words');
    const seconds = await page.evaluate(() => window.Chart.getChart('chart-generation').data.datasets[0].data);
    assert.deepEqual(seconds, series.points.map((p) => p.duration_ms / 1000));
    // Fewer generations than a baseline needs: the panel says so instead of showing no alerts.
    assert.ok(series.points.length < series.min_points_for_drift);
    assert.match(await page.locator('#drift').textContent(), /Not enough generations to form a baseline/);
    assert.match(await page.locator('#alerts').textContent(), /threshold|:/);
    const routes = await page.evaluate(() => window.Chart.getChart('chart-latency').data.labels);
    assert.ok(routes.includes('/v1/posts') && routes.includes('/v1/posts/{id}/feedback'), `requests by route: ${routes}`);
    await screenshot('05-system-view.png');
  });

  it('marks a drop in quality as a drift alert on the chart and links the post where it began', async () => {
    // A run of posts from the fixture repository, then a run from one-line descriptions.
    await page.evaluate(async (repo) => {
      const post = (source) => fetch('/v1/posts', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ source }) });
      for (let i = 0; i < 16; ++i) await post({ location: repo });
      for (let i = 0; i < 10; ++i) await post({ text: `# tiny${i}\n\nA command-line tool for JSON.\n`, text_name: 'README.md' });
    }, cliRepo);
    await page.getByRole('button', { name: 'Compose' }).click();
    await page.getByRole('button', { name: 'System' }).click();
    await page.locator('#drift li.alert-warn, #drift li.alert-alert').first().waitFor();
    const series = await page.evaluate(async () => (await fetch('/v1/metrics/series')).json());
    const quality = series.drift.filter((d) => d.metric === 'quality_score');
    assert.ok(quality.length >= 1, `a quality drift episode is reported: ${JSON.stringify(series.drift)}`);
    assert.ok(quality[0].index >= series.points.length - 10, 'it begins among the one-line posts');
    const radius = await page.evaluate((i) => window.Chart.getChart('chart-quality').data.datasets[0].pointRadius[i], quality[0].index);
    assert.equal(radius, 6, 'the point where the drift began is marked on the chart');
    const link = page.locator(`#drift a[href="?post=${quality[0].generation_id}"]`);
    assert.equal(await link.count(), 1, 'the alert links the post where the drift began');
    await screenshot('06-drift-alerts.png');
  });

  it('raised no script errors and no CSP violations in the page', () => {
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(consoleErrors.filter((m) => !/Failed to load resource/.test(m)), []);
  });
});

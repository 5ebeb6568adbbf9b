// The web UI with an LLM tier: `repopost serve --llm` against the scripted OpenAI-compatible
// server on 127.0.0.1 (the only outside service, replaced by a test server speaking its protocol).
// The post streams into the editor token by token, then the checked post replaces it; the health
// panel names the provider and the debug panel lists the LLM attempt.
//
// Environment: REPOPOST_BIN, FAKE_LLM_BIN (required); REPOPOST_CHROMIUM (optional).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { openUi } from './support/chromium.js';
import { startFakeLlm } from './support/fake_services.js';
import { writeCliToolRepo } from './support/fixture_repo.js';
import { RepopostServer } from './support/repopost_server.js';

const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), 'artifacts');

// A faithful post about the tidyjson fixture, in the writer's JSON schema.
const POST = 'What does it take to format JSON in place?\n\n'
  + '• Formats JSON with stable key order\n'
  + '• Validates against JSON Schema draft 7\n'
  + '• Rewrites files in place with --write\n\n'
  + 'Try it: npm install -g tidyjson\n\n'
  + 'What would you format first?';
const ANSWER = JSON.stringify({
  post: POST,
  hooks: {
    curiosity: 'What does it take to format JSON in place?',
    bold_claim: 'tidyjson reads a 100 MB file in under 2 seconds on a laptop.',
    story: 'tidyjson began with one commit.',
    contrarian: "You don't need dependencies to format JSON.",
    emotional: 'There is something satisfying about zero dependencies.',
  },
  hashtags: ['#OpenSource', '#JSON', '#CLI'],
  caption: '',
  claims: [{ text: 'tidyjson formats JSON', evidence: ['f1'] }],
});

describe('web UI with an LLM provider', { timeout: 120000 }, () => {
  let scratch;
  let llm;
  let server;
  let browser;
  let page;
  let repo;
  let pageErrors = [];

  before(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'repopost-browser-llm-'));
    repo = writeCliToolRepo(join(scratch, 'repos'));
    // Slow enough (tokens per second) that the stream is visible for a while.
    llm = await startFakeLlm({ binary: process.env.FAKE_LLM_BIN, dir: scratch,
      script: { default: { kind: 'answer', content: ANSWER, latency_ms: 100, tokens_per_second: 150 } } });
    server = await RepopostServer.start({ binary: process.env.REPOPOST_BIN, dir: scratch,
      allowRoot: join(scratch, 'repos'), extraArgs: ['--llm', `${llm.url}#model=fake-model`] });
    ({ browser, page, pageErrors } = await openUi(server.url));
  });

  after(async () => {
    await browser?.close();
    const code = await server?.stop();
    await llm?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    assert.equal(code, 0, `repopost serve should exit 0 on SIGTERM:\n${server?.stderr}`);
  });

  it('streams the LLM post into the editor, then shows the checked post by the llm writer', async () => {
    await page.getByRole('radio', { name: 'Local path', exact: true }).check();
    await page.getByRole('textbox', { name: 'Folder on the server' }).fill(repo);
    await page.evaluate(() => {
      window.__streamed = [];
      const editor = document.getElementById('post-editor');
      const box = document.getElementById('progress');
      new MutationObserver(() => {
        if (box.textContent.startsWith('Writing')) window.__streamed.push(editor.value.length);
      }).observe(box, { childList: true, characterData: true, subtree: true });
    });
    await page.getByRole('button', { name: 'Generate', exact: true }).click();
    await page.locator('#progress', { hasText: /^Writing… \d+ characters/ }).waitFor();
    assert.equal(await page.locator('#post-editor').evaluate((e) => e.readOnly), true, 'read-only while streaming');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, '07-llm-streaming.png'), fullPage: true });
    await page.locator('#progress', { hasText: /^Done in \d+ ms by the llm writer/ }).waitFor();
    const lengths = await page.evaluate(() => window.__streamed);
    assert.ok(lengths.length >= 3 && lengths[lengths.length - 1] > lengths[0],
      `the text grew while it streamed: ${JSON.stringify(lengths.slice(0, 10))}`);
    const text = await page.locator('#post-editor').inputValue();
    assert.ok(text.startsWith('What does it take to format JSON in place?'), text);
    assert.equal(await page.locator('#post-editor').evaluate((e) => e.readOnly), false, 'editable once stored');
    assert.ok(await page.locator('#safety li.claim').count() >= 1, 'the LLM post was checked');
    await page.locator('#debug summary').click();
    assert.match(await page.locator('#debug-attempts').textContent(), /fake-model ok \d+ ms/);
  });

  it('names the provider and the active tier in the health panel', async () => {
    await page.getByRole('button', { name: 'System' }).click();
    await page.locator('#health dt').first().waitFor();
    const health = await page.locator('#health').textContent();
    assert.match(health, /LLM providers\s*\S+/);
    assert.doesNotMatch(health, /none \(template writer only\)/);
    assert.doesNotMatch(health, /Active writer tier\s*template/);
    assert.match(health, /Provider \S+\s*breaker closed/);
    assert.match(health, /Offline\s*no/);
  });

  it('raised no script errors', () => {
    assert.deepEqual(pageErrors, []);
  });
});

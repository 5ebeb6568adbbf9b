// The web UI with a GitHub URL as the source: `repopost serve` reads the repository through the
// GitHub REST API, here the fake GitHub server on 127.0.0.1 (REPOPOST_GITHUB_API), which answers
// in GitHub's documented shapes. Also checks the clear error for a repository that does not exist.
//
// Environment: REPOPOST_BIN, FAKE_GITHUB_BIN (required); REPOPOST_CHROMIUM (optional).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import { openUi } from './support/chromium.js';
import { startFakeGitHub } from './support/fake_services.js';
import { RepopostServer } from './support/repopost_server.js';

describe('web UI with a GitHub URL', { timeout: 120000 }, () => {
  let scratch;
  let github;
  let server;
  let browser;
  let page;
  let pageErrors = [];

  before(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'repopost-browser-github-'));
    mkdirSync(join(scratch, 'repos'));
    github = await startFakeGitHub({ binary: process.env.FAKE_GITHUB_BIN, repos: ['octo/widget'] });
    server = await RepopostServer.start({ binary: process.env.REPOPOST_BIN, dir: scratch,
      allowRoot: join(scratch, 'repos'), extraEnv: { REPOPOST_GITHUB_API: github.url, GITHUB_TOKEN: '' } });
    ({ browser, page, pageErrors } = await openUi(server.url));
  });

  after(async () => {
    await browser?.close();
    const code = await server?.stop();
    await github?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    assert.equal(code, 0, `repopost serve should exit 0 on SIGTERM:\n${server?.stderr}`);
  });

  it('generates from a GitHub URL with facts from the API, each with its provenance', async () => {
    await page.getByRole('radio', { name: 'GitHub URL', exact: true }).check();
    await page.getByRole('textbox', { name: 'Repository URL' }).fill('https://github.com/octo/widget');
    await page.getByRole('button', { name: 'Generate', exact: true }).click();
    await page.locator('#progress', { hasText: /^Done in \d+ ms by the template writer/ }).waitFor();
    const text = await page.locator('#post-editor').inputValue();
    assert.match(text, /widget/, text);
    assert.match(await page.locator('#safety').textContent(), /confidence \d+ %/);
    await page.locator('#debug summary').click();
    const facts = await page.locator('#debug-facts').textContent();
    assert.match(facts, /github|README|api/i, `facts carry where they came from: ${facts.slice(0, 300)}`);
  });

  it('says in one sentence that a repository does not exist, and keeps the form', async () => {
    await page.getByRole('textbox', { name: 'Repository URL' }).fill('https://github.com/octo/nothing');
    await page.getByRole('button', { name: 'Generate', exact: true }).click();
    await page.locator('#error').waitFor({ state: 'visible' });
    assert.match(await page.locator('#error').textContent(), /octo\/nothing|not found/i);
    assert.equal(await page.getByRole('textbox', { name: 'Repository URL' }).inputValue(), 'https://github.com/octo/nothing');
  });

  it('raised no script errors', () => {
    assert.deepEqual(pageErrors, []);
  });
});

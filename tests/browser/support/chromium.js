// Debian's Chromium driven by playwright-core, headless, with a fresh profile each run. No
// browser is ever downloaded: the executable is REPOPOST_CHROMIUM or /usr/bin/chromium.
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchChromium() {
  return chromium.launch({
    executablePath: process.env.REPOPOST_CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    timeout: 60000,
  });
}

// A fresh page on the UI at `baseURL`, collecting uncaught page errors: what the smaller browser
// suites (LLM, GitHub) share.
export async function openUi(baseURL) {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL });
  const page = await context.newPage();
  page.setDefaultTimeout(30000);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto('/');
  return { browser, page, pageErrors };
}

// The outside services as child processes on 127.0.0.1, for browser tests: the scripted
// OpenAI-compatible server (tests/support/fake_llm_server) and the fake GitHub REST API
// (tests/support/fake_github_server). Each prints "listening on URL" once it serves.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

class FakeProcess {
  constructor(child, url) {
    this.child = child;
    this.url = url;
  }

  static async start(binary, args, what, timeoutMs = 15000) {
    if (!binary || !existsSync(binary)) throw new Error(`${what}: no executable at "${binary ?? ''}".`);
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${what} did not start:\n${out}`)), timeoutMs);
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const match = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+\S*)/);
        if (match) { clearTimeout(timer); resolve(match[1]); }
      });
      child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`${what} exited (${code}):\n${out}`)); });
    });
    return new FakeProcess(child, url);
  }

  async stop() {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}

// binary: fake_llm_server; script: its JSON script (fake_script.h). `url` is the /v1 base URL.
export async function startFakeLlm({ binary, dir, script }) {
  const scriptPath = join(dir, 'fake-llm-script.json');
  writeFileSync(scriptPath, JSON.stringify(script));
  return FakeProcess.start(binary, ['--port', '0', '--script', scriptPath], 'fake_llm_server');
}

// binary: fake_github_server; repos: ["owner/name", ...]. `url` is the API base URL.
export async function startFakeGitHub({ binary, repos }) {
  return FakeProcess.start(binary, repos.flatMap((r) => ['--repo', r]), 'fake_github_server');
}

// The scripted OpenAI-compatible server (tests/support/fake_llm_server) as a child process on
// 127.0.0.1, for browser tests of the LLM tier. Its base URL is read from its "listening on" line.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class FakeLlm {
  constructor(child, baseUrl) {
    this.child = child;
    this.baseUrl = baseUrl;
  }

  // binary: the fake_llm_server executable; script: its JSON script (fake_script.h).
  static async start({ binary, dir, script, timeoutMs = 15000 }) {
    if (!binary || !existsSync(binary)) throw new Error(`FAKE_LLM_BIN must name fake_llm_server (got "${binary ?? ''}").`);
    const scriptPath = join(dir, 'fake-llm-script.json');
    writeFileSync(scriptPath, JSON.stringify(script));
    const child = spawn(binary, ['--port', '0', '--script', scriptPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const baseUrl = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`fake_llm_server did not start:\n${out}`)), timeoutMs);
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const match = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+\/v1)/);
        if (match) { clearTimeout(timer); resolve(match[1]); }
      });
      child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`fake_llm_server exited (${code}):\n${out}`)); });
    });
    return new FakeLlm(child, baseUrl);
  }

  async stop() {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}

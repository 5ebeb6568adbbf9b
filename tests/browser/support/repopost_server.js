// A real `repopost serve` on 127.0.0.1 with a fresh SQLite database, started as a child process.
// The port is chosen by the server (--port 0) and read from its "serving on" line on stderr.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const SERVING = /repopost: serving on (http:\/\/127\.0\.0\.1:\d+)/;

export class RepopostServer {
  constructor(child, url) {
    this.child = child;
    this.url = url;
    this.stderr = '';
  }

  // binary: path to `repopost`; dir: a scratch folder for the database; allowRoot: the folder the
  // API may read local repositories from; webRoot: serve web/ from disk instead of the embedded copy.
  // extraArgs: more `serve` flags (e.g. --llm URL); extraEnv: more environment (e.g.
  // REPOPOST_GITHUB_API for a fake GitHub).
  static async start({ binary, dir, allowRoot, webRoot, extraArgs = [], extraEnv = {}, timeoutMs = 30000 }) {
    if (!binary || !existsSync(binary)) {
      throw new Error(`REPOPOST_BIN must name the repopost binary (got "${binary ?? ''}").`);
    }
    const args = ['serve', '--host', '127.0.0.1', '--port', '0', '--db', `sqlite:${join(dir, 'repopost.db')}`,
      '--allow-root', allowRoot];
    if (webRoot) args.push('--web-root', webRoot);
    args.push(...extraArgs);
    // Logs, caches and config stay in the scratch folder; no LLM configured by the caller leaks in.
    const env = { ...process.env, XDG_DATA_HOME: join(dir, 'data'), XDG_CACHE_HOME: join(dir, 'cache'),
      XDG_CONFIG_HOME: join(dir, 'config'), ...extraEnv };
    delete env.REPOPOST_LLM;
    const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
    let stderr = '';
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`repopost serve did not start in ${timeoutMs} ms:\n${stderr}`)), timeoutMs);
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
        const match = stderr.match(SERVING);
        if (match) { clearTimeout(timer); resolve(match[1]); }
      });
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`repopost serve exited (${code ?? signal}) before serving:\n${stderr}`));
      });
    });
    const server = new RepopostServer(child, url);
    server.options = { binary, dir, allowRoot, webRoot, extraArgs, extraEnv, timeoutMs };
    server.stderr = stderr;
    child.stderr.on('data', (chunk) => { server.stderr += chunk; });
    return server;
  }

  // Stops this process and starts another on the same database (a new port); returns it.
  async restart() {
    const code = await this.stop();
    if (code !== 0) throw new Error(`repopost serve exited ${code} on SIGTERM:\n${this.stderr}`);
    return RepopostServer.start(this.options);
  }

  // SIGTERM, then the exit code; a server that does not stop in time is killed and reported.
  async stop(timeoutMs = 10000) {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return this.child.exitCode;
    const exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve(code ?? signal)));
    this.child.kill('SIGTERM');
    let timer;
    const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); });
    const result = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    if (result === 'timeout') {
      this.child.kill('SIGKILL');
      throw new Error(`repopost serve did not stop within ${timeoutMs} ms of SIGTERM`);
    }
    return result;
  }
}

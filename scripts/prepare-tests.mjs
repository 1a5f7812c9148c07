// Run by `npm test` before the tests: the static checks (type-check, lint, format) one
// after another, beside the build (which the package tests need) — each is a single
// process, so on a machine with two or more cores the two lines take the time of the
// longer, not of both. Each step's output is printed whole when it ends; a line stops at
// its first failure, and the run fails with that step's exit code.
import { spawn } from 'node:child_process';

const LINES = [
  ['checks', ['typecheck', 'lint', 'format:check']],
  ['build', ['build']],
];

/** Runs `npm run <script>`, collecting its output; resolves with the exit code. */
function run(script) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output: Buffer.concat(chunks).toString() }));
  });
}

const started = Date.now();
const results = await Promise.all(
  LINES.map(async ([name, scripts]) => {
    for (const script of scripts) {
      const t0 = Date.now();
      const { code, output } = await run(script);
      console.log(`── ${script} (${((Date.now() - t0) / 1000).toFixed(1)} s)${code === 0 ? '' : ` failed, exit code ${code}`}`);
      if (output.trim()) console.log(output.trimEnd());
      if (code !== 0) return { name, code };
    }
    return { name, code: 0 };
  }),
);
const failed = results.find((r) => r.code !== 0);
console.log(`── checks and build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? failed.code : 0);

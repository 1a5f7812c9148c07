// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The test command builds the package first; these run the built files the way a
// consumer's Node process would, through the package's own `exports`.
const run = (args: string[]) => execFileSync(process.execPath, args, { encoding: 'utf8', cwd: process.cwd() });

describe('the built package', () => {
  it('has been built', () => {
    expect(existsSync('dist/index.js') && existsSync('dist/index.cjs') && existsSync('dist/index.d.ts')).toBe(true);
  });

  it('loads with require()', () => {
    const out = run(['-e', 'const m = require("react-journey-map"); console.log(typeof m.parseJourney, typeof m.validateJourney)']);
    expect(out.trim()).toBe('function function');
  });

  it('loads with import', () => {
    const out = run(['--input-type=module', '-e', 'import { parseJourney } from "react-journey-map"; console.log(typeof parseJourney)']);
    expect(out.trim()).toBe('function');
  });

  it('imports and renders on a server with no window or document', () => {
    const script = [
      'import { createElement } from "react";',
      'import { renderToString } from "react-dom/server";',
      'import { readFileSync } from "node:fs";',
      'import { JourneyMap } from "react-journey-map";',
      'if (typeof window !== "undefined" || typeof document !== "undefined") throw new Error("not a bare server");',
      'const journey = JSON.parse(readFileSync("stories/data/ecommerce-kitchen.journey.json", "utf8"));',
      'const html = renderToString(createElement(JourneyMap, { journey }));',
      'console.log(html.includes("role=\\"grid\\"") && !html.includes("role=\\"alert\\""));',
    ].join('\n');
    expect(run(['--input-type=module', '-e', script]).trim()).toBe('true');
  });

  it('marks both bundles as client components for React Server Component hosts', () => {
    for (const file of ['dist/index.js', 'dist/index.cjs']) {
      expect(readFileSync(file, 'utf8').trimStart().startsWith("'use client';"), file).toBe(true);
    }
  });

  it('ships one stylesheet with every part in it', () => {
    const css = readFileSync('dist/index.css', 'utf8');
    for (const part of ['jm-JourneyGrid', 'jm-TouchpointCard', 'jm-EmotionCurve', 'jm-PersonaPanel', 'jm-ServiceBlueprintLane', 'jm-ErrorPanel']) {
      expect(css, part).toContain(part);
    }
    expect(css).not.toContain('@import');
  });

  it('serves the JSON Schema', () => {
    const out = run(['-e', 'console.log(require.resolve("react-journey-map/schema.json"))']);
    expect(JSON.parse(readFileSync(out.trim(), 'utf8')).title).toBe('Journey');
  });

  it('declares its types for both module systems', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.exports['.'].import.types).toBe('./dist/index.d.ts');
    expect(pkg.exports['.'].require.types).toBe('./dist/index.d.cts');
    expect(existsSync('dist/index.d.cts')).toBe(true);
  });
});

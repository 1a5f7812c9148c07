// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MermaidSyntaxError, fromMermaidJourney } from '../../src/io/mermaid';

const body = 'journey\n  section A\n    Task: 3: Me';
const titleOf = (front: string) => fromMermaidJourney(`${front}\n${body}`).title;

describe('fromMermaidJourney: front matter', () => {
  it('reads the title unquoted, and only from a "title:" entry between the two fences', () => {
    expect(titleOf('---\ntitle: "Quoted: yes"\n---')).toBe('Quoted: yes');
    expect(titleOf("---\ntitle: 'Single'\n---")).toBe('Single');
    expect(titleOf('---\ntitle: "Half\n---')).toBe('"Half');
    expect(titleOf('---\ntitle: "\n---')).toBe('"');
    expect(titleOf('---\ntitle: "Mixed\'\n---')).toBe('"Mixed\'');
    expect(titleOf('  ---  \n  title:  Spaced  \n  ---  ')).toBe('Spaced');
    expect(titleOf('---\nsubtitle: No\nconfig: x\n---')).toBe('Journey');
  });

  it('reads a text without a closing fence as diagram lines, and a fence that is not first as a bad line', () => {
    expect(() => fromMermaidJourney(`---\ntitle: Open\n${body}`)).toThrow(MermaidSyntaxError);
    expect(() => fromMermaidJourney(`${body}\n---`)).toThrow(MermaidSyntaxError);
  });

  it('drops only a leading byte-order mark', () => {
    expect(fromMermaidJourney(`\uFEFF${body}`).stages[0]!.name).toBe('A');
    expect(fromMermaidJourney('journey\n  section A\uFEFFB\n    Task: 3: Me').stages[0]!.name).toBe('A\uFEFFB');
  });

  it('quotes a bad line trimmed and cut to 200 characters', () => {
    const bad = `  ${'x'.repeat(300)}  `;
    try {
      fromMermaidJourney(`${body}\n${bad}`);
      expect.unreachable();
    } catch (error) {
      expect((error as MermaidSyntaxError).text).toBe('x'.repeat(200));
      expect((error as MermaidSyntaxError).line).toBe(4);
    }
  });
});

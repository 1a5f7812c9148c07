// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { darkTheme, lightTheme, themeToCssVariables } from '../../src';
import { isSafeCssValue } from '../../src/model/sanitize';
import { resolveThemeProp } from '../../src/theme/theme';

describe('themeToCssVariables', () => {
  it('maps a whole theme to --jm-* variables in kebab case', () => {
    const vars = themeToCssVariables(lightTheme);
    expect(vars).toMatchObject({
      '--jm-color-background': '#ffffff',
      '--jm-color-accent': '#0b62d6',
      '--jm-color-accent-text': '#ffffff',
      '--jm-color-moment-of-truth': '#b35900',
      '--jm-emotion-negative': '#d1242f',
      '--jm-emotion-stroke-width': '2.5',
      '--jm-persona-1': '#0b62d6',
      '--jm-persona-6': '#57606a',
      '--jm-font-size': '14px',
      '--jm-radius': '8px',
      '--jm-spacing': '8px',
      '--jm-column-width': '220px',
      '--jm-lane-header-width': '148px',
    });
    expect(vars['--jm-font-family']).toContain('system-ui');
    expect(vars['--jm-shadow']).toContain('rgb(27 31 36 / 0.08)');
    // 16 colours, 4 emotion values, 6 palette entries and 7 single values.
    expect(Object.keys(vars)).toHaveLength(33);
    expect(Object.keys(vars).every((k) => /^--jm-[a-z0-9-]+$/.test(k))).toBe(true);
  });

  it('maps only what a partial theme gives', () => {
    expect(themeToCssVariables({ colors: { accent: 'rebeccapurple' }, radius: '0' })).toEqual({
      '--jm-color-accent': 'rebeccapurple',
      '--jm-radius': '0',
    });
    expect(themeToCssVariables({})).toEqual({});
  });

  it('keeps colours in modern syntaxes and font stacks with quotes', () => {
    const vars = themeToCssVariables({
      colors: { accent: 'oklch(62% 0.2 250)', pain: 'color-mix(in srgb, red 40%, white)' },
      fontFamily: '"Inter Variable", sans-serif',
    });
    expect(vars['--jm-color-accent']).toBe('oklch(62% 0.2 250)');
    expect(vars['--jm-color-pain']).toBe('color-mix(in srgb, red 40%, white)');
    expect(vars['--jm-font-family']).toBe('"Inter Variable", sans-serif');
  });

  it('drops any value that could break out of its declaration or load something', () => {
    const hostile = [
      'red;} body{display:none',
      'red; background: blue',
      'url(https://evil.example/x.png)',
      'URL (x)',
      'expression(alert(1))',
      'red /* comment',
      '\\3b',
      '</style><script>',
      '@import "x.css"',
      'javascript:alert(1)',
      'x'.repeat(500),
    ];
    for (const value of hostile) {
      expect(isSafeCssValue(value), value).toBe(false);
      expect(themeToCssVariables({ colors: { accent: value }, shadow: value }), value).toEqual({});
    }
  });

  it('ignores values that are not strings', () => {
    const theme = { colors: { accent: 3 }, radius: null, personaPalette: [{}] } as unknown as Parameters<typeof themeToCssVariables>[0];
    expect(themeToCssVariables(theme)).toEqual({});
  });
});

describe('resolveThemeProp', () => {
  it('names the built-in themes without inline variables; their values live in styles.css', () => {
    expect(resolveThemeProp(undefined)).toEqual({ name: 'light', style: {} });
    expect(resolveThemeProp('light')).toEqual({ name: 'light', style: {} });
    expect(resolveThemeProp('dark')).toEqual({ name: 'dark', style: {} });
  });

  it('puts overrides inline on top of the chosen base', () => {
    expect(resolveThemeProp({ base: 'dark', colors: { accent: '#ff0066' } })).toEqual({
      name: 'dark',
      style: { '--jm-color-accent': '#ff0066' },
    });
    expect(resolveThemeProp({ radius: '2px' }).name).toBe('light');
  });

  it('the dark theme differs from the light one in its colours, not its sizes', () => {
    const light = themeToCssVariables(lightTheme);
    const dark = themeToCssVariables(darkTheme);
    expect(dark['--jm-color-background']).not.toBe(light['--jm-color-background']);
    expect(dark['--jm-radius']).toBe(light['--jm-radius']);
  });
});

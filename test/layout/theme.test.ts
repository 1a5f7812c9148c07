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
      '--jm-persona-1': 'var(--jm-color-accent)',
      '--jm-persona-6': '#57606a',
      '--jm-font-size': '14px',
      '--jm-radius': '8px',
      '--jm-spacing': '8px',
      '--jm-column-width': '220px',
      '--jm-lane-header-width': '148px',
    });
    expect(vars['--jm-font-family']).toContain('system-ui');
    expect(vars['--jm-shadow']).toContain('rgb(27 31 36 / 0.08)');
    // 23 colours, 4 emotion values, 6 palette entries, 3 fonts, 5 text sizes and 10 single values.
    expect(Object.keys(vars)).toHaveLength(51);
    expect(Object.keys(vars).every((k) => /^--jm-[a-z0-9-]+$/.test(k))).toBe(true);
  });

  it('gives each card kind and each meaning a variable of its own, and the design system its fonts, type scale, shadows and stripe', () => {
    const vars = themeToCssVariables(lightTheme);
    const kinds = ['action', 'touchpoint', 'thought', 'pain', 'opportunity', 'process', 'metric', 'physical-evidence'];
    const meanings = ['accent', 'moment-of-truth', 'evidence', 'assumption'];
    for (const name of [...kinds, ...meanings]) expect(vars).toHaveProperty([`--jm-color-${name}`]);
    // Each kind its own colour; only actions follow the brand's accent, as does the first persona.
    const values = kinds.map((kind) => vars[`--jm-color-${kind}`]);
    expect(new Set(values).size).toBe(kinds.length);
    expect(values.filter((v) => v === 'var(--jm-color-accent)')).toEqual(['var(--jm-color-accent)']);
    expect(vars['--jm-persona-1']).toBe('var(--jm-color-accent)');
    expect(darkTheme.personaPalette[0]).toBe('var(--jm-color-accent)');
    // Sources are neutral, not the opportunity's green.
    expect(vars['--jm-color-evidence']).toBe('var(--jm-color-muted)');
    expect(vars['--jm-color-evidence']).not.toBe(vars['--jm-color-opportunity']);
    for (const font of ['heading', 'quote', 'numeric']) expect(vars[`--jm-font-${font}`]).toBe('var(--jm-font-family)');
    for (const step of ['xs', 'sm', 'md', 'lg', 'xl'])
      expect(vars[`--jm-text-${step}`]).toMatch(/^calc\(var\(--jm-font-size\) \* [\d.]+\)$/);
    expect(vars).toMatchObject({ '--jm-stripe-width': '3px' });
    expect(vars['--jm-shadow-raised']).toBeTruthy();
    expect(vars['--jm-shadow-overlay']).toBeTruthy();
  });

  it('maps a brand’s fonts, type scale, shadows and stripe from a partial theme', () => {
    expect(
      themeToCssVariables({
        colors: { touchpoint: '#0f6b8a', physicalEvidence: 'sienna' },
        fonts: { heading: '"Brand Serif", serif', numeric: '"Brand Mono", monospace' },
        textSizes: { xl: '28px' },
        shadowRaised: 'none',
        stripeWidth: '5px',
      }),
    ).toEqual({
      '--jm-color-touchpoint': '#0f6b8a',
      '--jm-color-physical-evidence': 'sienna',
      '--jm-font-heading': '"Brand Serif", serif',
      '--jm-font-numeric': '"Brand Mono", monospace',
      '--jm-text-xl': '28px',
      '--jm-shadow-raised': 'none',
      '--jm-stripe-width': '5px',
    });
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

import type { CSSProperties, ReactNode } from 'react';
import { darkTheme, lightTheme, type JourneyTheme } from '../../src';
import { contrastRatio, contrastVerdict, formatRatio } from './contrast';
import { readTokens, TOKEN_GROUPS, type Token } from './tokens';
import { TypeScale } from './TypeScale';
import './tokens.css';

type ThemeName = 'light' | 'dark';
const THEMES: Record<ThemeName, JourneyTheme> = { light: lightTheme, dark: darkTheme };

/** What a colour is measured against, and the words for it. */
function pairFor(token: Token, theme: JourneyTheme): { on: string; fg: string; bg: string } | null {
  const value = token[theme === darkTheme ? 'dark' : 'light'];
  const { colors } = theme;
  if (token.path === 'colors.accentText') return { on: 'on accent', fg: value, bg: colors.accent };
  if (token.path === 'colors.background' || token.path === 'colors.surface' || token.path === 'colors.card') {
    return { on: 'text on it', fg: colors.text, bg: value };
  }
  if (token.group === 'Type' || token.group === 'Spacing and sizes' || token.group === 'Shadow') return null;
  return { on: 'on background', fg: value, bg: colors.background };
}

/** A value cell drawn on its own theme's background, so swatches are seen where they are used. */
function ThemeCell({ theme, children }: { theme: ThemeName; children: ReactNode }) {
  const { colors } = THEMES[theme];
  return (
    <td className="sb-tokens-cell" style={{ background: colors.background, color: colors.text }}>
      {children}
    </td>
  );
}

function ColourValue({ token, theme }: { token: Token; theme: ThemeName }) {
  const value = token[theme];
  const pair = pairFor(token, THEMES[theme]);
  const ratio = pair && contrastRatio(pair.fg, pair.bg);
  return (
    <ThemeCell theme={theme}>
      <span className="sb-tokens-swatch" style={{ background: value }} />
      <code>{value}</code>
      {ratio != null && pair && (
        <span className="sb-tokens-contrast" data-verdict={contrastVerdict(ratio)}>
          {formatRatio(ratio)} {pair.on} · {contrastVerdict(ratio) === 'too low' ? 'decoration only' : `fits ${contrastVerdict(ratio)}`}
        </span>
      )}
    </ThemeCell>
  );
}

/** A little picture of what a size or type token does. */
function Preview({ token, value }: { token: Token; value: string }) {
  const name = token.name;
  if (name === '--jm-radius') return <span className="sb-tokens-box" style={{ borderRadius: value }} />;
  if (name === '--jm-spacing' || name === '--jm-column-width' || name === '--jm-lane-header-width') {
    return <span className="sb-tokens-bar" style={{ width: `min(${value}, 100%)` }} />;
  }
  if (name === '--jm-shadow') return <span className="sb-tokens-box" style={{ boxShadow: value, borderRadius: 8 }} />;
  if (name === '--jm-font-family') return <span style={{ fontFamily: value, fontSize: 16 }}>Aa Бб 旅程 — The journey</span>;
  return null;
}

function OtherValue({ token, theme }: { token: Token; theme: ThemeName }) {
  const value = token[theme];
  return (
    <ThemeCell theme={theme}>
      <code className="sb-tokens-long">{value}</code>
      <Preview token={token} value={value} />
    </ThemeCell>
  );
}

function TokenName({ token }: { token: Token }) {
  return (
    <th scope="row">
      <code>{token.name}</code>
      <span className="sb-tokens-path">{token.path ? `theme.${token.path}` : 'CSS only'}</span>
      {token.compact && <span className="sb-tokens-path">compact: {token.compact}</span>}
    </th>
  );
}

const page: CSSProperties = { display: 'grid', gap: 32, maxWidth: 1200 };

/**
 * Every `--jm-*` variable of the stylesheet, grouped, with its value in the light and
 * dark themes side by side: colours as swatches with their contrast, sizes with a small
 * picture, and the type scale measured from a drawn map.
 */
export function TokenSheet() {
  const tokens = readTokens();
  return (
    <div className="sb-tokens" style={page}>
      <header>
        <h1>Design tokens</h1>
        <p>
          Every value a brand can change is a <code>--jm-*</code> CSS variable on the map&rsquo;s root, and the same value in the{' '}
          <code>theme</code> object. Contrast is the WCAG 2 ratio: 4.5:1 or more fits text, 3:1 or more fits lines, marks and large text.
        </p>
      </header>
      {TOKEN_GROUPS.map((group) => {
        const rows = tokens.filter((t) => t.group === group);
        const colour = group === 'Colours' || group === 'Emotion curve' || group === 'Persona palette';
        return (
          <section key={group} aria-labelledby={`tokens-${group}`}>
            <h2 id={`tokens-${group}`}>{group}</h2>
            <table className="sb-tokens-table">
              <thead>
                <tr>
                  <th scope="col">Token</th>
                  <th scope="col">Light</th>
                  <th scope="col">Dark</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((token) => (
                  <tr key={token.name}>
                    <TokenName token={token} />
                    {colour && token.name !== '--jm-emotion-stroke-width' ? (
                      <>
                        <ColourValue token={token} theme="light" />
                        <ColourValue token={token} theme="dark" />
                      </>
                    ) : (
                      <>
                        <OtherValue token={token} theme="light" />
                        <OtherValue token={token} theme="dark" />
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
      <section aria-labelledby="tokens-type-scale">
        <h2 id="tokens-type-scale">Type scale</h2>
        <p>
          One base size, <code>--jm-font-size</code>; every other text size is a multiple of it, so changing the base scales the whole map.
          Small labels in capitals are drawn as small capitals (<code>--jm-caps</code>), which keeps the words&rsquo; own case for screen
          readers.
        </p>
        <TypeScale theme="light" />
      </section>
    </div>
  );
}

import { useId, useMemo, useRef, useState } from 'react';
import { JourneyMap, type Journey, type JourneyThemeOverrides } from '../../src';
import { themes, type StoryThemeName } from '../themes';
import { contrastRatio, formatRatio } from './contrast';
import { draftToCss, draftToThemeSource, resolveDraft, setOverride, type ThemeDraft } from './exportTheme';
import { COLOUR_GROUPS, FONTS, type ColourField } from './playgroundFields';
import './tokens.css';

const LABELS: Record<string, string> = {
  background: 'Background',
  surface: 'Header cells and lane labels',
  card: 'Cards',
  accent: 'Accent',
};

/** The themes a draft can start from, in the words of the toolbar's theme menu. */
const START_NAMES: Record<StoryThemeName, string> = {
  light: 'Light',
  dark: 'Dark',
  'brand-bank': 'Bank brand (navy)',
  'brand-retail': 'Retail brand (orange)',
};

/** The draft a theme of the toolbar's menu starts from. */
function draftFrom(name: StoryThemeName): ThemeDraft {
  const theme = themes[name];
  if (theme === 'light' || theme === 'dark') return { base: theme, overrides: {} };
  const { base = 'light', ...overrides } = theme as JourneyThemeOverrides & { base?: 'light' | 'dark' };
  return { base, overrides };
}

/** One colour picker, with a warning under it when the colour does not stand out enough. */
function ColourPicker({ field, draft, onChange }: { field: ColourField; draft: ThemeDraft; onChange: (value: string) => void }) {
  const id = useId();
  const theme = resolveDraft(draft);
  const colours = theme.colors as unknown as Record<string, string>;
  // A colour that follows another token (the action colour follows the accent) shows that token's colour.
  const follow = (v: string): string => {
    const ref = /^var\(--jm-color-([a-z-]+)\)$/.exec(v);
    return ref ? (colours[ref[1]!.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] ?? v) : v;
  };
  const value = follow((theme[field.section] as unknown as Record<string, string>)[field.key] ?? '#000000');
  const worst = field.on?.keys
    .map((key) => ({ key, ratio: contrastRatio(value, theme.colors[key]) }))
    .filter((c): c is { key: typeof c.key; ratio: number } => c.ratio !== null)
    .sort((a, b) => a.ratio - b.ratio)[0];
  const low = field.on && worst && worst.ratio < field.on.min;
  return (
    <div className="sb-playground-field">
      <label htmlFor={id}>{field.label}</label>
      <input
        id={id}
        type="color"
        value={/^#[0-9a-f]{6}$/i.test(value) ? value : '#000000'}
        onChange={(event) => onChange(event.currentTarget.value)}
        aria-describedby={low ? `${id}-warning` : undefined}
      />
      <code>{value}</code>
      {low && (
        <p id={`${id}-warning`} className="sb-playground-warning">
          {formatRatio(worst.ratio)} on {LABELS[worst.key] ?? worst.key}: under {field.on!.min}:1 for{' '}
          {field.on!.min === 4.5 ? 'text' : 'lines and marks'}
        </p>
      )}
    </div>
  );
}

/** An export box: the text, read-only, and a button that copies it. */
function ExportBox({ label, text }: { label: string; text: string }) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      // A browser that asks for permission may never answer; after a second, fall back.
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer')), 1000));
      await Promise.race([navigator.clipboard.writeText(text), timeout]);
      setStatus('Copied.');
      return;
    } catch {
      // No clipboard permission (an insecure page, a locked-down browser): copy the selection instead.
    }
    const el = area.current;
    if (!el) return;
    el.focus();
    el.select();
    setStatus(document.execCommand('copy') ? 'Copied.' : 'The text is selected: press Ctrl+C or ⌘C to copy it.');
  };
  return (
    <div className="sb-playground-export">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} ref={area} readOnly value={text} rows={Math.min(16, text.split('\n').length + 1)} spellCheck={false} />
      <div>
        <button type="button" onClick={() => void copy()}>
          Copy {label.toLowerCase()}
        </button>{' '}
        <span role="status">{status}</span>
      </div>
    </div>
  );
}

/**
 * A theme playground: colour pickers and a few other controls over a live map, and the
 * result as CSS variables and as a `theme` object, both made by the library's own mapping.
 */
export function ThemePlayground({ journeys, initialJourney }: { journeys: Record<string, Journey>; initialJourney: string }) {
  const [draft, setDraft] = useState<ThemeDraft>({ base: 'light', overrides: {} });
  const [density, setDensity] = useState<'comfortable' | 'compact'>('comfortable');
  const [journeyName, setJourneyName] = useState(initialJourney);
  const [everything, setEverything] = useState(false);
  const theme = useMemo(() => resolveDraft(draft), [draft]);
  const mapTheme = useMemo(() => ({ base: draft.base, ...draft.overrides }), [draft]);
  const update = (overrides: JourneyThemeOverrides) => setDraft((d) => ({ ...d, overrides }));
  const setScalar = (key: 'radius' | 'fontFamily' | 'fontSize', value: string | undefined) => {
    const next = { ...draft.overrides };
    if (value === undefined) delete next[key];
    else next[key] = value;
    update(next);
  };
  const ids = { start: useId(), journey: useId(), radius: useId(), font: useId(), size: useId() };

  return (
    <div className="sb-playground">
      <form className="sb-playground-controls" aria-label="Theme" onSubmit={(e) => e.preventDefault()}>
        <h1>Theme playground</h1>
        <div className="sb-playground-row">
          <label htmlFor={ids.start}>Start from</label>
          <select id={ids.start} defaultValue="light" onChange={(e) => setDraft(draftFrom(e.currentTarget.value as StoryThemeName))}>
            {Object.entries(START_NAMES).map(([name, label]) => (
              <option key={name} value={name}>
                {label}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => update({})}>
            Clear changes
          </button>
        </div>
        {COLOUR_GROUPS.map(([group, fields]) => (
          <fieldset key={group}>
            <legend>{group}</legend>
            {fields.map((field) => (
              <ColourPicker
                key={field.key}
                field={field}
                draft={draft}
                onChange={(value) => update(setOverride(draft, field.section, field.key as never, value))}
              />
            ))}
          </fieldset>
        ))}
        <fieldset>
          <legend>Shape and type</legend>
          <div className="sb-playground-field">
            <label htmlFor={ids.radius}>Corner radius</label>
            <input
              id={ids.radius}
              type="range"
              min={0}
              max={20}
              value={parseInt(theme.radius, 10) || 0}
              onChange={(e) => setScalar('radius', `${e.currentTarget.value}px`)}
            />
            <code>{theme.radius}</code>
          </div>
          <div className="sb-playground-field">
            <label htmlFor={ids.size}>Base font size</label>
            <input
              id={ids.size}
              type="range"
              min={12}
              max={18}
              value={parseInt(theme.fontSize, 10) || 14}
              onChange={(e) => setScalar('fontSize', `${e.currentTarget.value}px`)}
            />
            <code>{theme.fontSize}</code>
          </div>
          <div className="sb-playground-field" data-wide="">
            <label htmlFor={ids.font}>Font</label>
            <select
              id={ids.font}
              value={FONTS.find(([, stack]) => stack === draft.overrides.fontFamily)?.[0] ?? FONTS[0]![0]}
              onChange={(e) => setScalar('fontFamily', FONTS.find(([label]) => label === e.currentTarget.value)?.[1])}
            >
              {FONTS.map(([label]) => (
                <option key={label}>{label}</option>
              ))}
            </select>
          </div>
          <fieldset className="sb-playground-inline">
            <legend>Density</legend>
            {(['comfortable', 'compact'] as const).map((d) => (
              <label key={d}>
                <input type="radio" name="sb-density" checked={density === d} onChange={() => setDensity(d)} /> {d}
              </label>
            ))}
          </fieldset>
        </fieldset>
      </form>

      <div className="sb-playground-result">
        <div className="sb-playground-row">
          <label htmlFor={ids.journey}>Example journey</label>
          <select id={ids.journey} value={journeyName} onChange={(e) => setJourneyName(e.currentTarget.value)}>
            {Object.keys(journeys).map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </div>
        <JourneyMap className="sb-playground-map" journey={journeys[journeyName]} theme={mapTheme} density={density} />
        <h2>Export</h2>
        <label className="sb-playground-check">
          <input type="checkbox" checked={everything} onChange={(e) => setEverything(e.currentTarget.checked)} /> Every token, not only the
          changes
        </label>
        <ExportBox label="CSS variables" text={draftToCss(draft, everything)} />
        <ExportBox label="Theme object" text={draftToThemeSource(everything ? { ...draft, overrides: theme } : draft, density)} />
      </div>
    </div>
  );
}

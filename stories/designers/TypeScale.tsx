import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { JourneyMap } from '../../src';
import { bikeRepairJourney } from './guideJourneys';

/** The text roles of a map, by the class of the element that shows each. */
const ROLES: ReadonlyArray<[selector: string, role: string]> = [
  ['.jm-JourneyMap-title', 'Map title'],
  ['.jm-PersonaPanel-name', 'Persona name'],
  ['.jm-StageColumn-name', 'Stage name'],
  ['.jm-TouchpointCard-title', 'Card title'],
  ['.jm-Lane-label', 'Lane label'],
  ['.jm-PersonaPanel-quote', 'Persona quote'],
  ['.jm-JourneyMap-description', 'Map description'],
  ['.jm-StageColumn-fields', 'Stage goal and trigger'],
  ['.jm-JourneyMap-meta', 'Owner and dates'],
  ['.jm-Legend', 'Legend'],
  ['.jm-TouchpointCard-badge', 'Chips'],
  ['.jm-EmotionCurve-pointLabel', 'Curve point label'],
  ['.jm-JourneyGrid-phaseName', 'Phase name'],
  ['.jm-TouchpointCard-kind', 'Card kind'],
];

/** One role as the stylesheet draws it. */
interface Measured {
  role: string;
  sample: string;
  style: CSSProperties;
  px: { comfortable: number; compact: number };
  /** For small capitals: their height relative to the font size (`--jm-caps-scale`). */
  capsScale?: number;
}

/** An element's words, its parts' text joined by spaces, cut to about forty characters. */
function textOf(el: Element): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.textContent ?? '');
  const text = parts.join(' ').replace(/\s+/g, ' ').trim();
  return text.length > 40 ? `${text.slice(0, 38).trim()}…` : text;
}

const styleOf = (el: Element): CSSProperties => {
  const s = getComputedStyle(el);
  return {
    fontSize: s.fontSize,
    fontWeight: s.fontWeight,
    fontStyle: s.fontStyle,
    fontVariantCaps: s.fontVariantCaps as CSSProperties['fontVariantCaps'],
    letterSpacing: s.letterSpacing,
    lineHeight: s.lineHeight,
  };
};

/**
 * The map's type scale, measured: two hidden maps (comfortable and compact) are drawn
 * with the library's stylesheet, and each text role's computed size and weight is read
 * back, so the table is what the map draws today, not a copy of it.
 */
export function TypeScale({ theme }: { theme: 'light' | 'dark' }) {
  const comfortable = useRef<HTMLDivElement>(null);
  const compact = useRef<HTMLDivElement>(null);
  const [rows, setRows] = useState<Measured[] | null>(null);

  useLayoutEffect(() => {
    const a = comfortable.current;
    const b = compact.current;
    if (!a || !b) return;
    const base = (root: HTMLElement) => parseFloat(getComputedStyle(root.querySelector('.jm-root') ?? root).fontSize);
    const measured: Measured[] = [
      { role: 'Body (the base size)', sample: 'Body text of cards and panels', style: {}, px: { comfortable: base(a), compact: base(b) } },
    ];
    for (const [selector, role] of ROLES) {
      const el = a.querySelector(selector);
      const small = b.querySelector(selector);
      if (!el || !small) continue;
      const sample = textOf(el) || role;
      measured.push({
        role,
        sample,
        style: styleOf(el),
        px: { comfortable: parseFloat(getComputedStyle(el).fontSize), compact: parseFloat(getComputedStyle(small).fontSize) },
      });
      const caps = getComputedStyle(el);
      if (caps.fontVariantCaps !== 'normal')
        measured[measured.length - 1]!.capsScale = parseFloat(caps.getPropertyValue('--jm-caps-scale'));
    }
    measured.sort((x, y) => y.px.comfortable - x.px.comfortable);
    setRows(measured);
  }, []);

  const hidden: CSSProperties = { position: 'absolute', width: 1200, height: 0, overflow: 'hidden', visibility: 'hidden' };
  const basePx = rows?.find((r) => r.role.startsWith('Body'))?.px.comfortable ?? 14;
  return (
    <>
      {/* inert set on the element itself: React 18 and 19 spell the prop differently. */}
      <div aria-hidden="true" ref={(el) => el?.setAttribute('inert', '')} style={hidden}>
        <div ref={comfortable}>
          <JourneyMap journey={bikeRepairJourney} theme={theme} layout="grid" />
        </div>
        <div ref={compact}>
          <JourneyMap journey={bikeRepairJourney} theme={theme} density="compact" layout="grid" />
        </div>
      </div>
      <table className="sb-tokens-table">
        <caption>Type scale, measured from a map drawn with the stylesheet</caption>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Sample (comfortable)</th>
            <th scope="col">Comfortable</th>
            <th scope="col">Compact</th>
            <th scope="col">× base</th>
          </tr>
        </thead>
        <tbody>
          {rows?.map((row) => (
            <tr key={row.role}>
              <th scope="row">{row.role}</th>
              <td>
                <span className="jm-root" data-theme={theme} style={{ ...row.style, background: 'transparent', lineHeight: 1.3 }}>
                  {row.sample}
                </span>
              </td>
              <td>
                {row.px.comfortable.toFixed(1)} px
                {row.capsScale && (
                  <span className="sb-tokens-path">small capitals, about {(row.px.comfortable * row.capsScale).toFixed(1)} px</span>
                )}
              </td>
              <td>{row.px.compact.toFixed(1)} px</td>
              <td>{(row.px.comfortable / basePx).toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

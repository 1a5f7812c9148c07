import type { Journey } from '../../src';

/**
 * Script-injection payloads a portal's users might paste into journey text. Each
 * tries to set `window.__pwned` (or open a dialog) if it ever runs.
 */
export const TEXT_PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  '\'><iframe src="javascript:window.__pwned=1"></iframe>',
  '<svg><script>window.__pwned=1</script></svg>',
  '<a href="javascript:window.__pwned=1">click</a>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '<style>@import url(javascript:window.__pwned=1)</style>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
] as const;

/** Addresses that must never reach an `href` or `src`. */
export const URL_PAYLOADS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  ' javascript:window.__pwned=1',
  '\tjavascript:window.__pwned=1',
  '\u0000javascript:window.__pwned=1',
  'java\nscript:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  '\u200bjavascript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'DATA:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '&#106;avascript:window.__pwned=1',
  'javascript&colon;window.__pwned=1',
] as const;

/** Values that try to escape a CSS declaration or load script through CSS. */
export const CSS_PAYLOADS = [
  'red;} body{display:none',
  'expression(window.__pwned=1)',
  'url(javascript:window.__pwned=1)',
  'red; background-image: url(https://example.com/track.png)',
  '</style><script>window.__pwned=1</script>',
  'red /* */; color: blue',
  '\\3c script\\3e',
  'var(--x);}*{display:none',
] as const;

/** A valid journey whose every text field holds a payload (URLs stay valid, so it renders). */
export function hostileJourney(): Journey {
  const t = (i: number) => TEXT_PAYLOADS[i % TEXT_PAYLOADS.length]!;
  return {
    schemaVersion: 1,
    id: 'hostile',
    title: t(0),
    description: t(1),
    kind: 'service-blueprint',
    meta: { owner: t(2), tags: [t(3)] },
    personas: [
      {
        id: 'p1',
        name: t(4),
        initials: t(5),
        role: t(6),
        situation: t(7),
        location: t(8),
        quote: t(9),
        description: t(0),
        goals: [{ text: t(1), kind: 'career' }],
        needs: [t(2)],
        frustrations: [t(3)],
        behaviours: [t(4)],
        channels: ['web', t(5)],
      },
    ],
    phases: [{ id: 'ph', name: t(6), stages: ['s1', 's2'], description: t(7) }],
    stages: [
      {
        id: 's1',
        name: t(8),
        phase: 'ph',
        goal: t(9),
        trigger: t(0),
        duration: t(1),
        metrics: [{ label: t(2), value: t(3), unit: t(4), target: t(5) }],
      },
      { id: 's2', name: `${t(6)} 2`, phase: 'ph', description: t(7) },
    ],
    lanes: [
      { id: 'l1', kind: 'touchpoints', label: t(8), description: t(9) },
      { id: 'l2', kind: 'customer', label: t(0) },
      { id: 'l3', kind: 'frontstage', label: t(1) },
      { id: 'l4', kind: 'emotion', label: t(2) },
      { id: 'l5', kind: 'metrics', label: t(3) },
    ],
    cards: [
      {
        id: 'c1',
        stage: 's1',
        lane: 'l1',
        kind: 'touchpoint',
        title: t(4),
        description: t(5),
        channel: t(6),
        owner: t(7),
        tags: [t(8)],
        evidence: ['e1'],
        url: 'https://example.com/safe',
        links: ['c2'],
      },
      {
        id: 'c2',
        stage: 's1',
        endStage: 's2',
        lane: 'l2',
        kind: 'action',
        title: t(9),
        description: t(0),
        momentOfTruth: true,
        links: ['c3'],
      },
      { id: 'c3', stage: 's2', lane: 'l3', kind: 'process', title: t(1), description: t(2), image: { src: '/safe.png', alt: t(3) } },
      { id: 'c4', stage: 's2', lane: 'l5', kind: 'metric', title: t(4), metric: { label: t(5), value: t(6), unit: t(7) } },
    ],
    emotions: [
      { stage: 's1', score: 2, label: t(8) },
      { stage: 's2', score: -2, label: t(9) },
    ],
    evidence: [{ id: 'e1', kind: 'interview', label: t(0), description: t(1) }],
  };
}

// Every shipped set of the views' and the editor's strings has every key of the English
// one, and translates it: no value (nor any sentence a function makes) is the English one.
import { describe, expect, it } from 'vitest';
import { defaultViewLabels, type ViewLabels } from '../../src/views/labels';
import { defaultEditorLabels, type EditorLabels } from '../../src/edit/labels';
import {
  arEditorLabels,
  arViewLabels,
  ruEditorLabels,
  ruViewLabels,
  zhHansEditorLabels,
  zhHansViewLabels,
  zhHantEditorLabels,
  zhHantViewLabels,
} from '../../src/locales';

type Args = readonly unknown[];

const point = { stage: 'Pay', persona: 'Ann', future: true };
const lone = { stage: 'Pay', persona: null, future: false };
const cardSpot = { title: 'Card', stage: 'Pay', lane: 'Web', position: 2, count: 3 };
const stageSpot = { name: 'Pay', position: 2, count: 3 };
const counts: Args[] = [[0], [1], [2], [3], [5], [11], [21], [100]];
const named: Args[] = [['Pay']];
const removal: Args[] = [
  [{ name: 'Pay', cards: 0, moveTo: null }],
  [{ name: 'Pay', cards: 1, moveTo: null }],
  [{ name: 'Pay', cards: 3, moveTo: 'Ship' }],
  [{ name: 'Pay', cards: 12, moveTo: 'Ship' }],
];
const ends = { from: 'Card', to: 'Other' };
const personaRemovals: Args[] = [
  [{ name: 'Ann', cards: 0, lanes: 0, points: 0 }],
  [{ name: 'Ann', cards: 1, lanes: 0, points: 1 }],
  [{ name: 'Ann', cards: 2, lanes: 1, points: 2 }],
  [{ name: 'Ann', cards: 5, lanes: 2, points: 12 }],
  [{ name: 'Ann', cards: 0, lanes: 3, points: 21 }],
];

/** The arguments each function is called with; the test fails for a function missing here. */
const VIEW_ARGS: Record<string, Args[]> = {
  shownCount: [
    [3, 5],
    [5, 5],
    [1, 21],
  ],
  topPains: [
    [3, 5],
    [5, 5],
  ],
  backing: [
    [{ sources: 1, says: true, does: false, stale: 0 }],
    [{ sources: 2, says: false, does: true, stale: 1 }],
    [{ sources: 5, says: true, does: true, stale: 2 }],
  ],
  viewStatus: [[{ names: [], shown: 5, total: 5 }], [{ names: ['Web', 'Ann'], shown: 2, total: 5 }]],
  movedFrom: [['Pay · Web']],
  movesTo: [['Pay · Web']],
  'stageMarks.moved': [[2]],
  'laneMarks.moved': [[2]],
  feelingChange: [
    ['Ann', '−2 → +1'],
    ['', '−2 → +1'],
  ],
};

const EDITOR_ARGS: Record<string, Args[]> = {
  renamed: [[{ title: 'New', previous: 'Old' }]],
  added: [[{ title: 'Card', stage: 'Pay', lane: 'Web' }]],
  removed: [[{ title: 'Card', stage: 'Pay', lane: 'Web' }]],
  moved: [[{ title: 'Card', stage: 'Pay', lane: 'Web' }]],
  updated: [['Card']],
  changed: counts,
  undone: [['Card moved'], [null]],
  redone: [['Card moved'], [null]],
  pickedUp: [[cardSpot]],
  over: [[cardSpot]],
  stagePickedUp: [[stageSpot]],
  stageOver: [[stageSpot]],
  cancelled: named,
  stageMoved: [[stageSpot]],
  stageRemoved: removal,
  moveStage: named,
  removeStage: named,
  removeStageTitle: named,
  removeStageCards: counts.slice(1),
  moveToPrevious: named,
  moveToNext: named,
  detailsTitle: [['Card']],
  cardsFound: counts,
  problem: [
    [{ field: 'title', problem: 'emptyTitle' }],
    [{ field: 'endStage', problem: 'spanBackwards' }],
    [{ field: 'stage', problem: 'unknownStage' }],
    [{ field: 'links', problem: 'unknownReference', id: 'c9' }],
    [{ field: 'links', problem: 'selfLink' }],
    [{ field: 'title', problem: 'removed' }],
  ],
  fixProblems: counts.slice(1),
  titleUnderneath: [[null], ['Card']],
  detailsSaved: [[{ title: 'Card', fields: ['Title', 'Kind'] }]],
  readOnly: [['cards'], ['fields'], ['stages'], ['lanes'], ['emotions'], ['personas']],
  point: [[point], [lone]],
  addPoint: [[point], [lone]],
  removePoint: [[point], [lone]],
  editFeeling: [[point], [lone]],
  feelingField: [[point], [lone]],
  scoreSet: [[{ ...point, score: '+1', previous: null, feeling: null }], [{ ...lone, score: '+1', previous: '−1', feeling: 'Relieved' }]],
  scoreRemoved: [[{ ...point, score: '+1' }]],
  feelingSet: [[{ ...point, feeling: 'Relieved' }], [{ ...lone, feeling: null }]],
  renameStage: named,
  addStage: named,
  before: named,
  after: named,
  stagePhase: named,
  stagePhaseTitle: named,
  renamePhase: named,
  removePhase: named,
  renameLane: named,
  describeLane: named,
  moveLaneUp: named,
  moveLaneDown: named,
  removeLane: named,
  removeLaneTitle: named,
  moveToLane: named,
  stageAdded: [[stageSpot]],
  partRenamed: [
    [{ part: 'stage', name: 'B', previous: 'A' }],
    [{ part: 'phase', name: 'B', previous: 'A' }],
    [{ part: 'lane', name: 'B', previous: 'A' }],
  ],
  stagePhaseSet: [[{ name: 'Pay', phase: 'Buy' }], [{ name: 'Pay', phase: null }]],
  phaseRemoved: named,
  laneAdded: [[{ name: 'Web', kind: 'Touchpoints' }]],
  laneDescribed: [[{ name: 'Web', description: 'Online' }], [{ name: 'Web', description: null }]],
  laneMoved: [[stageSpot]],
  laneRemoved: removal,
  editPersona: named,
  removePersona: named,
  editPersonaTitle: named,
  removePersonaTitle: named,
  removePersonaEffects: personaRemovals,
  personaSaved: [[{ name: 'Ann', fields: ['Role', 'Goals'] }]],
  personaAdded: named,
  personaRemoved: personaRemovals,
  links: counts.slice(1),
  linkStarted: named,
  linkDragStarted: named,
  linkTarget: [
    [{ from: 'Card', to: 'Other', stage: 'Pay', lane: 'Web', linked: null }],
    [{ from: 'Card', to: 'Card', stage: 'Pay', lane: 'Web', linked: 'self' }],
    [{ from: 'Card', to: 'Other', stage: 'Pay', lane: 'Web', linked: 'out' }],
    [{ from: 'Card', to: 'Other', stage: 'Pay', lane: 'Web', linked: 'in' }],
  ],
  linked: [[ends]],
  unlinked: [[ends]],
  linkRefused: [[{ ...ends, problem: 'self' }], [{ ...ends, problem: 'exists' }], [{ ...ends, problem: 'missing' }]],
  noLinkBetween: [[ends]],
  linkCancelled: named,
  linksTitle: named,
  leadsTo: named,
  comesFrom: named,
  removeLink: [[{ direction: 'out', title: 'Card' }], [{ direction: 'in', title: 'Card' }]],
  // A peer who only looks is tagged with their name alone, in every language.
  peerTag: [[{ name: 'Ana', editing: true }]],
  peersOnCard: [
    [[{ name: 'Ana', editing: true }]],
    [
      [
        { name: 'Ana', editing: true },
        { name: 'Ben', editing: false },
      ],
    ],
  ],
};

/** Each string of `set` beside the English one at the same place, as "path", English, translated. */
function pairs(english: unknown, set: unknown, args: Record<string, Args[]>, path = ''): [string, string, string][] {
  if (typeof english === 'function') {
    const calls = args[path];
    if (!calls) throw new Error(`No arguments for ${path}`);
    return calls.map((call, i) => [
      `${path}(${i})`,
      (english as (...a: Args) => string)(...call),
      (set as (...a: Args) => string)(...call),
    ]);
  }
  if (typeof english === 'string') return [[path, english, set as string]];
  const keys = Object.keys(english as object);
  expect(Object.keys(set as object).sort(), path || 'top level').toEqual([...keys].sort());
  return keys.flatMap((key) =>
    pairs((english as Record<string, unknown>)[key], (set as Record<string, unknown>)[key], args, path ? `${path}.${key}` : key),
  );
}

const SETS: [string, ViewLabels, EditorLabels][] = [
  ['ar', arViewLabels, arEditorLabels],
  ['ru', ruViewLabels, ruEditorLabels],
  ['zh-Hans', zhHansViewLabels, zhHansEditorLabels],
  ['zh-Hant', zhHantViewLabels, zhHantEditorLabels],
];

describe.each(SETS)('the %s sets', (_, views, editor) => {
  it.each([
    ['views', defaultViewLabels, views, VIEW_ARGS],
    ['editor', defaultEditorLabels, editor, EDITOR_ARGS],
  ] as const)('%s: every key, every value translated', (_kind, english, set, args) => {
    const all = pairs(english, set, args);
    expect(all.length).toBeGreaterThan(20);
    for (const [path, en, translated] of all) {
      expect(typeof translated, path).toBe('string');
      expect(translated.trim(), path).not.toBe('');
      expect(translated, path).not.toMatch(/undefined|null|NaN|\[object/);
      // No English word left: the set's own sentence, not the English one.
      expect(translated, path).not.toBe(en);
    }
  });
});

/** Punctuation a set's sentences must not use: ASCII marks in Chinese and Arabic text, straight quotes in Russian. */
const FOREIGN_PUNCTUATION: Record<string, RegExp> = {
  ar: /[,;?"“”]/,
  ru: /["“”„]/,
  'zh-Hans': /[,;:?!()"「」]/,
  'zh-Hant': /[,;:?!()"“”]/,
};

describe.each(SETS)('the %s sets', (locale, views, editor) => {
  it('use the language’s own punctuation', () => {
    const strings = [...pairs(defaultViewLabels, views, VIEW_ARGS), ...pairs(defaultEditorLabels, editor, EDITOR_ARGS)];
    for (const [path, , translated] of strings) expect(translated, path).not.toMatch(FOREIGN_PUNCTUATION[locale]!);
  });
});

describe('counts take their language’s plural forms', () => {
  it('Russian: one, few, many', () => {
    expect(ruEditorLabels.cardsFound(1)).toBe('Найдена 1 карточка');
    expect(ruEditorLabels.cardsFound(3)).toBe('Найдены 3 карточки');
    expect(ruEditorLabels.cardsFound(5)).toBe('Найдено 5 карточек');
    expect(ruEditorLabels.cardsFound(21)).toBe('Найдена 21 карточка');
    expect(ruEditorLabels.cardsFound(12)).toBe('Найдено 12 карточек');
    expect(ruEditorLabels.fixProblems(4)).toContain('4 поля');
    expect(ruViewLabels.shownCount(2, 2)).toBe('2 возможности');
    expect(ruViewLabels.backing({ sources: 11, says: false, does: false, stale: 0 })).toBe('11 источников');
    expect(ruEditorLabels.stageRemoved({ name: 'Оплата', cards: 21, moveTo: null })).toBe('Этап «Оплата» удалён вместе с 21 карточкой');
    expect(ruEditorLabels.laneRemoved({ name: 'Сайт', cards: 5, moveTo: 'Почта' })).toBe(
      'Дорожка «Сайт» удалена; 5 карточек перемещено в дорожку «Почта»',
    );
    expect(ruEditorLabels.changed(3)).toBe('Внесено 3 изменения');
  });

  it('Arabic: one, two, a few (3–10), many (11–99) and hundreds', () => {
    expect(arEditorLabels.cardsFound(1)).toBe('عُثر على بطاقة واحدة');
    expect(arEditorLabels.cardsFound(2)).toBe('عُثر على بطاقتين');
    expect(arEditorLabels.cardsFound(5)).toBe('عُثر على 5 بطاقات');
    expect(arEditorLabels.cardsFound(11)).toBe('عُثر على 11 بطاقةً');
    expect(arEditorLabels.cardsFound(100)).toBe('عُثر على 100 بطاقة');
    expect(arViewLabels.backing({ sources: 2, says: false, does: false, stale: 0 })).toBe('مصدران');
    expect(arViewLabels.backing({ sources: 15, says: false, does: false, stale: 0 })).toBe('15 مصدرًا');
    expect(arEditorLabels.changed(2)).toBe('تم إجراء تغييرين');
    expect(arViewLabels.viewStatus({ names: ['الويب'], shown: 2, total: 5 })).toBe('عرض الويب: 2 من 5 بطاقات');
  });

  it('Arabic: a stage’s cards are hers, a lane’s his, and two of them take the dual’s case', () => {
    expect(arEditorLabels.stageRemoved({ name: 'الدفع', cards: 2, moveTo: null })).toBe('أُزيلت المرحلة «الدفع» مع بطاقتيها');
    expect(arEditorLabels.stageRemoved({ name: 'الدفع', cards: 2, moveTo: 'الشحن' })).toBe(
      'أُزيلت المرحلة «الدفع»؛ ونُقلت بطاقتاها إلى «الشحن»',
    );
    expect(arEditorLabels.laneRemoved({ name: 'الويب', cards: 1, moveTo: null })).toBe('أُزيل المسار «الويب» مع بطاقته');
    expect(arEditorLabels.laneRemoved({ name: 'الويب', cards: 4, moveTo: 'الهاتف' })).toBe(
      'أُزيل المسار «الويب»؛ ونُقلت بطاقاته (4) إلى «الهاتف»',
    );
  });
});

import type { EditorLabels, PointWords } from '../../edit/labels';
import { arCount } from '../plural';

/** "الدفع"، "الدفع لدى سارة"، "الدفع، الوضع المستقبلي". */
const place = ({ stage, persona, future }: PointWords) => `${stage}${persona ? ` لدى ${persona}` : ''}${future ? '، الوضع المستقبلي' : ''}`;

/**
 * A stage's (`ها`, feminine) or a lane's (`ه`, masculine) cards: "بطاقتها"، "بطاقاتها (5)"; the
 * dual "بطاقتاها" after a verb, "بطاقتيها" after "مع".
 */
const itsCards = (cards: number, its: 'ها' | 'ه', after: 'verb' | 'with' = 'verb') =>
  cards === 1 ? `بطاقت${its}` : cards === 2 ? `بطاقت${after === 'with' ? 'ي' : 'ا'}${its}` : `بطاقات${its} (${cards})`;

/** A persona's scores: "درجتها"، "درجتاها" ("درجتيها" after "مع")، "درجاتها (5)". */
const itsScores = (points: number, after: 'verb' | 'with' = 'verb') =>
  points === 1 ? 'درجتها' : points === 2 ? `درجت${after === 'with' ? 'ي' : 'ا'}ها` : `درجاتها (${points})`;

/** "3 بطاقات ومسار واحد": the cards and lanes naming a persona; the dual in its case. */
const naming = (cards: number, lanes: number, kase: 'nominative' | 'genitive') =>
  [
    cards && arCount(cards, 'بطاقة واحدة', kase === 'genitive' ? 'بطاقتين' : 'بطاقتان', 'بطاقات', 'بطاقةً', 'بطاقة'),
    lanes && arCount(lanes, 'مسار واحد', kase === 'genitive' ? 'مسارين' : 'مساران', 'مسارات', 'مسارًا', 'مسار'),
  ]
    .filter(Boolean)
    .join(' و');

/** The editor's strings in Arabic (`ar`), read right to left. */
export const arEditorLabels: EditorLabels = {
  titleField: 'عنوان البطاقة',
  newCardField: 'عنوان البطاقة الجديدة',
  emptyTitle: 'تحتاج البطاقة إلى عنوان.',
  renamed: ({ title, previous }) => `أُعيدت تسمية البطاقة «${previous}» إلى «${title}»`,
  added: ({ title, stage, lane }) => `أُضيفت البطاقة «${title}» إلى ${stage} · ${lane}`,
  removed: ({ title, stage, lane }) => `حُذفت البطاقة «${title}» من ${stage} · ${lane}`,
  moved: ({ title, stage, lane }) => `نُقلت البطاقة «${title}» إلى ${stage} · ${lane}`,
  updated: (title) => `حُدّثت البطاقة «${title}»`,
  changed: (count) => `تم إجراء ${arCount(count, 'تغيير واحد', 'تغييرين', 'تغييرات', 'تغييرًا', 'تغيير')}`,
  undone: (what) => (what ? `تم التراجع: ${what}` : 'تم التراجع'),
  redone: (what) => (what ? `تمت الإعادة: ${what}` : 'تمت الإعادة'),
  nothingToUndo: 'لا شيء للتراجع عنه',
  nothingToRedo: 'لا شيء لإعادته',
  cannotMove: 'لا يمكن نقل البطاقة أبعد في هذا الاتجاه',
  help: 'التحرير: F2 يعيد تسمية البطاقة المحددة، وE يحرّر تفاصيلها، وDelete يحذفها، وCtrl مع مفاتيح الأسهم ينقلها خلية واحدة؛ M يلتقطها، ثم تختار مفاتيح الأسهم وجهتها، وEnter أو المسافة يُفلتها، وEscape يلغي؛ وL يربطها ببطاقة أخرى: تختار مفاتيح الأسهم البطاقة، وEnter أو المسافة يربط، وDelete يزيل الرابط بينهما، وEscape يلغي؛ ويمكن سحب البطاقات ورؤوس المراحل أيضًا، وسحب المقبض الدائري لبطاقة إلى بطاقة أخرى يربطهما. N يضيف بطاقة في الخلية المحددة. على منحنى المشاعر، انتقل بالمفتاح Tab إلى نقطة: السهمان للأعلى وللأسفل يغيّران درجتها، وHome وEnd ينقلانها إلى طرفي المقياس، وF2 يحرّر شعورها، وDelete يزيلها؛ ويمكن سحب النقاط للأعلى وللأسفل. أزرار رؤوس المراحل والأطوار والمسارات تعيد تسميتها وتضيفها وتجمعها وتعيد ترتيبها وتزيلها. Ctrl+Z يتراجع، وCtrl+Shift+Z أو Ctrl+Y يعيد.',
  toolbar: 'تحرير',
  rename: 'إعادة تسمية',
  remove: 'حذف',
  add: 'إضافة بطاقة',
  move: 'نقل',
  pickedUp: (spot) =>
    `التُقطت البطاقة «${spot.title}» في ${spot.stage} · ${spot.lane}، الموضع ${spot.position} من ${spot.count}. تختار مفاتيح الأسهم وجهتها، وEnter أو المسافة يُفلتها، وEscape يلغي.`,
  over: ({ stage, lane, position, count }) => `${stage} · ${lane}، الموضع ${position} من ${count}`,
  stagePickedUp: ({ name, position, count }) =>
    `التُقطت المرحلة «${name}»، الموضع ${position} من ${count}. يختار السهمان الأيمن والأيسر وجهتها، وEnter أو المسافة يُفلتها، وEscape يلغي.`,
  stageOver: ({ position, count }) => `الموضع ${position} من ${count}`,
  cancelled: (name) => `أُلغي نقل «${name}»؛ لم يتغير شيء`,
  cannotMoveStage: 'لا يمكن نقل المرحلة أبعد في هذا الاتجاه',
  stageMoved: ({ name, position, count }) => `نُقلت المرحلة «${name}» إلى الموضع ${position} من ${count}`,
  stageRemoved: ({ name, cards, moveTo }) =>
    cards === 0
      ? `أُزيلت المرحلة «${name}»`
      : moveTo === null
        ? `أُزيلت المرحلة «${name}» مع ${itsCards(cards, 'ها', 'with')}`
        : `أُزيلت المرحلة «${name}»؛ ونُقلت ${itsCards(cards, 'ها')} إلى «${moveTo}»`,
  moveStage: (name) => `نقل المرحلة ${name}`,
  removeStage: (name) => `إزالة المرحلة ${name}`,
  removeStageTitle: (name) => `إزالة المرحلة «${name}»`,
  removeStageCards: (count) => `${itsCards(count, 'ها')}:`,
  moveToPrevious: (name) => `نقلها إلى المرحلة السابقة، ${name}`,
  moveToNext: (name) => `نقلها إلى المرحلة التالية، ${name}`,
  removeCards: 'إزالتها مع المرحلة',
  confirmRemove: 'إزالة المرحلة',
  cancel: 'إلغاء',
  details: 'التفاصيل',
  detailsTitle: (title) => `تفاصيل البطاقة: ${title}`,
  fieldTitle: 'العنوان',
  fieldDescription: 'الوصف',
  fieldKind: 'النوع',
  fieldStage: 'المرحلة الأولى',
  fieldEndStage: 'المرحلة الأخيرة (الامتداد)',
  fieldEvidence: 'الأدلة المستشهد بها',
  fieldLinks: 'تؤدي إلى البطاقات',
  findCard: 'ابحث عن بطاقة لربطها',
  cardsFound: (count) =>
    count === 0 ? 'لم يُعثر على أي بطاقة' : `عُثر على ${arCount(count, 'بطاقة واحدة', 'بطاقتين', 'بطاقات', 'بطاقةً', 'بطاقة')}`,
  notSet: 'غير محدد',
  save: 'حفظ',
  problem: (p) => {
    switch (p.problem) {
      case 'emptyTitle':
        return 'تحتاج البطاقة إلى عنوان.';
      case 'spanBackwards':
        return 'لا يمكن أن تسبق المرحلة الأخيرة المرحلة الأولى.';
      case 'unknownStage':
        return 'اختر مرحلة من مراحل هذه الرحلة.';
      case 'selfLink':
        return 'لا يمكن أن تؤدي البطاقة إلى نفسها.';
      case 'removed':
        return 'لم تعد هذه البطاقة في الرحلة.';
      default:
        return `«${p.id}» لم يعد في الرحلة؛ أزِله.`;
    }
  },
  fixProblems: (count) =>
    count === 1
      ? 'يجب تصحيح حقل واحد قبل الحفظ.'
      : count === 2
        ? 'يجب تصحيح حقلين قبل الحفظ.'
        : `يجب تصحيح ${arCount(count, '', '', 'حقول', 'حقلًا', 'حقل')} قبل الحفظ.`,
  changedUnderneath: 'غيّر شخص آخر هذه البطاقة بينما كنت تحرّرها. تعديلاتك محفوظة هنا.',
  removedUnderneath: 'حُذفت هذه البطاقة بينما كنت تحرّرها. نصّك محفوظ هنا لتنسخه؛ ولا يمكن حفظه.',
  keepMine: 'الإبقاء على تعديلاتي',
  takeTheirs: 'اعتماد النسخة الجديدة',
  titleUnderneath: (title) =>
    title === null
      ? 'حُذفت هذه البطاقة بينما كنت تكتب؛ ولا يمكن حفظ عنوانك. Escape يغلق.'
      : `أعاد شخص آخر تسمية هذه البطاقة إلى «${title}» في الأثناء. Enter يحفظ عنوانك، وEscape يُبقي عنوانه.`,
  detailsSaved: ({ title, fields }) => `حُدّثت البطاقة «${title}»: ${fields.join('، ')}`,
  nothingChanged: 'لم يتغير شيء',
  readOnly: (part) =>
    ({
      cards: 'لا يمكن إضافة البطاقات أو نقلها أو حذفها في هذه الخريطة',
      fields: 'لا يمكن تحرير تفاصيل البطاقات في هذه الخريطة',
      stages: 'لا يمكن تغيير المراحل في هذه الخريطة',
      lanes: 'لا يمكن تغيير المسارات في هذه الخريطة',
      emotions: 'لا يمكن تغيير منحنى المشاعر في هذه الخريطة',
      personas: 'لا يمكن تغيير الشخصيات في هذه الخريطة',
    })[part],
  point: (where) => `الدرجة في ${place(where)}`,
  addPoint: (where) => `إضافة درجة في ${place(where)}`,
  removePoint: (where) => `إزالة الدرجة في ${place(where)}`,
  editFeeling: (where) => `تحرير الشعور في ${place(where)}`,
  feelingField: (where) => `الشعور في ${place(where)}`,
  scoreSet: (args) =>
    args.previous === null
      ? `أُضيفت الدرجة ${args.score} في ${place(args)}`
      : `أصبحت الدرجة في ${place(args)} ${args.score}${args.feeling ? `، «${args.feeling}»` : ''}`,
  scoreRemoved: (args) => `أُزيلت الدرجة ${args.score} في ${place(args)}`,
  feelingSet: (args) => (args.feeling ? `أصبح الشعور في ${place(args)} «${args.feeling}»` : `مُسح الشعور في ${place(args)}`),
  renameStage: (name) => `إعادة تسمية المرحلة ${name}`,
  stageNameField: 'اسم المرحلة',
  emptyName: 'الاسم مطلوب.',
  addStage: (name) => `إضافة مرحلة بجانب ${name}`,
  addStageTitle: 'إضافة مرحلة',
  newStageName: 'اسم المرحلة الجديدة',
  before: (name) => `قبل ${name}`,
  after: (name) => `بعد ${name}`,
  confirmAdd: 'إضافة',
  stagePhase: (name) => `طور المرحلة ${name}`,
  stagePhaseTitle: (name) => `طور المرحلة «${name}»`,
  noPhase: 'خارج أي طور',
  newPhase: 'طور جديد',
  newPhaseName: 'اسم الطور الجديد',
  confirm: 'تطبيق',
  renamePhase: (name) => `إعادة تسمية الطور ${name}`,
  phaseNameField: 'اسم الطور',
  removePhase: (name) => `إزالة الطور ${name}`,
  renameLane: (name) => `إعادة تسمية المسار ${name}`,
  laneNameField: 'اسم المسار',
  describeLane: (name) => `وصف المسار ${name}`,
  laneDescriptionField: 'وصف المسار',
  moveLaneUp: (name) => `نقل المسار ${name} للأعلى`,
  moveLaneDown: (name) => `نقل المسار ${name} للأسفل`,
  cannotMoveLane: 'لا يمكن نقل المسار أبعد في هذا الاتجاه',
  removeLane: (name) => `إزالة المسار ${name}`,
  removeLaneTitle: (name) => `إزالة المسار «${name}»`,
  moveToLane: (name) => `نقلها إلى ${name}`,
  removeCardsWithLane: 'إزالتها مع المسار',
  confirmRemoveLane: 'إزالة المسار',
  addLane: 'إضافة مسار',
  addLaneTitle: 'إضافة مسار',
  laneKind: 'النوع',
  laneLabel: 'الاسم',
  laneKinds: {
    actions: 'الإجراءات',
    touchpoints: 'نقاط التواصل',
    thoughts: 'الأفكار',
    pains: 'نقاط الألم',
    opportunities: 'الفرص',
    metrics: 'المؤشرات',
    text: 'نص',
    images: 'الصور',
    emotion: 'منحنى المشاعر',
    customer: 'إجراءات العميل',
    frontstage: 'الواجهة الأمامية',
    backstage: 'الكواليس',
    support: 'العمليات الداعمة',
    evidence: 'الأدلة المادية',
  },
  stageAdded: ({ name, position, count }) => `أُضيفت المرحلة «${name}» في الموضع ${position} من ${count}`,
  partRenamed: ({ part, name, previous }) =>
    part === 'stage'
      ? `أُعيدت تسمية المرحلة «${previous}» إلى «${name}»`
      : part === 'phase'
        ? `أُعيدت تسمية الطور «${previous}» إلى «${name}»`
        : `أُعيدت تسمية المسار «${previous}» إلى «${name}»`,
  stagePhaseSet: ({ name, phase }) => (phase ? `وُضعت المرحلة «${name}» في الطور ${phase}` : `أُخرجت المرحلة «${name}» من طورها`),
  phaseRemoved: (name) => `أُزيل الطور «${name}»؛ وبقيت مراحله`,
  laneAdded: ({ name, kind }) => `أُضيف المسار «${name}» (${kind})`,
  laneDescribed: ({ name, description }) => (description ? `وُصف المسار «${name}»: ${description}` : `أُزيل وصف المسار «${name}»`),
  laneMoved: ({ name, position, count }) => `نُقل المسار «${name}» إلى الموضع ${position} من ${count}`,
  laneRemoved: ({ name, cards, moveTo }) =>
    cards === 0
      ? `أُزيل المسار «${name}»`
      : moveTo === null
        ? `أُزيل المسار «${name}» مع ${itsCards(cards, 'ه', 'with')}`
        : `أُزيل المسار «${name}»؛ ونُقلت ${itsCards(cards, 'ه')} إلى «${moveTo}»`,
  personaControls: 'تحرير الشخصيات',
  editPersona: (name) => `تحرير الشخصية ${name}`,
  addPersona: 'إضافة شخصية',
  removePersona: (name) => `إزالة الشخصية ${name}`,
  editPersonaTitle: (name) => `الشخصية «${name}»`,
  addPersonaTitle: 'شخصية جديدة',
  personaFields: {
    name: 'الاسم',
    initials: 'الأحرف الأولى',
    role: 'الدور',
    situation: 'الحال',
    location: 'المكان',
    age: 'العمر',
    quote: 'اقتباس',
    description: 'الوصف',
    color: 'اللون (CSS)',
    photo: 'رابط الصورة',
    goals: 'الأهداف',
    needs: 'الاحتياجات',
    frustrations: 'المنغّصات',
    behaviours: 'السلوكيات',
    channels: 'القنوات',
  },
  onePerLine: 'الأهداف والاحتياجات والمنغّصات والسلوكيات والقنوات: واحد في كل سطر.',
  savePersona: 'حفظ',
  badAge: 'العمر عدد صحيح من السنوات.',
  // The examples are isolated left to right (U+2066 … U+2069), or the bidi algorithm scatters them.
  badColor: 'ليس لونًا من ألوان CSS: جرّب «\u2066#1f6feb\u2069» أو «\u2066rgb(31 111 235)\u2069».',
  badPhoto: 'هذا العنوان غير مسموح به للصورة: استخدم عنوان \u2066http(s)\u2069 أو مسارًا نسبيًا.',
  removePersonaTitle: (name) => `إزالة الشخصية «${name}»`,
  removePersonaEffects: ({ cards, lanes, points }) =>
    [
      points ? `تُزال معها ${itsScores(points)} على منحنى المشاعر.` : 'ليست لها درجات على منحنى المشاعر.',
      cards || lanes ? `أما ما يذكرها (${naming(cards, lanes, 'nominative')}) فيبقى دون شخصية.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  confirmRemovePersona: 'إزالة الشخصية',
  personaSaved: ({ name, fields }) => `حُدّثت الشخصية «${name}»: ${fields.join('، ')}`,
  personaAdded: (name) => `أُضيفت الشخصية «${name}»`,
  personaRemoved: ({ name, cards, lanes, points }) =>
    `أُزيلت الشخصية «${name}»${points ? ` مع ${itsScores(points, 'with')}` : ''}${
      cards || lanes ? `؛ ولم تعد مذكورة في ${naming(cards, lanes, 'genitive')}` : ''
    }`,
  peerTag: ({ name, editing }) => (editing ? `${name} يحرّر` : name),
  peersOnCard: (peers) => peers.map((p) => `${p.name} ${p.editing ? 'يحرّر' : 'هنا'}`).join('؛ '),
  connect: 'ربط',
  links: (count) => `الروابط (${count})`,
  connectHandle: 'اسحبه إلى بطاقة أخرى لربطهما',
  linkStarted: (from) =>
    `ربط «${from}». تختار مفاتيح الأسهم البطاقة التي تؤدي إليها، وEnter أو المسافة يربط، وDelete يزيل الرابط بينهما، وEscape يلغي.`,
  linkDragStarted: (from) => `ربط «${from}»: أفلِت فوق البطاقة التي تؤدي إليها؛ وEscape يلغي.`,
  linkTarget: ({ from, to, stage, lane, linked }) =>
    `ربط «${from}»: الهدف «${to}»، المرحلة ${stage}، المسار ${lane}` +
    (linked === 'self' ? ' (البطاقة نفسها)' : linked === 'out' ? '، مرتبطة بها من قبل' : linked === 'in' ? '، وهي تؤدي إلى هنا' : ''),
  noCardThatWay: 'لا بطاقة أبعد في هذا الاتجاه',
  linked: ({ from, to }) => `أُضيف رابط من «${from}» إلى «${to}»`,
  unlinked: ({ from, to }) => `أُزيل الرابط من «${from}» إلى «${to}»`,
  linkRefused: ({ from, to, problem }) =>
    problem === 'self'
      ? 'لا يمكن ربط بطاقة بنفسها؛ لم يتغير شيء'
      : problem === 'exists'
        ? `«${from}» مرتبطة بـ«${to}» من قبل؛ لم يتغير شيء`
        : 'لم تعد تلك البطاقة في الرحلة؛ لم يتغير شيء',
  noLinkBetween: ({ from, to }) => `لا رابط بين «${from}» و«${to}» لإزالته`,
  linkCancelled: (from) => `أُلغي ربط «${from}»؛ لم يتغير شيء`,
  linksTitle: (title) => `روابط «${title}»`,
  leadsTo: (title) => `تؤدي إلى «${title}»`,
  comesFrom: (title) => `تأتي من «${title}»`,
  removeLink: ({ direction, title }) => (direction === 'out' ? `إزالة الرابط إلى «${title}»` : `إزالة الرابط من «${title}»`),
  removeLinkText: 'إزالة',
  noLinks: 'لا روابط',
  close: 'إغلاق',
};

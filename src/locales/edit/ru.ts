import type { EditorLabels, PointWords } from '../../edit/labels';
import { ruPlural } from '../plural';

/** «этап «Оплата»», «Сара, этап «Оплата»», «этап «Оплата», целевое состояние». */
const place = ({ stage, persona, future }: PointWords) =>
  `${persona ? `${persona}, ` : ''}этап «${stage}»${future ? ', целевое состояние' : ''}`;

/** «с карточкой», «с 3 карточками», «с 21 карточкой»: the cards removed with a stage or lane. */
const withCards = (cards: number) =>
  cards === 1 ? 'с карточкой' : `с ${cards} ${ruPlural(cards, 'карточкой', 'карточками', 'карточками')}`;

/** «карточка перемещена», «3 карточки перемещены», «5 карточек перемещено». */
const cardsMoved = (cards: number) =>
  cards === 1 ? 'карточка перемещена' : `${cards} ${ruPlural(cards, 'карточка перемещена', 'карточки перемещены', 'карточек перемещено')}`;

/** «3 карточки и 1 дорожка»: what names a removed persona. */
const namingIt = (cards: number, lanes: number) =>
  [
    cards && `${cards} ${ruPlural(cards, 'карточка', 'карточки', 'карточек')}`,
    lanes && `${lanes} ${ruPlural(lanes, 'дорожка', 'дорожки', 'дорожек')}`,
  ]
    .filter(Boolean)
    .join(' и ');

/** «останется» for one card or lane, «останутся» for more. */
const stay = (cards: number, lanes: number) =>
  (cards === 0 || lanes === 0) && ruPlural(cards + lanes, 'one', 'more', 'more') === 'one' ? 'останется' : 'останутся';

/** «3 карточках и 1 дорожке»: where a removed persona is no longer named. */
const inCards = (cards: number, lanes: number) =>
  [
    cards && `${cards} ${ruPlural(cards, 'карточке', 'карточках', 'карточках')}`,
    lanes && `${lanes} ${ruPlural(lanes, 'дорожке', 'дорожках', 'дорожках')}`,
  ]
    .filter(Boolean)
    .join(' и ');

/** The editor's strings in Russian (`ru`). */
export const ruEditorLabels: EditorLabels = {
  titleField: 'Название карточки',
  newCardField: 'Название новой карточки',
  emptyTitle: 'У карточки должно быть название.',
  renamed: ({ title, previous }) => `Карточка «${previous}» переименована в «${title}»`,
  added: ({ title, stage, lane }) => `Карточка «${title}» добавлена в ячейку ${stage} · ${lane}`,
  removed: ({ title, stage, lane }) => `Карточка «${title}» удалена из ячейки ${stage} · ${lane}`,
  moved: ({ title, stage, lane }) => `Карточка «${title}» перемещена в ячейку ${stage} · ${lane}`,
  updated: (title) => `Карточка «${title}» обновлена`,
  changed: (count) => `Внесено ${count} ${ruPlural(count, 'изменение', 'изменения', 'изменений')}`,
  undone: (what) => (what ? `Отменено: ${what}` : 'Отменено'),
  redone: (what) => (what ? `Повторено: ${what}` : 'Повторено'),
  nothingToUndo: 'Нечего отменять',
  nothingToRedo: 'Нечего повторять',
  cannotMove: 'Карточку нельзя сдвинуть дальше в эту сторону',
  help: 'Редактирование: F2 переименовывает карточку в фокусе, E открывает её подробности, Delete удаляет её, Ctrl+стрелки сдвигают её на одну ячейку; M берёт её, затем стрелки выбирают, куда её положить, Enter или пробел кладут её, Escape отменяет; L связывает её с другой карточкой: стрелки выбирают карточку, Enter или пробел связывают, Delete удаляет их связь, Escape отменяет; карточки и заголовки этапов можно и перетаскивать, а круглую ручку карточки — перетащить на другую карточку, чтобы связать их. N добавляет карточку в ячейку в фокусе. На кривой эмоций перейдите к точке клавишей Tab: стрелки вверх и вниз меняют её оценку, Home и End ставят её на край шкалы, F2 редактирует ощущение, Delete удаляет точку; точки можно перетаскивать вверх и вниз. Кнопки в заголовках этапов, фаз и дорожек переименовывают, добавляют, группируют, переставляют и удаляют их. Ctrl+Z отменяет, Ctrl+Shift+Z или Ctrl+Y повторяет.',
  toolbar: 'Редактирование',
  rename: 'Переименовать',
  remove: 'Удалить',
  add: 'Добавить карточку',
  move: 'Переместить',
  pickedUp: (spot) =>
    `Карточка «${spot.title}» взята: ${spot.stage} · ${spot.lane}, место ${spot.position} из ${spot.count}. Стрелки выбирают, куда её положить, Enter или пробел кладут её, Escape отменяет.`,
  over: ({ stage, lane, position, count }) => `${stage} · ${lane}, место ${position} из ${count}`,
  stagePickedUp: ({ name, position, count }) =>
    `Этап «${name}» взят, позиция ${position} из ${count}. Стрелки влево и вправо выбирают, куда его поставить, Enter или пробел ставят его, Escape отменяет.`,
  stageOver: ({ position, count }) => `Позиция ${position} из ${count}`,
  cancelled: (name) => `Перемещение «${name}» отменено; ничего не изменилось`,
  cannotMoveStage: 'Этап нельзя сдвинуть дальше в эту сторону',
  stageMoved: ({ name, position, count }) => `Этап «${name}» перемещён на позицию ${position} из ${count}`,
  stageRemoved: ({ name, cards, moveTo }) =>
    cards === 0
      ? `Этап «${name}» удалён`
      : moveTo === null
        ? `Этап «${name}» удалён вместе ${withCards(cards)}`
        : `Этап «${name}» удалён; ${cardsMoved(cards)} на этап «${moveTo}»`,
  moveStage: (name) => `Переместить этап ${name}`,
  removeStage: (name) => `Удалить этап ${name}`,
  removeStageTitle: (name) => `Удалить этап «${name}»`,
  removeStageCards: (count) => (count === 1 ? 'Его карточка:' : `Его ${count} ${ruPlural(count, 'карточка', 'карточки', 'карточек')}:`),
  moveToPrevious: (name) => `Переместить на предыдущий этап, ${name}`,
  moveToNext: (name) => `Переместить на следующий этап, ${name}`,
  removeCards: 'Удалить вместе с этапом',
  confirmRemove: 'Удалить этап',
  cancel: 'Отмена',
  details: 'Подробности',
  detailsTitle: (title) => `Подробности карточки: ${title}`,
  fieldTitle: 'Название',
  fieldDescription: 'Описание',
  fieldKind: 'Тип',
  fieldStage: 'Первый этап',
  fieldEndStage: 'Последний этап (охват)',
  fieldEvidence: 'Источники данных',
  fieldLinks: 'Ведёт к карточкам',
  findCard: 'Найти карточку для связи',
  cardsFound: (count) =>
    count === 0
      ? 'Карточки не найдены'
      : `${ruPlural(count, 'Найдена', 'Найдены', 'Найдено')} ${count} ${ruPlural(count, 'карточка', 'карточки', 'карточек')}`,
  notSet: 'Не задано',
  save: 'Сохранить',
  problem: (p) => {
    switch (p.problem) {
      case 'emptyTitle':
        return 'У карточки должно быть название.';
      case 'spanBackwards':
        return 'Последний этап не может идти раньше первого.';
      case 'unknownStage':
        return 'Выберите этап этого пути.';
      case 'selfLink':
        return 'Карточка не может вести сама к себе.';
      case 'removed':
        return 'Этой карточки больше нет в пути.';
      default:
        return `«${p.id}» больше нет в пути; уберите его.`;
    }
  },
  fixProblems: (count) =>
    count === 1
      ? 'Перед сохранением нужно исправить одно поле.'
      : `Перед сохранением нужно исправить ${count} ${ruPlural(count, 'поле', 'поля', 'полей')}.`,
  changedUnderneath: 'Пока вы редактировали эту карточку, её изменил кто-то другой. Ваши правки сохранены здесь.',
  removedUnderneath:
    'Пока вы редактировали эту карточку, её удалили. Ваш текст остаётся здесь, чтобы его скопировать; сохранить его нельзя.',
  keepMine: 'Оставить мои правки',
  takeTheirs: 'Взять новую версию',
  titleUnderneath: (title) =>
    title === null
      ? 'Пока вы печатали, эту карточку удалили; ваше название сохранить нельзя. Escape закрывает поле.'
      : `Тем временем кто-то другой переименовал карточку в «${title}». Enter сохраняет ваше название, Escape оставляет новое.`,
  detailsSaved: ({ title, fields }) => `Карточка «${title}» обновлена: ${fields.join(', ')}`,
  nothingChanged: 'Ничего не изменилось',
  readOnly: (part) =>
    ({
      cards: 'На этой карте нельзя добавлять, перемещать и удалять карточки',
      fields: 'На этой карте нельзя редактировать подробности карточек',
      stages: 'На этой карте нельзя менять этапы',
      lanes: 'На этой карте нельзя менять дорожки',
      emotions: 'На этой карте нельзя менять кривую эмоций',
      personas: 'На этой карте нельзя менять персоны',
    })[part],
  point: (where) => `Оценка: ${place(where)}`,
  addPoint: (where) => `Добавить оценку: ${place(where)}`,
  removePoint: (where) => `Удалить оценку: ${place(where)}`,
  editFeeling: (where) => `Изменить ощущение: ${place(where)}`,
  feelingField: (where) => `Ощущение: ${place(where)}`,
  scoreSet: (args) =>
    args.previous === null
      ? `Добавлена оценка ${args.score}: ${place(args)}`
      : `Оценка изменена на ${args.score}${args.feeling ? ` («${args.feeling}»)` : ''}: ${place(args)}`,
  scoreRemoved: (args) => `Оценка ${args.score} удалена: ${place(args)}`,
  feelingSet: (args) => (args.feeling ? `Ощущение «${args.feeling}» задано: ${place(args)}` : `Ощущение убрано: ${place(args)}`),
  renameStage: (name) => `Переименовать этап ${name}`,
  stageNameField: 'Название этапа',
  emptyName: 'Нужно название.',
  addStage: (name) => `Добавить этап рядом с этапом ${name}`,
  addStageTitle: 'Добавить этап',
  newStageName: 'Название нового этапа',
  before: (name) => `Перед этапом ${name}`,
  after: (name) => `После этапа ${name}`,
  confirmAdd: 'Добавить',
  stagePhase: (name) => `Фаза этапа ${name}`,
  stagePhaseTitle: (name) => `Фаза этапа «${name}»`,
  noPhase: 'Вне фаз',
  newPhase: 'Новая фаза',
  newPhaseName: 'Название новой фазы',
  confirm: 'Применить',
  renamePhase: (name) => `Переименовать фазу ${name}`,
  phaseNameField: 'Название фазы',
  removePhase: (name) => `Удалить фазу ${name}`,
  renameLane: (name) => `Переименовать дорожку ${name}`,
  laneNameField: 'Название дорожки',
  describeLane: (name) => `Описать дорожку ${name}`,
  laneDescriptionField: 'Описание дорожки',
  moveLaneUp: (name) => `Переместить дорожку ${name} выше`,
  moveLaneDown: (name) => `Переместить дорожку ${name} ниже`,
  cannotMoveLane: 'Дорожку нельзя сдвинуть дальше в эту сторону',
  removeLane: (name) => `Удалить дорожку ${name}`,
  removeLaneTitle: (name) => `Удалить дорожку «${name}»`,
  moveToLane: (name) => `Переместить в дорожку ${name}`,
  removeCardsWithLane: 'Удалить вместе с дорожкой',
  confirmRemoveLane: 'Удалить дорожку',
  addLane: 'Добавить дорожку',
  addLaneTitle: 'Добавить дорожку',
  laneKind: 'Тип',
  laneLabel: 'Название',
  laneKinds: {
    actions: 'Действия',
    touchpoints: 'Точки контакта',
    thoughts: 'Мысли',
    pains: 'Боли',
    opportunities: 'Возможности',
    metrics: 'Метрики',
    text: 'Текст',
    images: 'Изображения',
    emotion: 'Кривая эмоций',
    customer: 'Действия клиента',
    frontstage: 'Видимая часть',
    backstage: 'Закулисье',
    support: 'Поддерживающие процессы',
    evidence: 'Материальные свидетельства',
  },
  stageAdded: ({ name, position, count }) => `Этап «${name}» добавлен на позицию ${position} из ${count}`,
  partRenamed: ({ part, name, previous }) =>
    part === 'stage'
      ? `Этап «${previous}» переименован в «${name}»`
      : part === 'phase'
        ? `Фаза «${previous}» переименована в «${name}»`
        : `Дорожка «${previous}» переименована в «${name}»`,
  stagePhaseSet: ({ name, phase }) => (phase ? `Этап «${name}» отнесён к фазе ${phase}` : `Этап «${name}» выведен из фазы`),
  phaseRemoved: (name) => `Фаза «${name}» удалена; её этапы остались`,
  laneAdded: ({ name, kind }) => `Дорожка «${name}» (${kind}) добавлена`,
  laneDescribed: ({ name, description }) =>
    description ? `Описание дорожки «${name}»: ${description}` : `Описание дорожки «${name}» удалено`,
  laneMoved: ({ name, position, count }) => `Дорожка «${name}» перемещена на позицию ${position} из ${count}`,
  laneRemoved: ({ name, cards, moveTo }) =>
    cards === 0
      ? `Дорожка «${name}» удалена`
      : moveTo === null
        ? `Дорожка «${name}» удалена вместе ${withCards(cards)}`
        : `Дорожка «${name}» удалена; ${cardsMoved(cards)} в дорожку «${moveTo}»`,
  personaControls: 'Редактирование персон',
  editPersona: (name) => `Редактировать персону ${name}`,
  addPersona: 'Добавить персону',
  removePersona: (name) => `Удалить персону ${name}`,
  editPersonaTitle: (name) => `Персона «${name}»`,
  addPersonaTitle: 'Новая персона',
  personaFields: {
    name: 'Имя',
    initials: 'Инициалы',
    role: 'Роль',
    situation: 'Ситуация',
    location: 'Место',
    age: 'Возраст',
    quote: 'Цитата',
    description: 'Описание',
    color: 'Цвет (CSS)',
    photo: 'Адрес фотографии',
    goals: 'Цели',
    needs: 'Потребности',
    frustrations: 'Раздражители',
    behaviours: 'Поведение',
    channels: 'Каналы',
  },
  onePerLine: 'Цели, потребности, раздражители, поведение и каналы: по одному в строке.',
  savePersona: 'Сохранить',
  badAge: 'Возраст — целое число лет.',
  badColor: 'Это не цвет CSS: попробуйте «#1f6feb» или «rgb(31 111 235)».',
  badPhoto: 'Такой адрес фотографии не допускается: укажите адрес http(s) или относительный путь.',
  removePersonaTitle: (name) => `Удалить персону «${name}»`,
  removePersonaEffects: ({ cards, lanes, points }) =>
    [
      points === 0
        ? 'У неё нет оценок на кривой эмоций.'
        : points === 1
          ? 'Её оценка на кривой эмоций удаляется вместе с ней.'
          : `Её ${points} ${ruPlural(points, 'оценка', 'оценки', 'оценок')} на кривой эмоций удаляются вместе с ней.`,
      cards || lanes ? `${namingIt(cards, lanes)}, где она указана, ${stay(cards, lanes)} без персоны.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  confirmRemovePersona: 'Удалить персону',
  personaSaved: ({ name, fields }) => `Персона «${name}» обновлена: ${fields.join(', ')}`,
  personaAdded: (name) => `Персона «${name}» добавлена`,
  personaRemoved: ({ name, cards, lanes, points }) =>
    `Персона «${name}» удалена${points ? ` вместе с ${points} ${ruPlural(points, 'оценкой', 'оценками', 'оценками')}` : ''}${
      cards || lanes ? `; в ${inCards(cards, lanes)} она больше не указана` : ''
    }`,
  peerTag: ({ name, editing }) => (editing ? `${name} редактирует` : name),
  peersOnCard: (peers) => peers.map((p) => `${p.name} ${p.editing ? 'редактирует' : 'здесь'}`).join('; '),
  connect: 'Связать',
  links: (count) => `Связи (${count})`,
  connectHandle: 'Перетащите на другую карточку, чтобы связать их',
  linkStarted: (from) =>
    `Связывание «${from}». Стрелки выбирают карточку, к которой она ведёт, Enter или пробел связывают, Delete удаляет связь между ними, Escape отменяет.`,
  linkDragStarted: (from) => `Связывание «${from}»: отпустите над карточкой, к которой она ведёт; Escape отменяет.`,
  linkTarget: ({ from, to, stage, lane, linked }) =>
    `Связывание «${from}»: цель «${to}», этап ${stage}, дорожка ${lane}` +
    (linked === 'self' ? ' (сама карточка)' : linked === 'out' ? ', уже связана' : linked === 'in' ? ', она ведёт сюда' : ''),
  noCardThatWay: 'Дальше в эту сторону карточек нет',
  linked: ({ from, to }) => `Связь от «${from}» к «${to}» добавлена`,
  unlinked: ({ from, to }) => `Связь от «${from}» к «${to}» удалена`,
  linkRefused: ({ from, to, problem }) =>
    problem === 'self'
      ? 'Карточку нельзя связать с ней самой; ничего не изменилось'
      : problem === 'exists'
        ? `«${from}» уже ведёт к «${to}»; ничего не изменилось`
        : 'Этой карточки больше нет в пути; ничего не изменилось',
  noLinkBetween: ({ from, to }) => `Между «${from}» и «${to}» нет связи, которую можно удалить`,
  linkCancelled: (from) => `Связывание «${from}» отменено; ничего не изменилось`,
  linksTitle: (title) => `Связи карточки «${title}»`,
  leadsTo: (title) => `Ведёт к «${title}»`,
  comesFrom: (title) => `Идёт от «${title}»`,
  removeLink: ({ direction, title }) => (direction === 'out' ? `Удалить связь к «${title}»` : `Удалить связь от «${title}»`),
  removeLinkText: 'Удалить',
  noLinks: 'Связей нет',
  close: 'Закрыть',
};

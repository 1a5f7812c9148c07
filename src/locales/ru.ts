import type { LabelSet } from './set';

/** Russian plural form: 1 год, 2 года, 5 лет, 21 год… */
function ruPlural(n: number, one: string, few: string, many: string): string {
  const m10 = Math.abs(n) % 10;
  const m100 = Math.abs(n) % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
}

/** Russian (`ru`). */
export const ruLabels: LabelSet = {
  cardKinds: {
    action: 'Действие',
    touchpoint: 'Точка контакта',
    thought: 'Мысль',
    pain: 'Боль',
    opportunity: 'Возможность',
    process: 'Процесс',
    metric: 'Метрика',
    text: 'Заметка',
    image: 'Изображение',
    evidence: 'Материальное свидетельство',
  },
  journeyKinds: {
    'current-state': 'Текущее состояние',
    'future-state': 'Целевое состояние',
    'day-in-the-life': 'Один день из жизни',
    'service-blueprint': 'Сервисный блупринт',
  },
  evidenceKinds: {
    interview: 'Интервью',
    survey: 'Опрос',
    analytics: 'Аналитика',
    tickets: 'Обращения в поддержку',
    observation: 'Наблюдение',
    'usability-test': 'Юзабилити-тест',
    reviews: 'Отзывы',
    workshop: 'Воркшоп',
    assumption: 'Предположение',
    other: 'Другой источник',
  },
  channels: {
    web: 'Сайт',
    'mobile-app': 'Мобильное приложение',
    email: 'Электронная почта',
    phone: 'Телефон',
    chat: 'Чат',
    social: 'Соцсети',
    search: 'Поиск',
    ads: 'Реклама',
    store: 'Магазин',
    'in-person': 'Лично',
    mail: 'Почта',
    'word-of-mouth': 'Сарафанное радио',
    'support-desk': 'Служба поддержки',
    partner: 'Партнёр',
    sms: 'СМС',
    video: 'Видео',
    event: 'Мероприятие',
    print: 'Печатные материалы',
    kiosk: 'Терминал',
  },
  levels: { low: 'Низкий', medium: 'Средний', high: 'Высокий' },
  statuses: { idea: 'Идея', planned: 'Запланировано', 'in-progress': 'В работе', done: 'Готово', rejected: 'Отклонено' },
  momentOfTruth: 'Момент истины',
  validated: 'Источники',
  sources: (count) => `${count} ${ruPlural(count, 'источник', 'источника', 'источников')}`,
  assumption: 'Предположение',
  confidence: { high: 'Высокая достоверность', medium: 'Средняя достоверность', low: 'Низкая достоверность' },
  needsValidation: (days) => `Нужна проверка (раз в ${days} дн.)`,
  staleStage: (days) => `Исследования старше ${days} дн.`,
  evidenceTraits: {
    collection: { solicited: 'По запросу', unsolicited: 'Без запроса' },
    dimension: { attitudinal: 'Что люди говорят', behavioral: 'Что люди делают' },
    stale: 'Устарело',
  },
  researchCoverage: 'Покрытие исследованиями',
  stageCoverage: ({ stage, backed, insights }) =>
    insights === 0 ? `${stage}: нет выводов` : `${stage}: ${backed} из ${insights} выводов подтверждены исследованиями`,
  impact: 'Влияние',
  effort: 'Трудозатраты',
  owner: 'Ответственный',
  status: 'Статус',
  severity: 'Серьёзность',
  channel: 'Канал',
  evidence: 'Источники данных',
  linksTo: 'Ведёт к',
  linkedFrom: 'Следует из',
  spans: 'Охватывает',
  goal: 'Цель',
  trigger: 'Триггер',
  duration: 'Длительность',
  lanes: 'Дорожки',
  stage: 'Этап',
  phase: 'Фаза',
  close: 'Закрыть',
  openLink: 'Открыть ссылку',
  emotion: 'Эмоции',
  currentState: 'Текущее состояние',
  futureState: 'Целевое состояние',
  high: 'Максимум',
  low: 'Минимум',
  legendScore: 'Оценка',
  legendHighLow: 'Максимум, минимум',
  score: 'Оценка',
  feeling: 'Ощущение',
  emotionSummary: ({ name, highStage, highScore, lowStage, lowScore, min, max, minLabel, maxLabel }) =>
    `${name}: максимум на этапе «${highStage}» (${highScore}), минимум на этапе «${lowStage}» (${lowScore}), по шкале от ${min}${minLabel ? ` («${minLabel}»)` : ''} до ${max}${maxLabel ? ` («${maxLabel}»)` : ''}.`,
  emotionStage: ({ stage, scores }) =>
    scores.length === 0
      ? `${stage}: нет оценки`
      : `${stage}: ${scores.map((s) => `${s.name} ${s.score}${s.label ? ` ${s.label}` : ''}`).join('; ')}`,
  viewAsTable: 'Показать таблицей',
  viewAsChart: 'Показать графиком',
  lineOfInteraction: 'Линия взаимодействия',
  lineOfVisibility: 'Линия видимости',
  lineOfInternalInteraction: 'Линия внутреннего взаимодействия',
  goals: 'Цели',
  needs: 'Потребности',
  frustrations: 'Что раздражает',
  behaviours: 'Поведение',
  channelsUsed: 'Каналы',
  age: (age) => `${age} ${ruPlural(age, 'год', 'года', 'лет')}`,
  careerGoal: 'Работа',
  personalGoal: 'Личное',
  allPersonas: 'Все персоны',
  personaSwitcher: 'Показать персону',
  errorTitle: 'Эту карту пути нельзя построить',
  errorIntro: (count) => `В данных пути ${count} ${ruPlural(count, 'проблема', 'проблемы', 'проблем')}:`,
  partError: 'Нечего показать: данные пути некорректны.',
  updated: 'Обновлено',
  validatedOn: 'Проверено',
  legend: 'Легенда',
  emptyCell: 'Пусто',
  personaDetails: 'Подробнее о персоне',
  stageDetails: 'Подробности этапов',
  stageHeader: ({ name, index, count }) => `${name}, этап ${index} из ${count}`,
  phaseHeader: ({ name, index, count }) => `${name}, фаза ${index} из ${count}`,
  cardPosition: ({ stage, endStage, lane }) => `${endStage ? `${stage} → ${endStage}` : stage} · ${lane}`,
  // "Линия видимости" → "ниже линии видимости": the line's name in the genitive.
  blueprintSide: ({ lineAbove, lineBelow }) => {
    const of = (line: string) => line.replace(/^Линия/, 'линии');
    const text = [lineAbove && `ниже ${of(lineAbove)}`, lineBelow && `выше ${of(lineBelow)}`].filter(Boolean).join(', ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  },
  filterStatus: ({ personas, channels, lanes, shown, total }) => {
    const names = [...personas, ...channels, ...lanes];
    return names.length === 0
      ? `Показаны все карточки: ${total}`
      : `Показано: ${names.join(', ')} — ${shown} из ${total} ${ruPlural(total, 'карточки', 'карточек', 'карточек')}`;
  },
  compareSummary: ({ added, removed, changed, moved, emotion }) => {
    const counts = [
      added > 0 && `+${added}`,
      removed > 0 && `\u2212${removed}`,
      changed > 0 && `изменено ${changed}`,
      moved > 0 && `перемещено ${moved}`,
    ];
    const text = counts.filter(Boolean).join(', ');
    return `${text ? `Карточки: ${text}` : 'Карточки не изменились'}${emotion ? ` · ${emotion.stage} ${emotion.before} → ${emotion.after}` : ''}`;
  },
};

import type { ViewLabels } from '../../views/labels';
import { ruPlural } from '../plural';

/** The decision views' strings in Russian (`ru`). */
export const ruViewLabels: ViewLabels = {
  matrixTitle: 'Возможности по влиянию и трудозатратам',
  matrixGrid: 'Матрица влияния и трудозатрат',
  quadrants: { quickWins: 'Быстрые победы', bigBets: 'Крупные ставки', fillIns: 'Мелкие задачи', moneyPits: 'Бездонные бочки' },
  unrated: 'Без оценки',
  answers: 'Отвечает на',
  noAnswers: 'Пока не отвечает ни на одну боль',
  statusFilter: 'Статус',
  ownerFilter: 'Ответственный',
  allOwners: 'Все ответственные',
  unowned: 'Без ответственного',
  shownCount: (shown, total) =>
    shown === total
      ? `${total} ${ruPlural(total, 'возможность', 'возможности', 'возможностей')}`
      : `Показано ${shown} из ${total} ${ruPlural(total, 'возможности', 'возможностей', 'возможностей')}`,
  emptyCell: 'Нет',
  briefTitle: 'Сводка по пути',
  topPains: (listed, total) => (listed === total ? 'Главные боли' : `Главные боли: ${listed} из ${total}`),
  moments: 'Моменты истины',
  actions: 'Действия с ответственными',
  kpis: 'Метрики по этапам',
  nothing: 'Пока нет',
  confidence: {
    high: 'Высокая достоверность',
    medium: 'Средняя достоверность',
    low: 'Низкая достоверность',
    assumption: 'Только предположение',
    none: 'Нет источников данных',
  },
  backing: ({ sources, says, does, stale }) =>
    [
      `${sources} ${ruPlural(sources, 'источник', 'источника', 'источников')}`,
      says && does ? 'что люди говорят и делают' : does ? 'что люди делают' : says ? 'что люди говорят' : '',
      stale > 0 ? `устарело: ${stale}` : '',
    ]
      .filter(Boolean)
      .join(' · '),
  toolbar: 'Фильтр карты',
  toolbarGroups: { personas: 'Персоны', lanes: 'Дорожки', channels: 'Каналы', confidence: 'Источники данных', statuses: 'Статус' },
  showAll: 'Показать все',
  viewStatus: ({ names, shown, total }) =>
    names.length === 0
      ? `Показаны все карточки: ${total}`
      : `Показано: ${names.join(', ')} — ${shown} из ${total} ${ruPlural(total, 'карточки', 'карточек', 'карточек')}`,
  compareTitle: 'Сравнение',
  compareShow: 'Показать',
  compareModes: { after: 'После', before: 'До', both: 'Обе версии' },
  compareMarks: { added: 'Новая', removed: 'Удалена', changed: 'Изменена' },
  movedFrom: (place) => `Перемещена из: ${place}`,
  movesTo: (place) => `Будет перемещена в: ${place}`,
  stageMarks: { added: 'Новый этап', removed: 'Удалённый этап', moved: (from) => `Ранее этап № ${from}` },
  laneMarks: { added: 'Новая дорожка', removed: 'Удалённая дорожка', moved: (from) => `Ранее дорожка № ${from}` },
  fields: {
    title: 'Название',
    description: 'Описание',
    kind: 'Тип',
    channel: 'Канал',
    status: 'Статус',
    momentOfTruth: 'Момент истины',
    evidence: 'Источники данных',
    links: 'Связи',
    persona: 'Персона',
    metric: 'Метрика',
  },
  feelingChange: (who, change) => (who ? `${who}: ощущение ${change}` : `Ощущение ${change}`),
  curveVersions: { before: 'До', after: 'После' },
};

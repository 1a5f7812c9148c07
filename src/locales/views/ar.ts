import type { ViewLabels } from '../../views/labels';
import { arCount } from '../plural';

/** The decision views' strings in Arabic (`ar`), read right to left. */
export const arViewLabels: ViewLabels = {
  matrixTitle: 'الفرص حسب الأثر والجهد',
  matrixGrid: 'مصفوفة الأثر والجهد',
  quadrants: { quickWins: 'مكاسب سريعة', bigBets: 'رهانات كبيرة', fillIns: 'مهام تكميلية', moneyPits: 'استنزاف للموارد' },
  unrated: 'بلا تقييم',
  answers: 'تعالج',
  noAnswers: 'لا تعالج أي نقطة ألم بعد',
  statusFilter: 'الحالة',
  ownerFilter: 'المسؤول',
  allOwners: 'كل المسؤولين',
  unowned: 'بلا مسؤول',
  shownCount: (shown, total) => (shown === total ? `الفرص: ${total}` : `الفرص المعروضة: ${shown} من ${total}`),
  emptyCell: 'لا شيء',
  briefTitle: 'ملخص الرحلة',
  topPains: (listed, total) => (listed === total ? 'أبرز نقاط الألم' : `أبرز نقاط الألم: ${listed} من ${total}`),
  moments: 'لحظات الحقيقة',
  actions: 'إجراءات لها مسؤول',
  kpis: 'المؤشرات حسب المرحلة',
  nothing: 'لا شيء بعد',
  confidence: {
    high: 'ثقة عالية',
    medium: 'ثقة متوسطة',
    low: 'ثقة منخفضة',
    assumption: 'افتراض فقط',
    none: 'لا أدلة',
  },
  backing: ({ sources, says, does, stale }) =>
    [
      arCount(sources, 'مصدر واحد', 'مصدران', 'مصادر', 'مصدرًا', 'مصدر'),
      says && does ? 'ما يقوله الناس وما يفعلونه' : does ? 'ما يفعله الناس' : says ? 'ما يقوله الناس' : '',
      stale > 0 ? `قديمة: ${stale}` : '',
    ]
      .filter(Boolean)
      .join(' · '),
  toolbar: 'تصفية الخريطة',
  toolbarGroups: { personas: 'الشخصيات', lanes: 'المسارات', channels: 'القنوات', confidence: 'الأدلة', statuses: 'الحالة' },
  showAll: 'عرض الكل',
  viewStatus: ({ names, shown, total }) =>
    names.length === 0
      ? `عرض كل البطاقات: ${total}`
      : `عرض ${names.join('، ')}: ${shown} من ${arCount(total, 'بطاقة واحدة', 'بطاقتين', 'بطاقات', 'بطاقةً', 'بطاقة')}`,
  compareTitle: 'مقارنة',
  compareShow: 'عرض',
  compareModes: { after: 'بعد', before: 'قبل', both: 'كلتا النسختين' },
  compareMarks: { added: 'جديدة', removed: 'محذوفة', changed: 'معدّلة' },
  movedFrom: (place) => `نُقلت من ${place}`,
  movesTo: (place) => `تنتقل إلى ${place}`,
  stageMarks: { added: 'مرحلة جديدة', removed: 'مرحلة محذوفة', moved: (from) => `كانت المرحلة ${from}` },
  laneMarks: { added: 'مسار جديد', removed: 'مسار محذوف', moved: (from) => `كان المسار ${from}` },
  fields: {
    title: 'العنوان',
    description: 'الوصف',
    kind: 'النوع',
    channel: 'القناة',
    status: 'الحالة',
    momentOfTruth: 'لحظة الحقيقة',
    evidence: 'الأدلة',
    links: 'الروابط',
    persona: 'الشخصية',
    metric: 'المؤشر',
  },
  feelingChange: (who, change) => `${who ? `${who}: ` : ''}الشعور ${change}`,
  curveVersions: { before: 'قبل', after: 'بعد' },
};

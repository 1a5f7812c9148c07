import { defaultLabels } from '../src';
import { defaultExportMenuLabels, type ExportMenuLabels } from '../src/components/ExportMenu';
import { arLabels, ruLabels, zhHansLabels, zhHantLabels } from '../src/locales';

export { arLabels, ruLabels, zhHansLabels, zhHantLabels };

/**
 * The label sets the package ships (react-journey-map/locales), by locale, for the
 * toolbar's locale menu. English is the library's default.
 */
export const labelsByLocale = { en: defaultLabels, zh: zhHansLabels, 'zh-Hant': zhHantLabels, ru: ruLabels, ar: arLabels } as const;
/** A locale the stories ship labels for. */
export type StoryLocale = keyof typeof labelsByLocale;

/**
 * The export menu's strings (`ExportMenu`'s `labels`, from `react-journey-map/export`) in
 * the stories' locales, for the toolbar's locale menu.
 */
export const exportMenuLabelsByLocale = {
  en: defaultExportMenuLabels,
  zh: {
    button: '导出',
    svg: 'SVG 图片',
    vector: '用于设计工具的 SVG',
    png: 'PNG 图片',
    json: 'JSON（旅程数据）',
    csv: 'CSV（电子表格）',
    mermaid: 'Mermaid 旅程图',
    print: '打印或另存为 PDF',
    busy: '正在导出…',
    failed: '导出失败',
  },
  'zh-Hant': {
    button: '匯出',
    svg: 'SVG 圖片',
    vector: '用於設計工具的 SVG',
    png: 'PNG 圖片',
    json: 'JSON（旅程資料）',
    csv: 'CSV（試算表）',
    mermaid: 'Mermaid 旅程圖',
    print: '列印或另存為 PDF',
    busy: '正在匯出…',
    failed: '匯出失敗',
  },
  ru: {
    button: 'Экспорт',
    svg: 'Изображение SVG',
    vector: 'SVG для графических редакторов',
    png: 'Изображение PNG',
    json: 'JSON (данные карты)',
    csv: 'CSV (таблица)',
    mermaid: 'Схема Mermaid',
    print: 'Печать или сохранение в PDF',
    busy: 'Экспорт…',
    failed: 'Не удалось экспортировать',
  },
  ar: {
    button: 'تصدير',
    svg: 'صورة SVG',
    vector: 'SVG لأدوات التصميم',
    png: 'صورة PNG',
    json: 'JSON (بيانات الرحلة)',
    csv: 'CSV (جدول بيانات)',
    mermaid: 'رحلة Mermaid',
    print: 'طباعة أو حفظ بصيغة PDF',
    busy: 'جارٍ التصدير…',
    failed: 'فشل التصدير',
  },
} satisfies Record<StoryLocale, ExportMenuLabels>;

import type { ViewLabels } from '../../views/labels';

/** The decision views' strings in Traditional Chinese (`zh-Hant`), in the terms used in Taiwan. */
export const zhHantViewLabels: ViewLabels = {
  matrixTitle: '依影響與投入排列的機會',
  matrixGrid: '影響與投入矩陣',
  quadrants: { quickWins: '速贏', bigBets: '重大投入', fillIns: '順手可做', moneyPits: '無底洞' },
  unrated: '未評估',
  answers: '對應痛點',
  noAnswers: '尚未對應任何痛點',
  statusFilter: '狀態',
  ownerFilter: '負責人',
  allOwners: '全部負責人',
  unowned: '無負責人',
  shownCount: (shown, total) => (shown === total ? `${total} 個機會` : `顯示 ${shown} / ${total} 個機會`),
  emptyCell: '無',
  briefTitle: '旅程簡報',
  topPains: (listed, total) => (listed === total ? '主要痛點' : `前 ${listed} 個主要痛點（共 ${total} 個）`),
  moments: '關鍵時刻',
  actions: '已指派的行動',
  kpis: '各階段關鍵指標',
  nothing: '尚無',
  confidence: { high: '高可信度', medium: '中可信度', low: '低可信度', assumption: '僅為假設', none: '無研究依據' },
  backing: ({ sources, says, does, stale }) =>
    [
      `${sources} 個來源`,
      says && does ? '使用者所說與所做' : does ? '使用者所做' : says ? '使用者所說' : '',
      stale > 0 ? `${stale} 個已過時` : '',
    ]
      .filter(Boolean)
      .join(' · '),
  toolbar: '篩選旅程圖',
  toolbarGroups: { personas: '人物誌', lanes: '泳道', channels: '管道', confidence: '研究依據', statuses: '狀態' },
  showAll: '顯示全部',
  viewStatus: ({ names, shown, total }) =>
    names.length === 0 ? `顯示全部 ${total} 張卡片` : `顯示${names.join('、')}：${shown} / ${total} 張卡片`,
  compareTitle: '比較',
  compareShow: '顯示',
  compareModes: { after: '修改後', before: '修改前', both: '兩個版本' },
  compareMarks: { added: '新增', removed: '已刪除', changed: '已變更' },
  movedFrom: (place) => `從「${place}」移來`,
  movesTo: (place) => `將移至「${place}」`,
  stageMarks: { added: '新階段', removed: '已刪除的階段', moved: (from) => `原第 ${from} 個階段` },
  laneMarks: { added: '新泳道', removed: '已刪除的泳道', moved: (from) => `原第 ${from} 條泳道` },
  fields: {
    title: '標題',
    description: '描述',
    kind: '類型',
    channel: '管道',
    status: '狀態',
    momentOfTruth: '關鍵時刻',
    evidence: '研究依據',
    links: '連結',
    persona: '人物誌',
    metric: '指標',
  },
  feelingChange: (who, change) => `${who ? `${who}：` : ''}感受 ${change}`,
  curveVersions: { before: '修改前', after: '修改後' },
};

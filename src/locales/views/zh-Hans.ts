import type { ViewLabels } from '../../views/labels';

/** The decision views' strings in Simplified Chinese (`zh-Hans`). */
export const zhHansViewLabels: ViewLabels = {
  matrixTitle: '按影响与投入排列的机会',
  matrixGrid: '影响与投入矩阵',
  quadrants: { quickWins: '速赢', bigBets: '重大投入', fillIns: '顺手可做', moneyPits: '无底洞' },
  unrated: '未评估',
  answers: '对应痛点',
  noAnswers: '尚未对应任何痛点',
  statusFilter: '状态',
  ownerFilter: '负责人',
  allOwners: '全部负责人',
  unowned: '无负责人',
  shownCount: (shown, total) => (shown === total ? `${total} 个机会` : `显示 ${shown} / ${total} 个机会`),
  emptyCell: '无',
  briefTitle: '旅程简报',
  topPains: (listed, total) => (listed === total ? '主要痛点' : `前 ${listed} 个主要痛点（共 ${total} 个）`),
  moments: '关键时刻',
  actions: '已分派的行动',
  kpis: '各阶段关键指标',
  nothing: '暂无',
  confidence: { high: '高可信度', medium: '中可信度', low: '低可信度', assumption: '仅为假设', none: '无研究依据' },
  backing: ({ sources, says, does, stale }) =>
    [
      `${sources} 个来源`,
      says && does ? '用户所说与所做' : does ? '用户所做' : says ? '用户所说' : '',
      stale > 0 ? `${stale} 个已过时` : '',
    ]
      .filter(Boolean)
      .join(' · '),
  toolbar: '筛选旅程图',
  toolbarGroups: { personas: '用户画像', lanes: '泳道', channels: '渠道', confidence: '研究依据', statuses: '状态' },
  showAll: '显示全部',
  viewStatus: ({ names, shown, total }) =>
    names.length === 0 ? `显示全部 ${total} 张卡片` : `显示${names.join('、')}：${shown} / ${total} 张卡片`,
  compareTitle: '对比',
  compareShow: '显示',
  compareModes: { after: '修改后', before: '修改前', both: '两个版本' },
  compareMarks: { added: '新增', removed: '已删除', changed: '已更改' },
  movedFrom: (place) => `从“${place}”移来`,
  movesTo: (place) => `将移至“${place}”`,
  stageMarks: { added: '新阶段', removed: '已删除的阶段', moved: (from) => `原第 ${from} 个阶段` },
  laneMarks: { added: '新泳道', removed: '已删除的泳道', moved: (from) => `原第 ${from} 条泳道` },
  fields: {
    title: '标题',
    description: '描述',
    kind: '类型',
    channel: '渠道',
    status: '状态',
    momentOfTruth: '关键时刻',
    evidence: '研究依据',
    links: '链接',
    persona: '用户画像',
    metric: '指标',
  },
  feelingChange: (who, change) => `${who ? `${who}：` : ''}感受 ${change}`,
  curveVersions: { before: '修改前', after: '修改后' },
};

import type { EditorLabels, PointWords } from '../../edit/labels';

/** “结账”，张伟在“结账”，“结账”（未来）. */
const place = ({ stage, persona, future }: PointWords) => `${persona ? `${persona}在` : ''}“${stage}”${future ? '（未来）' : ''}`;

/** “3 张卡片和 1 条泳道”: what names a removed persona. */
const naming = (cards: number, lanes: number) => [cards && `${cards} 张卡片`, lanes && `${lanes} 条泳道`].filter(Boolean).join('和 ');

/** The editor's strings in Simplified Chinese (`zh-Hans`). */
export const zhHansEditorLabels: EditorLabels = {
  titleField: '卡片标题',
  newCardField: '新卡片标题',
  emptyTitle: '卡片需要标题。',
  renamed: ({ title, previous }) => `卡片“${previous}”已重命名为“${title}”`,
  added: ({ title, stage, lane }) => `已将卡片“${title}”添加到 ${stage} · ${lane}`,
  removed: ({ title, stage, lane }) => `已从 ${stage} · ${lane} 删除卡片“${title}”`,
  moved: ({ title, stage, lane }) => `已将卡片“${title}”移至 ${stage} · ${lane}`,
  updated: (title) => `卡片“${title}”已更新`,
  changed: (count) => `已做出 ${count} 处更改`,
  undone: (what) => (what ? `已撤销：${what}` : '已撤销'),
  redone: (what) => (what ? `已重做：${what}` : '已重做'),
  nothingToUndo: '没有可撤销的操作',
  nothingToRedo: '没有可重做的操作',
  cannotMove: '卡片无法再往这个方向移动',
  help: '编辑：F2 重命名当前卡片，E 编辑其详情，Delete 删除，Ctrl+方向键将其移动一格；M 拿起卡片，再用方向键选择位置，Enter 或空格放下，Escape 取消；L 将其连接到另一张卡片：用方向键选择卡片，Enter 或空格连接，Delete 删除两者的连线，Escape 取消；卡片和阶段标题也可以拖动，把卡片的圆形手柄拖到另一张卡片上即可连接两者。N 在当前单元格添加卡片。在情绪曲线上，用 Tab 移到某个点：上下方向键调整分数，Home 和 End 移到量表两端，F2 编辑感受，Delete 删除该点；点也可以上下拖动。阶段、时期和泳道标题中的按钮可以重命名、添加、分组、排序和删除它们。Ctrl+Z 撤销，Ctrl+Shift+Z 或 Ctrl+Y 重做。',
  toolbar: '编辑',
  rename: '重命名',
  remove: '删除',
  add: '添加卡片',
  move: '移动',
  pickedUp: (spot) =>
    `已拿起卡片“${spot.title}”，位于 ${spot.stage} · ${spot.lane}，第 ${spot.position} 个，共 ${spot.count} 个。用方向键选择位置，Enter 或空格放下，Escape 取消。`,
  over: ({ stage, lane, position, count }) => `${stage} · ${lane}，第 ${position} 个，共 ${count} 个`,
  stagePickedUp: ({ name, position, count }) =>
    `已拿起阶段“${name}”，第 ${position} 个，共 ${count} 个。用左右方向键选择位置，Enter 或空格放下，Escape 取消。`,
  stageOver: ({ position, count }) => `第 ${position} 个，共 ${count} 个`,
  cancelled: (name) => `已取消移动“${name}”，没有任何更改`,
  cannotMoveStage: '阶段无法再往这个方向移动',
  stageMoved: ({ name, position, count }) => `阶段“${name}”已移至第 ${position} 个，共 ${count} 个`,
  stageRemoved: ({ name, cards, moveTo }) =>
    cards === 0
      ? `已删除阶段“${name}”`
      : moveTo === null
        ? `已删除阶段“${name}”及其 ${cards} 张卡片`
        : `已删除阶段“${name}”，其 ${cards} 张卡片已移至“${moveTo}”`,
  moveStage: (name) => `移动阶段“${name}”`,
  removeStage: (name) => `删除阶段“${name}”`,
  removeStageTitle: (name) => `删除阶段“${name}”`,
  removeStageCards: (count) => `该阶段的 ${count} 张卡片：`,
  moveToPrevious: (name) => `移至上一个阶段“${name}”`,
  moveToNext: (name) => `移至下一个阶段“${name}”`,
  removeCards: '随阶段一并删除',
  confirmRemove: '删除阶段',
  cancel: '取消',
  details: '详情',
  detailsTitle: (title) => `卡片详情：${title}`,
  fieldTitle: '标题',
  fieldDescription: '描述',
  fieldKind: '类型',
  fieldStage: '起始阶段',
  fieldEndStage: '结束阶段（跨越）',
  fieldEvidence: '引用的研究依据',
  fieldLinks: '导向的卡片',
  findCard: '查找要链接的卡片',
  cardsFound: (count) => (count === 0 ? '未找到卡片' : `找到 ${count} 张卡片`),
  notSet: '未设置',
  save: '保存',
  problem: (p) => {
    switch (p.problem) {
      case 'emptyTitle':
        return '卡片需要标题。';
      case 'spanBackwards':
        return '结束阶段不能早于起始阶段。';
      case 'unknownStage':
        return '请选择此旅程中的阶段。';
      case 'selfLink':
        return '卡片不能导向自身。';
      case 'removed':
        return '这张卡片已不在旅程中。';
      default:
        return `“${p.id}”已不在旅程中，请将其清除。`;
    }
  },
  fixProblems: (count) => `保存前需要修正 ${count} 个字段。`,
  changedUnderneath: '在你编辑期间，其他人修改了这张卡片。你的修改保留在这里。',
  removedUnderneath: '在你编辑期间，这张卡片已被删除。你的文字保留在这里以便复制，但无法保存。',
  keepMine: '保留我的修改',
  takeTheirs: '采用新版本',
  titleUnderneath: (title) =>
    title === null
      ? '在你输入期间，这张卡片已被删除，你的标题无法保存。按 Escape 关闭。'
      : `其他人已同时将这张卡片重命名为“${title}”。按 Enter 保存你的标题，按 Escape 保留对方的。`,
  detailsSaved: ({ title, fields }) => `卡片“${title}”已更新：${fields.join('、')}`,
  nothingChanged: '没有任何更改',
  readOnly: (part) =>
    ({
      cards: '此旅程图中不能添加、移动或删除卡片',
      fields: '此旅程图中不能编辑卡片详情',
      stages: '此旅程图中不能更改阶段',
      lanes: '此旅程图中不能更改泳道',
      emotions: '此旅程图中不能更改情绪曲线',
      personas: '此旅程图中不能更改用户画像',
    })[part],
  point: (where) => `${place(where)}的分数`,
  addPoint: (where) => `在${place(where)}添加分数`,
  removePoint: (where) => `删除${place(where)}的分数`,
  editFeeling: (where) => `编辑${place(where)}的感受`,
  feelingField: (where) => `${place(where)}的感受`,
  scoreSet: (args) =>
    args.previous === null
      ? `已在${place(args)}添加分数 ${args.score}`
      : `${place(args)}的分数已设为 ${args.score}${args.feeling ? `，${args.feeling}` : ''}`,
  scoreRemoved: (args) => `已删除${place(args)}的分数 ${args.score}`,
  feelingSet: (args) => (args.feeling ? `${place(args)}的感受已设为“${args.feeling}”` : `已清除${place(args)}的感受`),
  renameStage: (name) => `重命名阶段“${name}”`,
  stageNameField: '阶段名称',
  emptyName: '需要填写名称。',
  addStage: (name) => `在“${name}”旁添加阶段`,
  addStageTitle: '添加阶段',
  newStageName: '新阶段名称',
  before: (name) => `在“${name}”之前`,
  after: (name) => `在“${name}”之后`,
  confirmAdd: '添加',
  stagePhase: (name) => `阶段“${name}”所属时期`,
  stagePhaseTitle: (name) => `阶段“${name}”所属时期`,
  noPhase: '不属于任何时期',
  newPhase: '新时期',
  newPhaseName: '新时期名称',
  confirm: '应用',
  renamePhase: (name) => `重命名时期“${name}”`,
  phaseNameField: '时期名称',
  removePhase: (name) => `删除时期“${name}”`,
  renameLane: (name) => `重命名泳道“${name}”`,
  laneNameField: '泳道名称',
  describeLane: (name) => `描述泳道“${name}”`,
  laneDescriptionField: '泳道描述',
  moveLaneUp: (name) => `上移泳道“${name}”`,
  moveLaneDown: (name) => `下移泳道“${name}”`,
  cannotMoveLane: '泳道无法再往这个方向移动',
  removeLane: (name) => `删除泳道“${name}”`,
  removeLaneTitle: (name) => `删除泳道“${name}”`,
  moveToLane: (name) => `移至“${name}”`,
  removeCardsWithLane: '随泳道一并删除',
  confirmRemoveLane: '删除泳道',
  addLane: '添加泳道',
  addLaneTitle: '添加泳道',
  laneKind: '类型',
  laneLabel: '名称',
  laneKinds: {
    actions: '行动',
    touchpoints: '触点',
    thoughts: '想法',
    pains: '痛点',
    opportunities: '机会',
    metrics: '指标',
    text: '文本',
    images: '图片',
    emotion: '情绪曲线',
    customer: '顾客行为',
    frontstage: '前台',
    backstage: '后台',
    support: '支持流程',
    evidence: '有形展示',
  },
  stageAdded: ({ name, position, count }) => `已添加阶段“${name}”，位于第 ${position} 个，共 ${count} 个`,
  partRenamed: ({ part, name, previous }) => `${{ stage: '阶段', phase: '时期', lane: '泳道' }[part]}“${previous}”已重命名为“${name}”`,
  stagePhaseSet: ({ name, phase }) => (phase ? `阶段“${name}”已归入时期“${phase}”` : `阶段“${name}”已移出所属时期`),
  phaseRemoved: (name) => `已删除时期“${name}”，其阶段保留`,
  laneAdded: ({ name, kind }) => `已添加泳道“${name}”（${kind}）`,
  laneDescribed: ({ name, description }) => (description ? `泳道“${name}”的描述：${description}` : `已删除泳道“${name}”的描述`),
  laneMoved: ({ name, position, count }) => `泳道“${name}”已移至第 ${position} 个，共 ${count} 个`,
  laneRemoved: ({ name, cards, moveTo }) =>
    cards === 0
      ? `已删除泳道“${name}”`
      : moveTo === null
        ? `已删除泳道“${name}”及其 ${cards} 张卡片`
        : `已删除泳道“${name}”，其 ${cards} 张卡片已移至“${moveTo}”`,
  personaControls: '编辑用户画像',
  editPersona: (name) => `编辑用户画像“${name}”`,
  addPersona: '添加用户画像',
  removePersona: (name) => `删除用户画像“${name}”`,
  editPersonaTitle: (name) => `用户画像“${name}”`,
  addPersonaTitle: '新建用户画像',
  personaFields: {
    name: '姓名',
    initials: '姓名缩写',
    role: '角色',
    situation: '处境',
    location: '所在地',
    age: '年龄',
    quote: '引语',
    description: '描述',
    color: '颜色（CSS）',
    photo: '照片网址',
    goals: '目标',
    needs: '需求',
    frustrations: '困扰',
    behaviours: '行为',
    channels: '渠道',
  },
  onePerLine: '目标、需求、困扰、行为和渠道：每行一项。',
  savePersona: '保存',
  badAge: '年龄应为整数岁。',
  badColor: '不是 CSS 颜色：可以试试“#1f6feb”或“steelblue”。',
  badPhoto: '不允许使用此照片地址：请使用 http 或 https 地址，或相对路径。',
  removePersonaTitle: (name) => `删除用户画像“${name}”`,
  removePersonaEffects: ({ cards, lanes, points }) =>
    (points ? `它在情绪曲线上的 ${points} 个分数将一并删除。` : '它在情绪曲线上没有分数。') +
    (cards || lanes ? `提及它的 ${naming(cards, lanes)}将保留，但不再指向任何用户画像。` : ''),
  confirmRemovePersona: '删除用户画像',
  personaSaved: ({ name, fields }) => `用户画像“${name}”已更新：${fields.join('、')}`,
  personaAdded: (name) => `已添加用户画像“${name}”`,
  personaRemoved: ({ name, cards, lanes, points }) =>
    `已删除用户画像“${name}”${points ? `及其 ${points} 个分数` : ''}${cards || lanes ? `，${naming(cards, lanes)}不再提及它` : ''}`,
  peerTag: ({ name, editing }) => (editing ? `${name} 正在编辑` : name),
  peersOnCard: (peers) => peers.map((p) => `${p.name} ${p.editing ? '正在编辑' : '在这里'}`).join('；'),
  connect: '连接',
  links: (count) => `连线（${count}）`,
  connectHandle: '拖到另一张卡片上即可连接两者',
  linkStarted: (from) => `正在连接“${from}”。用方向键选择它指向的卡片，Enter 或空格连接，Delete 删除两者之间的连线，Escape 取消。`,
  linkDragStarted: (from) => `正在连接“${from}”：在它指向的卡片上松开；Escape 取消。`,
  linkTarget: ({ from, to, stage, lane, linked }) =>
    `正在连接“${from}”：目标“${to}”，阶段 ${stage}，泳道 ${lane}` +
    (linked === 'self' ? '（卡片本身）' : linked === 'out' ? '，已连接' : linked === 'in' ? '，它连向这里' : ''),
  noCardThatWay: '这个方向没有更多卡片',
  linked: ({ from, to }) => `已添加从“${from}”到“${to}”的连线`,
  unlinked: ({ from, to }) => `已删除从“${from}”到“${to}”的连线`,
  linkRefused: ({ from, to, problem }) =>
    problem === 'self'
      ? '卡片不能连接到自身；未做任何更改'
      : problem === 'exists'
        ? `“${from}”已连接到“${to}”；未做任何更改`
        : '该卡片已不在旅程中；未做任何更改',
  noLinkBetween: ({ from, to }) => `“${from}”和“${to}”之间没有可删除的连线`,
  linkCancelled: (from) => `已取消连接“${from}”；未做任何更改`,
  linksTitle: (title) => `“${title}”的连线`,
  leadsTo: (title) => `指向“${title}”`,
  comesFrom: (title) => `来自“${title}”`,
  removeLink: ({ direction, title }) => (direction === 'out' ? `删除指向“${title}”的连线` : `删除来自“${title}”的连线`),
  removeLinkText: '删除',
  noLinks: '没有连线',
  close: '关闭',
};

import type { EditorLabels, PointWords } from '../../edit/labels';

/** 「結帳」，陳怡君在「結帳」，「結帳」（未來）. */
const place = ({ stage, persona, future }: PointWords) => `${persona ? `${persona}在` : ''}「${stage}」${future ? '（未來）' : ''}`;

/** 「3 張卡片和 1 條泳道」: what names a removed persona. */
const naming = (cards: number, lanes: number) => [cards && `${cards} 張卡片`, lanes && `${lanes} 條泳道`].filter(Boolean).join('和 ');

/** The editor's strings in Traditional Chinese (`zh-Hant`), in the terms used in Taiwan. */
export const zhHantEditorLabels: EditorLabels = {
  titleField: '卡片標題',
  newCardField: '新卡片標題',
  emptyTitle: '卡片需要標題。',
  renamed: ({ title, previous }) => `卡片「${previous}」已重新命名為「${title}」`,
  added: ({ title, stage, lane }) => `已將卡片「${title}」新增到 ${stage} · ${lane}`,
  removed: ({ title, stage, lane }) => `已從 ${stage} · ${lane} 刪除卡片「${title}」`,
  moved: ({ title, stage, lane }) => `已將卡片「${title}」移至 ${stage} · ${lane}`,
  updated: (title) => `卡片「${title}」已更新`,
  changed: (count) => `已進行 ${count} 處變更`,
  undone: (what) => (what ? `已復原：${what}` : '已復原'),
  redone: (what) => (what ? `已重做：${what}` : '已重做'),
  nothingToUndo: '沒有可復原的操作',
  nothingToRedo: '沒有可重做的操作',
  cannotMove: '卡片無法再往這個方向移動',
  help: '編輯：F2 重新命名目前卡片，E 編輯其詳情，Delete 刪除，Ctrl+方向鍵將其移動一格；M 拿起卡片，再用方向鍵選擇位置，Enter 或空白鍵放下，Escape 取消；L 將其連接到另一張卡片：用方向鍵選擇卡片，Enter 或空白鍵連接，Delete 刪除兩者的連線，Escape 取消；卡片和階段標題也可以拖曳，把卡片的圓形控點拖曳到另一張卡片上即可連接兩者。N 在目前儲存格新增卡片。在情緒曲線上，用 Tab 移到某個點：上下方向鍵調整分數，Home 和 End 移到量表兩端，F2 編輯感受，Delete 刪除該點；點也可以上下拖曳。階段、時期和泳道標題中的按鈕可以重新命名、新增、分組、排序和刪除它們。Ctrl+Z 復原，Ctrl+Shift+Z 或 Ctrl+Y 重做。',
  toolbar: '編輯',
  rename: '重新命名',
  remove: '刪除',
  add: '新增卡片',
  move: '移動',
  pickedUp: (spot) =>
    `已拿起卡片「${spot.title}」，位於 ${spot.stage} · ${spot.lane}，第 ${spot.position} 個，共 ${spot.count} 個。用方向鍵選擇位置，Enter 或空白鍵放下，Escape 取消。`,
  over: ({ stage, lane, position, count }) => `${stage} · ${lane}，第 ${position} 個，共 ${count} 個`,
  stagePickedUp: ({ name, position, count }) =>
    `已拿起階段「${name}」，第 ${position} 個，共 ${count} 個。用左右方向鍵選擇位置，Enter 或空白鍵放下，Escape 取消。`,
  stageOver: ({ position, count }) => `第 ${position} 個，共 ${count} 個`,
  cancelled: (name) => `已取消移動「${name}」，沒有任何變更`,
  cannotMoveStage: '階段無法再往這個方向移動',
  stageMoved: ({ name, position, count }) => `階段「${name}」已移至第 ${position} 個，共 ${count} 個`,
  stageRemoved: ({ name, cards, moveTo }) =>
    cards === 0
      ? `已刪除階段「${name}」`
      : moveTo === null
        ? `已刪除階段「${name}」及其 ${cards} 張卡片`
        : `已刪除階段「${name}」，其 ${cards} 張卡片已移至「${moveTo}」`,
  moveStage: (name) => `移動階段「${name}」`,
  removeStage: (name) => `刪除階段「${name}」`,
  removeStageTitle: (name) => `刪除階段「${name}」`,
  removeStageCards: (count) => `該階段的 ${count} 張卡片：`,
  moveToPrevious: (name) => `移至上一個階段「${name}」`,
  moveToNext: (name) => `移至下一個階段「${name}」`,
  removeCards: '隨階段一併刪除',
  confirmRemove: '刪除階段',
  cancel: '取消',
  details: '詳情',
  detailsTitle: (title) => `卡片詳情：${title}`,
  fieldTitle: '標題',
  fieldDescription: '描述',
  fieldKind: '類型',
  fieldStage: '起始階段',
  fieldEndStage: '結束階段（跨越）',
  fieldEvidence: '引用的研究依據',
  fieldLinks: '導向的卡片',
  findCard: '尋找要連結的卡片',
  cardsFound: (count) => (count === 0 ? '找不到卡片' : `找到 ${count} 張卡片`),
  notSet: '未設定',
  save: '儲存',
  problem: (p) => {
    switch (p.problem) {
      case 'emptyTitle':
        return '卡片需要標題。';
      case 'spanBackwards':
        return '結束階段不能早於起始階段。';
      case 'unknownStage':
        return '請選擇此旅程中的階段。';
      case 'selfLink':
        return '卡片不能導向自身。';
      case 'removed':
        return '這張卡片已不在旅程中。';
      default:
        return `「${p.id}」已不在旅程中，請將其清除。`;
    }
  },
  fixProblems: (count) => `儲存前需要修正 ${count} 個欄位。`,
  changedUnderneath: '在你編輯期間，其他人修改了這張卡片。你的修改保留在這裡。',
  removedUnderneath: '在你編輯期間，這張卡片已被刪除。你的文字保留在這裡以便複製，但無法儲存。',
  keepMine: '保留我的修改',
  takeTheirs: '採用新版本',
  titleUnderneath: (title) =>
    title === null
      ? '在你輸入期間，這張卡片已被刪除，你的標題無法儲存。按 Escape 關閉。'
      : `其他人已同時將這張卡片重新命名為「${title}」。按 Enter 儲存你的標題，按 Escape 保留對方的。`,
  detailsSaved: ({ title, fields }) => `卡片「${title}」已更新：${fields.join('、')}`,
  nothingChanged: '沒有任何變更',
  readOnly: (part) =>
    ({
      cards: '此旅程圖中不能新增、移動或刪除卡片',
      fields: '此旅程圖中不能編輯卡片詳情',
      stages: '此旅程圖中不能變更階段',
      lanes: '此旅程圖中不能變更泳道',
      emotions: '此旅程圖中不能變更情緒曲線',
      personas: '此旅程圖中不能變更人物誌',
    })[part],
  point: (where) => `${place(where)}的分數`,
  addPoint: (where) => `在${place(where)}新增分數`,
  removePoint: (where) => `刪除${place(where)}的分數`,
  editFeeling: (where) => `編輯${place(where)}的感受`,
  feelingField: (where) => `${place(where)}的感受`,
  scoreSet: (args) =>
    args.previous === null
      ? `已在${place(args)}新增分數 ${args.score}`
      : `${place(args)}的分數已設為 ${args.score}${args.feeling ? `，${args.feeling}` : ''}`,
  scoreRemoved: (args) => `已刪除${place(args)}的分數 ${args.score}`,
  feelingSet: (args) => (args.feeling ? `${place(args)}的感受已設為「${args.feeling}」` : `已清除${place(args)}的感受`),
  renameStage: (name) => `重新命名階段「${name}」`,
  stageNameField: '階段名稱',
  emptyName: '需要填寫名稱。',
  addStage: (name) => `在「${name}」旁新增階段`,
  addStageTitle: '新增階段',
  newStageName: '新階段名稱',
  before: (name) => `在「${name}」之前`,
  after: (name) => `在「${name}」之後`,
  confirmAdd: '新增',
  stagePhase: (name) => `階段「${name}」所屬時期`,
  stagePhaseTitle: (name) => `階段「${name}」所屬時期`,
  noPhase: '不屬於任何時期',
  newPhase: '新時期',
  newPhaseName: '新時期名稱',
  confirm: '套用',
  renamePhase: (name) => `重新命名時期「${name}」`,
  phaseNameField: '時期名稱',
  removePhase: (name) => `刪除時期「${name}」`,
  renameLane: (name) => `重新命名泳道「${name}」`,
  laneNameField: '泳道名稱',
  describeLane: (name) => `描述泳道「${name}」`,
  laneDescriptionField: '泳道描述',
  moveLaneUp: (name) => `上移泳道「${name}」`,
  moveLaneDown: (name) => `下移泳道「${name}」`,
  cannotMoveLane: '泳道無法再往這個方向移動',
  removeLane: (name) => `刪除泳道「${name}」`,
  removeLaneTitle: (name) => `刪除泳道「${name}」`,
  moveToLane: (name) => `移至「${name}」`,
  removeCardsWithLane: '隨泳道一併刪除',
  confirmRemoveLane: '刪除泳道',
  addLane: '新增泳道',
  addLaneTitle: '新增泳道',
  laneKind: '類型',
  laneLabel: '名稱',
  laneKinds: {
    actions: '行動',
    touchpoints: '接觸點',
    thoughts: '想法',
    pains: '痛點',
    opportunities: '機會',
    metrics: '指標',
    text: '文字',
    images: '圖片',
    emotion: '情緒曲線',
    customer: '顧客行為',
    frontstage: '前台',
    backstage: '後台',
    support: '支援流程',
    evidence: '有形展示',
  },
  stageAdded: ({ name, position, count }) => `已新增階段「${name}」，位於第 ${position} 個，共 ${count} 個`,
  partRenamed: ({ part, name, previous }) =>
    `${{ stage: '階段', phase: '時期', lane: '泳道' }[part]}「${previous}」已重新命名為「${name}」`,
  stagePhaseSet: ({ name, phase }) => (phase ? `階段「${name}」已歸入時期「${phase}」` : `階段「${name}」已移出所屬時期`),
  phaseRemoved: (name) => `已刪除時期「${name}」，其階段保留`,
  laneAdded: ({ name, kind }) => `已新增泳道「${name}」（${kind}）`,
  laneDescribed: ({ name, description }) => (description ? `泳道「${name}」的描述：${description}` : `已刪除泳道「${name}」的描述`),
  laneMoved: ({ name, position, count }) => `泳道「${name}」已移至第 ${position} 個，共 ${count} 個`,
  laneRemoved: ({ name, cards, moveTo }) =>
    cards === 0
      ? `已刪除泳道「${name}」`
      : moveTo === null
        ? `已刪除泳道「${name}」及其 ${cards} 張卡片`
        : `已刪除泳道「${name}」，其 ${cards} 張卡片已移至「${moveTo}」`,
  personaControls: '編輯人物誌',
  editPersona: (name) => `編輯人物誌「${name}」`,
  addPersona: '新增人物誌',
  removePersona: (name) => `刪除人物誌「${name}」`,
  editPersonaTitle: (name) => `人物誌「${name}」`,
  addPersonaTitle: '新的人物誌',
  personaFields: {
    name: '姓名',
    initials: '姓名縮寫',
    role: '角色',
    situation: '處境',
    location: '所在地',
    age: '年齡',
    quote: '引言',
    description: '描述',
    color: '顏色（CSS）',
    photo: '照片網址',
    goals: '目標',
    needs: '需求',
    frustrations: '困擾',
    behaviours: '行為',
    channels: '管道',
  },
  onePerLine: '目標、需求、困擾、行為和管道：每行一項。',
  savePersona: '儲存',
  badAge: '年齡應為整數歲。',
  badColor: '不是 CSS 顏色：可以試試「#1f6feb」或「steelblue」。',
  badPhoto: '不允許使用此照片網址：請使用 http 或 https 網址，或相對路徑。',
  removePersonaTitle: (name) => `刪除人物誌「${name}」`,
  removePersonaEffects: ({ cards, lanes, points }) =>
    (points ? `它在情緒曲線上的 ${points} 個分數將一併刪除。` : '它在情緒曲線上沒有分數。') +
    (cards || lanes ? `提及它的 ${naming(cards, lanes)}將保留，但不再指向任何人物誌。` : ''),
  confirmRemovePersona: '刪除人物誌',
  personaSaved: ({ name, fields }) => `人物誌「${name}」已更新：${fields.join('、')}`,
  personaAdded: (name) => `已新增人物誌「${name}」`,
  personaRemoved: ({ name, cards, lanes, points }) =>
    `已刪除人物誌「${name}」${points ? `及其 ${points} 個分數` : ''}${cards || lanes ? `，${naming(cards, lanes)}不再提及它` : ''}`,
  peerTag: ({ name, editing }) => (editing ? `${name} 正在編輯` : name),
  peersOnCard: (peers) => peers.map((p) => `${p.name} ${p.editing ? '正在編輯' : '在這裡'}`).join('；'),
  connect: '連接',
  links: (count) => `連線（${count}）`,
  connectHandle: '拖曳到另一張卡片上即可連接兩者',
  linkStarted: (from) => `正在連接「${from}」。用方向鍵選擇它指向的卡片，Enter 或空白鍵連接，Delete 刪除兩者之間的連線，Escape 取消。`,
  linkDragStarted: (from) => `正在連接「${from}」：在它指向的卡片上放開；Escape 取消。`,
  linkTarget: ({ from, to, stage, lane, linked }) =>
    `正在連接「${from}」：目標「${to}」，階段 ${stage}，泳道 ${lane}` +
    (linked === 'self' ? '（卡片本身）' : linked === 'out' ? '，已連接' : linked === 'in' ? '，它連向這裡' : ''),
  noCardThatWay: '這個方向沒有更多卡片',
  linked: ({ from, to }) => `已新增從「${from}」到「${to}」的連線`,
  unlinked: ({ from, to }) => `已刪除從「${from}」到「${to}」的連線`,
  linkRefused: ({ from, to, problem }) =>
    problem === 'self'
      ? '卡片不能連接到自身；未做任何變更'
      : problem === 'exists'
        ? `「${from}」已連接到「${to}」；未做任何變更`
        : '該卡片已不在旅程中；未做任何變更',
  noLinkBetween: ({ from, to }) => `「${from}」和「${to}」之間沒有可刪除的連線`,
  linkCancelled: (from) => `已取消連接「${from}」；未做任何變更`,
  linksTitle: (title) => `「${title}」的連線`,
  leadsTo: (title) => `指向「${title}」`,
  comesFrom: (title) => `來自「${title}」`,
  removeLink: ({ direction, title }) => (direction === 'out' ? `刪除指向「${title}」的連線` : `刪除來自「${title}」的連線`),
  removeLinkText: '刪除',
  noLinks: '沒有連線',
  close: '關閉',
};

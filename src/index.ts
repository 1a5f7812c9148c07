import './styles.css';

export {
  SCHEMA_VERSION,
  JOURNEY_KINDS,
  LANE_KINDS,
  BLUEPRINT_LANE_KINDS,
  CARD_KINDS,
  EVIDENCE_KINDS,
  CHANNELS,
  LEVELS,
  OPPORTUNITY_STATUSES,
  EMOTION_SCENARIOS,
  EVIDENCE_COLLECTIONS,
  EVIDENCE_DIMENSIONS,
} from './model/types';
export type {
  Journey,
  JourneyKind,
  JourneyMeta,
  JourneyProblem,
  Persona,
  PersonaGoal,
  Phase,
  Stage,
  Metric,
  Lane,
  LaneKind,
  BlueprintLaneKind,
  Card,
  CardKind,
  CardImage,
  Channel,
  KnownChannel,
  Emotion,
  EmotionScale,
  EmotionScenario,
  Evidence,
  EvidenceKind,
  EvidenceCollection,
  EvidenceDimension,
  Level,
  OpportunityStatus,
  Direction,
} from './model/types';
export { validateJourney, parseJourney, serializeJourney, formatProblem, JourneyValidationError } from './model/validate';
export { applyJourneyChanges, invertJourneyChanges } from './model/changes';
export type {
  JourneyChange,
  FieldChanges,
  ListPlace,
  CardsOnRemove,
  EmotionKey,
  JourneyHeader,
  CardAdd,
  CardUpdate,
  CardMove,
  CardRemove,
  CardCite,
  CardUncite,
  LinkAdd,
  LinkRemove,
  StageAdd,
  StageUpdate,
  StageMove,
  StageRemove,
  PhaseAdd,
  PhaseUpdate,
  PhaseMove,
  PhaseRemove,
  LaneAdd,
  LaneUpdate,
  LaneMove,
  LaneRemove,
  PersonaAdd,
  PersonaUpdate,
  PersonaMove,
  PersonaRemove,
  EvidenceAdd,
  EvidenceUpdate,
  EvidenceMove,
  EvidenceRemove,
  EmotionSet,
  EmotionRemove,
  JourneyUpdate,
} from './model/changes';
export { diffJourneys } from './model/diff';
export type {
  JourneyDiff,
  JourneyDiffSummary,
  JourneyOwnFields,
  DiffCounts,
  PartsDiff,
  ListDiff,
  PartChange,
  FieldDiff,
  PositionMove,
  CardPlace,
  CardPlaceMove,
  EmotionDiff,
} from './model/diff';
export { diffSummaryText } from './layout/diffSummary';
export { cardConfidence, evidenceWeight, EVIDENCE_TRAITS } from './model/confidence';
export { journeyFreshness, stageCoverage, INSIGHT_KINDS } from './model/trust';
export type { FreshnessOptions, JourneyFreshness, StageCoverage } from './model/trust';
export type { CardConfidence, ConfidenceLevel, ConfidenceOptions, EvidenceWeight } from './model/confidence';
export { filterJourney } from './model/filter';
export type { JourneyFilter } from './model/filter';
export { isSafeUrl } from './model/sanitize';

export { lightTheme, darkTheme, themeToCssVariables } from './theme/theme';
export type {
  JourneyTheme,
  JourneyThemeColors,
  JourneyThemeEmotion,
  JourneyThemeFonts,
  JourneyThemeOverrides,
  JourneyThemeProp,
  JourneyThemeTextSizes,
} from './theme/theme';

export { defaultLabels } from './components/labels';
export type { JourneyLabels, JourneyLabelsOverrides } from './components/labels';
export type { ChannelIconMap } from './components/icons';

export { JourneyConfigProvider } from './components/JourneyConfigProvider';
export type { JourneyConfig, JourneyConfigProviderProps } from './components/JourneyConfigProvider';
export { JourneyMap } from './components/JourneyMap/JourneyMap';
export type { JourneyMapProps, JourneyMapOwnProps } from './components/JourneyMap/JourneyMap';
export { JourneyGrid } from './components/JourneyGrid/JourneyGrid';
export type { JourneyGridProps, JourneyGridOwnProps } from './components/JourneyGrid/JourneyGrid';
export type { LaneRenderContext } from './components/JourneyGrid/LaneRow';
export type { LaneCell, CellItem } from './layout/cells';
export type { PlacedCard } from './model/normalize';
export { StageColumn } from './components/StageColumn';
export type { StageColumnProps, StageColumnOwnProps } from './components/StageColumn';
export { TouchpointCard } from './components/TouchpointCard';
export type { TouchpointCardProps, TouchpointCardOwnProps } from './components/TouchpointCard';
export { EmotionCurve } from './components/EmotionCurve';
export type { EmotionCurveProps, EmotionCurveOwnProps, EmotionCurveRenderProps, EmotionSeriesGeometry } from './components/EmotionCurve';
export type { CurvePoint, ColumnBox, Valence } from './layout/emotion';
export { ServiceBlueprintLane } from './components/ServiceBlueprintLane';
export type { ServiceBlueprintLaneProps, ServiceBlueprintLaneOwnProps } from './components/ServiceBlueprintLane';
export type { BlueprintLine } from './layout/links';
export { PersonaPanel } from './components/PersonaPanel';
export type { PersonaPanelProps } from './components/PersonaPanel';

// The converters and the export menu are entry points of their own — react-journey-map/csv,
// /mermaid and /export — so that a host drawing maps never ships papaparse, the image
// exporter or the menu.

'use client';

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
  Level,
  OpportunityStatus,
  Direction,
} from './model/types';
export { validateJourney, parseJourney, serializeJourney, formatProblem, JourneyValidationError } from './model/validate';
export { filterJourney } from './model/filter';
export type { JourneyFilter } from './model/filter';
export { isSafeUrl } from './model/url';

export { lightTheme, darkTheme, themeToCssVariables } from './theme/theme';
export type { JourneyTheme, JourneyThemeColors, JourneyThemeEmotion, JourneyThemeOverrides, JourneyThemeProp } from './theme/theme';

export { defaultLabels } from './components/labels';
export type { JourneyLabels, JourneyLabelsOverrides } from './components/labels';
export type { ChannelIconMap } from './components/icons';

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

export { fromMermaidJourney, toMermaidJourney, MermaidSyntaxError, MERMAID_SCORE_LABEL } from './io/mermaid';
export type { MermaidProblem } from './io/mermaid';
export { fromJourneyCsv, toJourneyCsv, JourneyCsvError } from './io/csv';
export type { JourneyCsvOptions, JourneyCsvProblem } from './io/csv';

export { exportJourneySvg, exportJourneyPng } from './io/export';
export type { ExportSvgOptions, ExportPngOptions } from './io/export';
export { ExportMenu, defaultExportMenuLabels, useJourneyExport } from './components/ExportMenu';
export type {
  ExportMenuProps,
  ExportMenuOwnProps,
  ExportMenuLabels,
  ExportMenuItem,
  JourneyExport,
  JourneyExportFormat,
  ExportedFile,
  UseJourneyExportOptions,
} from './components/ExportMenu';

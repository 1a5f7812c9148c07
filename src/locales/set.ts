import type { JourneyLabels } from '../components/labels';
import type { KnownChannel } from '../model/types';

/** A complete label set: every key of `JourneyLabels`, and a name for every built-in channel. */
export type LabelSet = Required<JourneyLabels> & { channels: Record<KnownChannel, string> };

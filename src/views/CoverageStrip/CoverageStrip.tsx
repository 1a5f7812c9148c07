import { clsx } from 'clsx';
import { forwardRef, useMemo, type ComponentPropsWithoutRef, type CSSProperties } from 'react';
import { INSIGHT_KINDS, stageCoverage } from '../../model/trust';
import type { JourneyLabels } from '../../components/labels';
import { useJourneyContext } from '../../components/context';
import { useJourneyConfig } from '../../components/JourneyConfigProvider/JourneyConfigProvider';
import { domId } from '../../components/ids';
import { named } from '../../components/refs';
import { useGridPart } from '../../components/JourneyGrid/parts';
import { useInteraction } from '../../components/store';
import { cellKey } from '../../layout/navigation';

/** The English words of the strip, when the labels give none. */
const ENGLISH_COVERAGE = 'Research coverage';
const englishStageCoverage: NonNullable<JourneyLabels['stageCoverage']> = ({ stage, backed, insights }) =>
  insights === 0 ? `${stage}: no insights` : `${stage}: ${backed} of ${insights} insights backed by research`;

/** The props {@link CoverageStrip} adds to a `div`'s. */
export interface CoverageStripOwnProps {
  /** The card kinds that count as insights. Default: thoughts, pain points and opportunities (`INSIGHT_KINDS`). */
  kinds?: readonly string[];
}

/** Props of {@link CoverageStrip}. */
export type CoverageStripProps = CoverageStripOwnProps & Omit<ComponentPropsWithoutRef<'div'>, keyof CoverageStripOwnProps>;

/**
 * A row under the lanes of a `JourneyGrid` (or `JourneyMap`) that shows, per stage, the
 * share of its insights that cite research rather than nothing or an assumption: a bar
 * and "3/5" in each stage's column, and for screen readers a sentence per stage
 * ("Checkout: 3 of 5 insights backed by research"). It counts what the grid shows: a
 * persona or lane filter narrows it too. Its cells are stops of the grid's arrow-key
 * walk, after the lanes. Must be used inside `JourneyGrid`.
 */
export const CoverageStrip = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLDivElement, CoverageStripProps>(function CoverageStrip(
    { kinds = INSIGHT_KINDS, className, ...rest },
    ref,
  ) {
    const { model, idPrefix, store } = useJourneyContext('CoverageStrip');
    // A row of the grid's keyboard walk, after the lanes: a stop per stage.
    const rowId = `${idPrefix}-coverage`;
    const partRef = useGridPart({ kind: 'row', id: rowId }, ref);
    const focusKey = useInteraction(store, (st) => st.focusKey);
    const { labels } = useJourneyConfig();
    const journey = model.journey;
    const kindsKey = kinds.join(' ');
    // eslint-disable-next-line react-hooks/exhaustive-deps
    const coverage = useMemo(() => stageCoverage(journey, kinds), [journey, kindsKey]);
    const title = labels.researchCoverage ?? ENGLISH_COVERAGE;
    const sentence = labels.stageCoverage ?? englishStageCoverage;
    const id = domId(rowId, 'row');
    return (
      <div ref={partRef} role="row" className={clsx('jm-Lane', 'jm-CoverageStrip', className)} data-kind="coverage" {...rest}>
        <div role="rowheader" className="jm-Lane-header" id={id}>
          <span className="jm-Lane-label">{title}</span>
        </div>
        {coverage.map(({ stageId, insights, backed, share }, i) => (
          <div
            key={stageId}
            role="gridcell"
            className="jm-Cell jm-CoverageStrip-cell"
            aria-colindex={i + 2}
            data-nav-key={cellKey(rowId, i)}
            tabIndex={focusKey === cellKey(rowId, i) ? 0 : -1}
            onFocus={(event) => {
              if (event.target === event.currentTarget) store.set({ focusKey: cellKey(rowId, i) });
            }}
            data-stage-id={stageId}
            data-share={insights === 0 ? undefined : share === 1 ? 'full' : share === 0 ? 'none' : 'part'}
            style={{ gridColumn: i + 2, '--jm-coverage': share } as CSSProperties}
          >
            <span className="jm-visually-hidden">{sentence({ stage: model.stages.get(stageId)!.name, backed, insights })}</span>
            <span className="jm-CoverageStrip-bar" aria-hidden="true">
              <span className="jm-CoverageStrip-fill" />
            </span>
            <span className="jm-CoverageStrip-count" aria-hidden="true">
              {insights === 0 ? '–' : `${backed}/${insights}`}
            </span>
          </div>
        ))}
      </div>
    );
  }),
  'CoverageStrip',
);

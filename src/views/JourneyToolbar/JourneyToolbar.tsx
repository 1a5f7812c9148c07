import { clsx } from 'clsx';
import { forwardRef, useMemo, useRef, useState, type HTMLAttributes, type KeyboardEvent } from 'react';
import { filterJourney } from '../../model/filter';
import type { JourneyView } from '../../model/view';
import { clearView, isShown, toggleView, toolbarGroups, toolbarMove, viewFilters, viewNames } from '../../layout/toolbar';
import { ConfigScope, themeRootProps } from '../../components/JourneyConfigProvider/JourneyConfigProvider';
import { LiveStatus } from './LiveStatus';
import { channelName } from '../../components/labels';
import { useControllableState } from '../../components/useControllableState';
import { composeEventHandlers } from '../../components/events';
import { named } from '../../components/refs';
import { useView, type ViewProps } from '../useView';

/** Props of {@link JourneyToolbar}. */
export interface JourneyToolbarProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'onError' | 'dir'>, ViewProps {
  /** The view (controlled). */
  view?: JourneyView;
  /** The view to start with when uncontrolled. Default `{}`: everything shown. */
  defaultView?: JourneyView;
  /** Called with the new view when the user changes a filter; the selected card is kept. */
  onViewChange?: (view: JourneyView) => void;
  /** Whether the toolbar says what the map shows when its filter changes. Default `true`. */
  announce?: boolean;
}

/**
 * Filters for a map — personas, lanes, channels, evidence confidence and opportunity
 * status — as toggle buttons in one toolbar (one tab stop; the arrow keys, Home and End
 * move between buttons), with a button that shows everything again. Its value is a
 * {@link JourneyView}: give it to the map (`filterJourney(journey, view)`) and to the URL
 * (`viewToSearchParams(view)`). Each change is announced politely: "Showing 12 of 40
 * cards: Sarah, Pain points".
 */
export const JourneyToolbar = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLDivElement, JourneyToolbarProps>(function JourneyToolbar(props, ref) {
    const {
      journey,
      config,
      text,
      idPrefix,
      rest: { view: viewProp, defaultView = {}, onViewChange, announce = true, className, style, onKeyDown, ...rest },
    } = useView(props);
    const [view, setView] = useControllableState<JourneyView>({ prop: viewProp, defaultProp: defaultView, onChange: onViewChange });
    const { labels } = config;
    const groups = useMemo(
      () =>
        journey
          ? toolbarGroups(journey, {
              channel: (id) => channelName(id, labels),
              confidence: (level) => text.confidence[level as keyof typeof text.confidence],
              status: (status) => labels.statuses[status as keyof typeof labels.statuses],
            })
          : [],
      [journey, labels, text],
    );
    const shown = useMemo(() => (journey ? filterJourney(journey, view).cards.length : 0), [journey, view]);

    // One tab stop: the button last focused (the first at the start), as the toolbar pattern asks.
    const [active, setActive] = useState(0);
    const barRef = useRef<HTMLDivElement>(null);
    const move = (event: KeyboardEvent<HTMLDivElement>) => {
      const buttons = [...(barRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
      const to = toolbarMove(event.key, buttons.indexOf(event.target as HTMLButtonElement), buttons.length, config.dir === 'rtl');
      if (to === null) return;
      event.preventDefault();
      setActive(to);
      buttons[to]?.focus();
    };

    const count = groups.reduce((n, g) => n + g.items.length, 1);
    const tabStop = Math.min(active, count - 1);
    let index = 0;
    const stop = () => {
      const mine = index++;
      return { tabIndex: mine === tabStop ? 0 : -1, onFocus: () => setActive(mine) };
    };
    const names = viewNames(view, groups, journey ?? undefined);
    const filtering = viewFilters(view);
    return (
      <div
        ref={ref}
        className={clsx(!config.themed && 'jm-root', 'jm-JourneyToolbar', className)}
        {...themeRootProps(config, style)}
        dir={config.dir}
        lang={journey?.locale}
        {...rest}
      >
        <ConfigScope config={config} themed>
          {!journey ? (
            <div role="alert" className="jm-PartError">
              {labels.partError}
            </div>
          ) : (
            <>
              <div
                ref={barRef}
                role="toolbar"
                aria-label={text.toolbar}
                className="jm-JourneyToolbar-bar"
                onKeyDown={composeEventHandlers(onKeyDown, move)}
              >
                {groups.map((group) => (
                  <div
                    key={group.key}
                    role="group"
                    aria-labelledby={`${idPrefix}-${group.key}`}
                    className="jm-JourneyToolbar-group"
                    data-group={group.key}
                  >
                    <span id={`${idPrefix}-${group.key}`} className="jm-JourneyToolbar-label">
                      {text.toolbarGroups[group.key]}
                    </span>
                    {group.items.map((item) => (
                      <button
                        key={item.id}
                        type="button"
                        className="jm-JourneyToolbar-toggle"
                        aria-pressed={isShown(view, group.key, item.id, journey)}
                        onClick={() => setView(toggleView(view, group, item.id, journey))}
                        {...stop()}
                      >
                        {item.name}
                      </button>
                    ))}
                  </div>
                ))}
                <button
                  type="button"
                  className="jm-JourneyToolbar-clear"
                  aria-disabled={!filtering || undefined}
                  onClick={() => filtering && setView(clearView(view))}
                  {...stop()}
                >
                  {text.showAll}
                </button>
              </div>
              {announce && (
                <LiveStatus
                  changeKey={JSON.stringify([view.personas, view.lanes, view.channels, view.confidence, view.statuses])}
                  text={text.viewStatus({ names, shown, total: journey.cards.length })}
                />
              )}
            </>
          )}
        </ConfigScope>
      </div>
    );
  }),
  'JourneyToolbar',
);

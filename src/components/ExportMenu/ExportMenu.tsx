import {
  FloatingFocusManager,
  useClick,
  useDismiss,
  useFloatingRootContext,
  useInteractions,
  useListNavigation,
  useRole,
  useTypeahead,
} from '@floating-ui/react';
import { clsx } from 'clsx';
import { forwardRef, useEffect, useId, useMemo, useRef, useState, type ComponentPropsWithoutRef } from 'react';
import type { ExportSvgOptions } from '../../io/export';
import { useJourneyExport, type ExportedFile, type JourneyExportFormat } from './useJourneyExport';
import { named } from '../refs';

/** An entry of the export menu: a file format, or printing. */
export type ExportMenuItem = JourneyExportFormat | 'print';

/** Every string {@link ExportMenu} shows. */
export interface ExportMenuLabels {
  /** The menu button. */
  button: string;
  /** Menu item: the SVG picture, as the browser draws the map. */
  svg: string;
  /** Menu item: the SVG of plain shapes and text that design tools open as editable layers. */
  vector: string;
  /** Menu item. */
  png: string;
  /** Menu item. */
  json: string;
  /** Menu item. */
  csv: string;
  /** Menu item. */
  mermaid: string;
  /** Menu item. */
  print: string;
  /** Announced while an export runs. */
  busy: string;
  /** Announced when an export fails. */
  failed: string;
}

/** The English strings of {@link ExportMenu}. */
export const defaultExportMenuLabels: ExportMenuLabels = {
  button: 'Export',
  svg: 'SVG image',
  vector: 'SVG for design tools',
  png: 'PNG image',
  json: 'JSON (journey data)',
  csv: 'CSV (spreadsheet)',
  mermaid: 'Mermaid journey',
  print: 'Print or save as PDF',
  busy: 'Exporting…',
  failed: 'Export failed',
};

const ALL_ITEMS: readonly ExportMenuItem[] = ['svg', 'vector', 'png', 'json', 'csv', 'mermaid', 'print'];
const DATA_FORMATS: ReadonlySet<ExportMenuItem> = new Set(['json', 'csv', 'mermaid']);

/** The props {@link ExportMenu} adds to a `div`'s. */
export interface ExportMenuOwnProps {
  /** The rendered map to export: the `ref` of a `JourneyMap` or `JourneyGrid`. */
  target: { readonly current: HTMLElement | null };
  /** The journey the map draws, any value (such as a `.json` file's; validated when a data file is made). Without it the JSON, CSV and Mermaid items are left out. */
  journey?: unknown;
  /** The items, in order. Default: SVG, SVG for design tools, PNG, JSON, CSV, Mermaid, Print. */
  items?: readonly ExportMenuItem[];
  /** File name without extension. Default: the journey's title, else `journey`. */
  filename?: string;
  /** PNG pixels per CSS pixel. Default 2. */
  scale?: number;
  /** Options for the pictures (SVG, SVG for design tools, PNG). Default none. */
  pictureOptions?: ExportSvgOptions;
  /** Strings to override. Default {@link defaultExportMenuLabels}. */
  labels?: Partial<ExportMenuLabels>;
  /** Receives each file instead of the browser downloading it. Default: download. */
  onSave?: (file: ExportedFile) => void | Promise<void>;
  /** Called when an export fails. */
  onExportError?: (error: Error, item: ExportMenuItem) => void;
}

/** Props of {@link ExportMenu}. */
export type ExportMenuProps = ExportMenuOwnProps & Omit<ComponentPropsWithoutRef<'div'>, keyof ExportMenuOwnProps>;

/**
 * A menu button that exports a rendered map as an SVG or PNG picture or an SVG for design
 * tools, its journey as JSON, CSV or Mermaid text, or prints it. Keyboard use follows the WAI-ARIA menu
 * button pattern: Enter, Space or ArrowDown open it on its first item, ArrowUp on its
 * last; the arrow keys (wrapping around), Home and End move; typing a letter moves to
 * the next item starting with it; Escape closes it and returns to the button, as
 * choosing an item does; Tab or a press elsewhere closes it. It is hidden when printing.
 */
export const ExportMenu = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLDivElement, ExportMenuProps>(function ExportMenu(
    { target, journey, items, filename, scale, pictureOptions, labels: labelsProp, onSave, onExportError, className, ...rest },
    ref,
  ) {
    const labels = useMemo(() => ({ ...defaultExportMenuLabels, ...labelsProp }), [labelsProp]);
    const shown = useMemo(() => (items ?? ALL_ITEMS).filter((item) => journey || !DATA_FORMATS.has(item)), [items, journey]);
    const { download, print, busy, error } = useJourneyExport(target, { journey, filename, scale, picture: pictureOptions, save: onSave });
    const [open, setOpen] = useState(false);
    const [activeIndex, setActiveIndex] = useState<number | null>(null);
    const [failedItem, setFailedItem] = useState<ExportMenuItem | null>(null);
    const [button, setButton] = useState<HTMLButtonElement | null>(null);
    const [menu, setMenu] = useState<HTMLDivElement | null>(null);
    const id = useId();
    const buttonId = `${id}-button`;
    const menuId = `${id}-menu`;
    const itemRefs = useRef<Array<HTMLElement | null>>([]);
    const itemLabels = useMemo(() => shown.map((item) => labels[item]), [shown, labels]);

    const errorRef = useRef(onExportError);
    errorRef.current = onExportError;
    useEffect(() => {
      if (error && failedItem) errorRef.current?.(error, failedItem);
    }, [error, failedItem]);

    // The menu is placed by its styles; floating-ui brings the interactions and focus.
    const context = useFloatingRootContext({ open, onOpenChange: setOpen, elements: { reference: button, floating: menu } });
    const { getReferenceProps, getFloatingProps, getItemProps } = useInteractions([
      useClick(context),
      useDismiss(context),
      useRole(context, { role: 'menu' }),
      // Opened by a click too, focus moves to the first item.
      useListNavigation(context, { listRef: itemRefs, activeIndex, onNavigate: setActiveIndex, loop: true, focusItemOnOpen: true }),
      useTypeahead(context, { listRef: { current: itemLabels }, activeIndex, onMatch: open ? setActiveIndex : undefined }),
    ]);

    const run = (item: ExportMenuItem) => {
      setOpen(false);
      if (item === 'print') {
        print();
        return;
      }
      setFailedItem(null);
      void download(item).then((saved) => {
        if (!saved) setFailedItem(item);
      });
    };

    return (
      <div
        ref={ref}
        {...rest}
        className={clsx('jm-ExportMenu', className)}
        data-state={open ? 'open' : 'closed'}
        data-busy={busy ? '' : undefined}
      >
        <button ref={setButton} type="button" className="jm-ExportMenu-button" {...getReferenceProps()} id={buttonId}>
          {labels.button}
          <svg className="jm-ExportMenu-chevron" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
            <path
              d="M2.5 4.5 6 8l3.5-3.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.6"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
        </button>
        {open && (
          // Focus goes back to the button when the menu closes, unless it left for elsewhere.
          <FloatingFocusManager context={context} modal={false} initialFocus={-1}>
            <div ref={setMenu} className="jm-ExportMenu-menu" {...getFloatingProps()} id={menuId} aria-labelledby={buttonId}>
              {shown.map((item, i) => (
                <button
                  key={item}
                  ref={(el) => {
                    itemRefs.current[i] = el;
                  }}
                  type="button"
                  role="menuitem"
                  tabIndex={activeIndex === i ? 0 : -1}
                  className="jm-ExportMenu-item"
                  data-item={item}
                  {...getItemProps({ onClick: () => run(item) })}
                >
                  {labels[item]}
                </button>
              ))}
            </div>
          </FloatingFocusManager>
        )}
        <span role="status" className="jm-ExportMenu-status">
          {busy ? labels.busy : failedItem ? labels.failed : ''}
        </span>
      </div>
    );
  }),
  'ExportMenu',
);

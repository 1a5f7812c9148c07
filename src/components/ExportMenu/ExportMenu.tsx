import { clsx } from 'clsx';
import { forwardRef, useEffect, useId, useMemo, useRef, useState, type ComponentPropsWithoutRef, type KeyboardEvent } from 'react';
import type { ExportSvgOptions } from '../../io/export';
import { useJourneyExport, type ExportedFile, type JourneyExportFormat } from './useJourneyExport';
import { named, useComposedRefs } from '../refs';

/** An entry of the export menu: a file format, or printing. */
export type ExportMenuItem = JourneyExportFormat | 'print';

/** Every string {@link ExportMenu} shows. */
export interface ExportMenuLabels {
  /** The menu button. */
  button: string;
  /** Menu items. */
  svg: string;
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
  png: 'PNG image',
  json: 'JSON (journey data)',
  csv: 'CSV (spreadsheet)',
  mermaid: 'Mermaid journey',
  print: 'Print or save as PDF',
  busy: 'Exporting…',
  failed: 'Export failed',
};

const ALL_ITEMS: readonly ExportMenuItem[] = ['svg', 'png', 'json', 'csv', 'mermaid', 'print'];
const DATA_FORMATS: ReadonlySet<ExportMenuItem> = new Set(['json', 'csv', 'mermaid']);

/** The props {@link ExportMenu} adds to a `div`'s. */
export interface ExportMenuOwnProps {
  /** The rendered map to export: the `ref` of a `JourneyMap` or `JourneyGrid`. */
  target: { readonly current: HTMLElement | null };
  /** The journey the map draws, any value (such as a `.json` file's; validated when a data file is made). Without it the JSON, CSV and Mermaid items are left out. */
  journey?: unknown;
  /** The items, in order. Default: SVG, PNG, JSON, CSV, Mermaid, Print. */
  items?: readonly ExportMenuItem[];
  /** File name without extension. Default: the journey's title, else `journey`. */
  filename?: string;
  /** PNG pixels per CSS pixel. Default 2. */
  scale?: number;
  /** Options for the SVG and PNG pictures. Default none. */
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
 * A menu button that exports a rendered map as an SVG or PNG picture, its journey as
 * JSON, CSV or Mermaid text, or prints it. Keyboard use follows the WAI-ARIA menu
 * button pattern: Enter, Space or the arrow keys open it, arrows, Home and End move,
 * Escape closes it and returns to the button. It is hidden when printing.
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
    const [failedItem, setFailedItem] = useState<ExportMenuItem | null>(null);
    const id = useId();
    const buttonId = `${id}-button`;
    const menuId = `${id}-menu`;
    const rootRef = useRef<HTMLDivElement | null>(null);
    const buttonRef = useRef<HTMLButtonElement | null>(null);
    const itemRefs = useRef<Array<HTMLButtonElement | null>>([]);
    const pendingFocus = useRef<number | null>(null);

    const errorRef = useRef(onExportError);
    errorRef.current = onExportError;
    useEffect(() => {
      if (error && failedItem) errorRef.current?.(error, failedItem);
    }, [error, failedItem]);

    // Focus moves into the menu once it is shown.
    useEffect(() => {
      if (open && pendingFocus.current !== null) {
        itemRefs.current[pendingFocus.current]?.focus();
        pendingFocus.current = null;
      }
    }, [open]);

    // A press anywhere else closes the menu.
    useEffect(() => {
      if (!open) return;
      const onPointerDown = (event: PointerEvent) => {
        if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
      };
      document.addEventListener('pointerdown', onPointerDown);
      return () => document.removeEventListener('pointerdown', onPointerDown);
    }, [open]);

    const openAt = (index: number) => {
      pendingFocus.current = (index + shown.length) % shown.length;
      if (open) {
        itemRefs.current[pendingFocus.current]?.focus();
        pendingFocus.current = null;
      } else setOpen(true);
    };
    const close = (refocus: boolean) => {
      setOpen(false);
      if (refocus) buttonRef.current?.focus();
    };

    const run = (item: ExportMenuItem) => {
      close(true);
      if (item === 'print') {
        print();
        return;
      }
      setFailedItem(null);
      void download(item).then((saved) => {
        if (!saved) setFailedItem(item);
      });
    };

    const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
      if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        openAt(0);
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        openAt(shown.length - 1);
      }
    };

    const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
      const current = itemRefs.current.findIndex((el) => el === document.activeElement);
      const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: shown.length - 1 };
      if (event.key in moves) {
        event.preventDefault();
        openAt(moves[event.key]!);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        close(true);
      } else if (event.key === 'Tab') close(false);
    };

    const setRoot = useComposedRefs(ref, rootRef);

    return (
      <div
        ref={setRoot}
        {...rest}
        className={clsx('jm-ExportMenu', className)}
        data-state={open ? 'open' : 'closed'}
        data-busy={busy ? '' : undefined}
        onBlur={(event) => {
          rest.onBlur?.(event);
          if (open && !event.currentTarget.contains(event.relatedTarget as Node | null) && event.relatedTarget) setOpen(false);
        }}
      >
        <button
          ref={buttonRef}
          type="button"
          id={buttonId}
          className="jm-ExportMenu-button"
          aria-haspopup="menu"
          aria-expanded={open}
          aria-controls={menuId}
          onClick={() => (open ? close(false) : openAt(0))}
          onKeyDown={onButtonKeyDown}
        >
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
        <div role="menu" id={menuId} aria-labelledby={buttonId} className="jm-ExportMenu-menu" hidden={!open} onKeyDown={onMenuKeyDown}>
          {shown.map((item, i) => (
            <button
              key={item}
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="jm-ExportMenu-item"
              data-item={item}
              onClick={() => run(item)}
            >
              {labels[item]}
            </button>
          ))}
        </div>
        <span role="status" className="jm-ExportMenu-status">
          {busy ? labels.busy : failedItem ? labels.failed : ''}
        </span>
      </div>
    );
  }),
  'ExportMenu',
);

import { lazy, Suspense, useId, useState } from 'react';
import { useDisclosure } from '../useDisclosure';
import {
  singleTypesOf,
  TIE_MODE_LABELS,
  type SingleTieType,
  type TieMode,
} from '../../model/actorNetwork';
import type { ViewName } from '../../model/view';
import { useStore } from '../../store/store';
import type { ShareActions } from './ShareSection';
import './ExportMenu.css';

/** The image and data formats, and the actor network matrix of one tie type (DNA's CSV). */
export type ExportFormat =
  'png' | 'jpg' | 'svg' | 'json' | 'gexf' | 'graphml' | 'csv' | 'html' | `matrix-${SingleTieType}`;

export interface ExportOptions {
  scope: 'whole' | 'visible';
  scale: number;
  background: 'transparent' | 'white' | 'theme';
  includeLegend: boolean;
}

const IMAGE_FORMATS: readonly { format: ExportFormat; label: string }[] = [
  { format: 'png', label: 'Export PNG' },
  { format: 'jpg', label: 'Export JPG' },
  { format: 'svg', label: 'Export SVG' },
];

interface DataItem {
  format: ExportFormat;
  label: string;
  hint: string;
  /** Whether the file holds a network read from another tool, edges and all. */
  forNetworks: boolean;
}

const DATA_FORMATS: readonly DataItem[] = [
  { format: 'json', label: 'Export JSON', hint: 'stancegraph file', forNetworks: false },
  { format: 'gexf', label: 'Export GEXF', hint: 'Gephi', forNetworks: true },
  { format: 'graphml', label: 'Export GraphML', hint: 'Cytoscape, yEd', forNetworks: true },
  { format: 'csv', label: 'Export CSV', hint: 'statements, for spreadsheets', forNetworks: false },
  {
    format: 'html',
    label: 'Export HTML',
    hint: 'interactive page, works offline',
    forNetworks: true,
  },
];

// A network read from another tool is shown through a dataset of its nodes alone: the other data
// files would lose its edges (see runExport), so they are offered disabled, saying why.
const NETWORK_HINT = 'a network: use GEXF or GraphML';

/**
 * One matrix button per network the actor view draws: "Agreement and conflict" draws two, and a
 * matrix holds one network, as DNA writes it.
 */
function matrixFormats(view: ViewName, tieMode: TieMode): DataItem[] {
  if (view !== 'actors') return [];
  const types = singleTypesOf(tieMode);
  return types.map((type) => ({
    format: `matrix-${type}`,
    label: types.length > 1 ? `Export ${type} matrix (CSV)` : 'Export matrix (CSV)',
    hint: `${TIE_MODE_LABELS[type].toLowerCase()} network, as DNA writes it`,
    forNetworks: false,
  }));
}

// Loaded when the menu first opens: sharing is not part of the first screen.
const ShareSection = lazy(async () => ({ default: (await import('./ShareSection')).ShareSection }));

const SCALES = [1, 2, 3, 4] as const;

const SCOPES = [
  ['whole', 'Whole graph'],
  ['visible', 'Visible area'],
] as const;

const BACKGROUNDS = [
  ['transparent', 'Transparent'],
  ['white', 'White'],
  ['theme', 'Theme'],
] as const;

interface RadioRowProps<T extends string> {
  name: string;
  group: string;
  choices: readonly (readonly [T, string])[];
  value: T;
  onChange: (value: T) => void;
}

/** One labelled row of radio buttons. */
function RadioRow<T extends string>({ name, group, choices, value, onChange }: RadioRowProps<T>) {
  return (
    <div className="export-option-row" role="radiogroup" aria-label={name}>
      <span className="export-option-name">{name}</span>
      {choices.map(([choice, label]) => (
        <label key={choice}>
          <input
            type="radio"
            name={group}
            checked={value === choice}
            onChange={() => onChange(choice)}
          />
          {label}
        </label>
      ))}
    </div>
  );
}

export interface ExportMenuProps {
  /** Runs one export; resolves to a message when the result differs from what was asked. */
  onExport: (format: ExportFormat, options: ExportOptions) => Promise<string | null>;
  /** Links and embeds of what is shown; without them the menu has no Share part. */
  share?: ShareActions;
}

/** The Export button and its panel: image options, one button per format, then sharing. */
export function ExportMenu({ onExport, share }: ExportMenuProps) {
  const { open, setOpen, rootRef, buttonRef, closeOnEscape } = useDisclosure();
  // Once opened, the share part stays (with what it shows) when the menu closes and reopens.
  const [opened, setOpened] = useState(false);
  if (open && !opened) setOpened(true);
  const [options, setOptions] = useState<ExportOptions>({
    scope: 'whole',
    scale: 2,
    background: 'white',
    includeLegend: true,
  });
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const panelId = useId();
  const view = useStore((s) => (s.network ? 'claims' : s.view));
  const tieMode = useStore((s) => s.tieMode);
  const isNetwork = useStore((s) => s.network !== null);

  const run = async (format: ExportFormat) => {
    setBusy(format);
    setMessage(null);
    try {
      const note = await onExport(format, options);
      setMessage(note ? { text: note, error: false } : null);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      setMessage({ text: `Export failed: ${text}`, error: true });
    } finally {
      setBusy(null);
    }
  };

  const set = <K extends keyof ExportOptions>(key: K, value: ExportOptions[K]) =>
    setOptions((current) => ({ ...current, [key]: value }));

  return (
    <div className="export-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        onKeyDown={closeOnEscape}
      >
        Export
      </button>
      <div
        id={panelId}
        className="export-panel"
        role="group"
        aria-label="Export"
        hidden={!open}
        onKeyDown={closeOnEscape}
      >
        <fieldset className="export-options">
          <legend>Image options</legend>
          <RadioRow
            name="Scope"
            group={`${panelId}-scope`}
            choices={SCOPES}
            value={options.scope}
            onChange={(value) => set('scope', value)}
          />
          <label className="export-option-row">
            <span className="export-option-name">Scale</span>
            <select
              value={options.scale}
              onChange={(event) => set('scale', Number(event.target.value))}
            >
              {SCALES.map((scale) => (
                <option key={scale} value={scale}>
                  {scale}x
                </option>
              ))}
            </select>
          </label>
          <RadioRow
            name="Background"
            group={`${panelId}-background`}
            choices={BACKGROUNDS}
            value={options.background}
            onChange={(value) => set('background', value)}
          />
          <label className="export-option-row">
            <input
              type="checkbox"
              checked={options.includeLegend}
              onChange={(event) => set('includeLegend', event.target.checked)}
            />
            Include legend and title
          </label>
        </fieldset>
        <div className="export-items">
          <p className="export-items-title">Images</p>
          {IMAGE_FORMATS.map(({ format, label }) => (
            <button
              key={format}
              type="button"
              className="export-item"
              disabled={busy !== null}
              onClick={() => void run(format)}
            >
              {label}
            </button>
          ))}
          <p className="export-items-title">Data (what is shown)</p>
          {[...DATA_FORMATS, ...matrixFormats(view, tieMode)].map(
            ({ format, label, hint, forNetworks }) => {
              const unavailable = isNetwork && !forNetworks;
              const hintId = `${panelId}-${format}-hint`;
              return (
                <button
                  key={format}
                  type="button"
                  className="export-item"
                  disabled={busy !== null || unavailable}
                  // The hint is left out of the name ("Export JSON"); the reason an item is
                  // disabled is its description, so a screen reader says it too.
                  aria-describedby={unavailable ? hintId : undefined}
                  onClick={() => void run(format)}
                >
                  {label}
                  <span id={hintId} className="export-item-hint" aria-hidden="true">
                    {unavailable ? NETWORK_HINT : hint}
                  </span>
                </button>
              );
            },
          )}
        </div>
        {share && opened && (
          <Suspense fallback={null}>
            <ShareSection actions={share} />
          </Suspense>
        )}
        <p
          className={message?.error ? 'export-message export-error' : 'export-message'}
          aria-live="polite"
        >
          {busy ? `Exporting ${busy.toUpperCase()}…` : (message?.text ?? '')}
        </p>
      </div>
    </div>
  );
}

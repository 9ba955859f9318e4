import { useId, useMemo, useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  actorAttributeKeys,
  actorLevelLabel,
  attributeLevel,
  effectiveActorLevel,
  type ActorLevel,
} from '../../model/actorLevel';
import {
  NORMALISATION_LABELS,
  NORMALISATIONS,
  TIE_MODE_LABELS,
  TIE_MODES,
} from '../../model/actorNetwork';
import {
  colourExplanation,
  duplicatesExplanation,
  levelExplanation,
  minWeightExplanation,
  normalisationExplanation,
  sizeExplanation,
  weightMeaning,
} from '../../model/actorNetworkText';
import { DUPLICATES, DUPLICATES_LABELS } from '../../model/duplicates';
import type { GraphIndex } from '../../model/graphIndex';
import {
  effectiveColourBy,
  METRIC_LABELS,
  SIZE_BY,
  type ColourBy,
  type SizeBy,
} from '../../model/nodeAppearance';
import { formatWeight } from '../../model/tieEdges';
import { isMinWeight } from '../../model/viewState';
import { selectDrawnTies } from '../../store/selectors';
import type { StoreState } from '../../store/store';
import { useStore } from '../../store/store';
import './ActorNetworkPanel.css';

interface Option<T extends string> {
  value: T;
  label: string;
}

interface ChoiceProps<T extends string> {
  label: string;
  value: T;
  options: readonly Option<T>[];
  onChange: (value: T) => void;
  /** The one line beside the choice that says what it means now. */
  explanation: ReactNode;
}

/** A labelled choice with its explanation, which screen readers read as its description. */
function Choice<T extends string>({
  label,
  value,
  options,
  onChange,
  explanation,
}: ChoiceProps<T>) {
  const id = useId();
  return (
    <div className="network-choice">
      <label htmlFor={id} className="network-choice-label">
        {label}
      </label>
      <select
        id={id}
        value={value}
        aria-describedby={`${id}-explanation`}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <p id={`${id}-explanation`} className="network-choice-explanation">
        {explanation}
      </p>
    </div>
  );
}

const selectChoices = (state: StoreState) => ({
  actorLevel: state.actorLevel,
  tieMode: state.tieMode,
  duplicates: state.duplicates,
  normalisation: state.normalisation,
  sizeBy: state.sizeBy,
  colourBy: state.colourBy,
  setActorLevel: state.setActorLevel,
  setTieMode: state.setTieMode,
  setDuplicates: state.setDuplicates,
  setNormalisation: state.setNormalisation,
  setSizeBy: state.setSizeBy,
  setColourBy: state.setColourBy,
});

const options = <T extends string>(values: readonly T[], labels: Readonly<Record<T, string>>) =>
  values.map((value) => ({ value, label: labels[value] }));

const TIE_OPTIONS = options(TIE_MODES, TIE_MODE_LABELS);
const DUPLICATES_OPTIONS = options(DUPLICATES, DUPLICATES_LABELS);
const NORMALISATION_OPTIONS = options(NORMALISATIONS, NORMALISATION_LABELS);
const SIZE_OPTIONS = options(SIZE_BY, { none: 'None', ...METRIC_LABELS });

/**
 * The minimum weight of a drawn tie. Typing keeps its own text until it is a number the store
 * takes, so clearing the field to type "0.25" does not snap back to the old value.
 */
function MinWeightInput({ step }: { step: number }) {
  const weight = useStore((s) => s.tieMinWeight);
  const setWeight = useStore((s) => s.setTieMinWeight);
  const drawn = useStore(selectDrawnTies);
  const [draft, setDraft] = useState(String(weight));
  const [draftOf, setDraftOf] = useState(weight);
  const id = useId();
  if (draftOf !== weight) {
    // Changed elsewhere (a link, a restored session): show the new value.
    setDraftOf(weight);
    setDraft(String(weight));
  }
  const raised = drawn.minWeight > drawn.requestedMinWeight;
  return (
    <div className="network-choice">
      <label htmlFor={id} className="network-choice-label">
        Minimum tie weight
      </label>
      <input
        id={id}
        type="number"
        min={0}
        step={step}
        inputMode="decimal"
        value={draft}
        aria-describedby={`${id}-explanation`}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          if (text.trim() !== '' && isMinWeight(Number(text))) setWeight(Number(text));
        }}
        onBlur={() => setDraft(String(weight))}
      />
      <p id={`${id}-explanation`} className="network-choice-explanation">
        {raised
          ? `Raised to ${formatWeight(drawn.minWeight)} so the graph stays responsive.`
          : minWeightExplanation(weight)}
      </p>
    </div>
  );
}

function levelOptions(index: GraphIndex): Option<ActorLevel>[] {
  return [
    'actors' as const,
    'organisations' as const,
    ...actorAttributeKeys(index).map(attributeLevel),
  ].map((value) => ({ value, label: actorLevelLabel(value) }));
}

function colourOptions(index: GraphIndex): Option<ColourBy>[] {
  return [
    { value: 'kind', label: 'Kind' },
    { value: 'community', label: 'Community' },
    ...actorAttributeKeys(index).map((key): Option<ColourBy> => ({
      value: `attribute:${key}`,
      label: `Attribute: ${key}`,
    })),
  ];
}

/** The actor network's choices, each with a line saying what it means now. */
function NetworkChoices({ index }: { index: GraphIndex }) {
  const choices = useStore(useShallow(selectChoices));
  const levels = useMemo(() => levelOptions(index), [index]);
  const colours = useMemo(() => colourOptions(index), [index]);
  const level = effectiveActorLevel(index, choices.actorLevel);
  const colourBy = effectiveColourBy(index, choices.colourBy);
  return (
    <>
      <Choice
        label="Actors as"
        value={level}
        options={levels}
        onChange={choices.setActorLevel}
        explanation={levelExplanation(level)}
      />
      <Choice
        label="Tie type"
        value={choices.tieMode}
        options={TIE_OPTIONS}
        onChange={choices.setTieMode}
        explanation={weightMeaning(choices.tieMode, choices.duplicates, choices.normalisation)}
      />
      <Choice
        label="Duplicates"
        value={choices.duplicates}
        options={DUPLICATES_OPTIONS}
        onChange={choices.setDuplicates}
        explanation={duplicatesExplanation(choices.duplicates, choices.tieMode)}
      />
      <Choice
        label="Normalisation"
        value={choices.normalisation}
        options={NORMALISATION_OPTIONS}
        onChange={choices.setNormalisation}
        explanation={normalisationExplanation(choices.normalisation)}
      />
      <MinWeightInput step={choices.normalisation === 'none' ? 1 : 0.05} />
      <Choice<SizeBy>
        label="Size by"
        value={choices.sizeBy}
        options={SIZE_OPTIONS}
        onChange={choices.setSizeBy}
        explanation={sizeExplanation(choices.sizeBy)}
      />
      <Choice
        label="Colour by"
        value={colourBy}
        options={colours}
        onChange={choices.setColourBy}
        explanation={colourExplanation(colourBy)}
      />
    </>
  );
}

/** The actor view's network: how it is computed (DNA's choices) and how nodes are drawn. */
export function ActorNetworkPanel() {
  const index = useStore((s) => s.index);
  const shown = useStore((s) => s.view === 'actors' && s.network === null);
  const headingId = useId();
  if (!index || !shown) return null;
  return (
    <section className="network-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-heading">
        Actor network
      </h2>
      <NetworkChoices index={index} />
    </section>
  );
}

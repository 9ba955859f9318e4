// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { selectStatusText, selectVisibility } from '../../../src/store/selectors';
import { useStore } from '../../../src/store/store';
import { selectTableData, selectTableShown } from '../../../src/store/tableSelectors';
import { selectCanStepWindow, selectHistogram } from '../../../src/store/timelineSelectors';
import { seed } from '../testData';

const state = () => useStore.getState();
const range = () => [state().filters.dateFrom, state().filters.dateTo];

beforeEach(() => {
  useStore.setState(useStore.getInitialState(), true);
  state().loadDataset(seed);
});

describe('the moving window', () => {
  it('steps from all dates to the first window of the dataset, then window by window', () => {
    state().setWindowUnit('quarter');
    expect(state().stepWindow(1)).toBe(true);
    expect(range()).toEqual(['2024-01', '2024-03']);
    expect(state().stepWindow(1)).toBe(true);
    expect(range()).toEqual(['2024-04', '2024-06']);
    expect(state().stepWindow(-1)).toBe(true);
    expect(range()).toEqual(['2024-01', '2024-03']);
  });

  it('says whether a step either way is left', () => {
    state().setWindowUnit('quarter');
    expect(selectCanStepWindow(state(), 1)).toBe(true);
    state().stepWindow(1);
    expect(selectCanStepWindow(state(), -1)).toBe(false);
    while (state().stepWindow(1));
    expect(range()).toEqual(['2024-10', '2024-12']);
    expect(selectCanStepWindow(state(), 1)).toBe(false);
    expect(selectCanStepWindow(state(), -1)).toBe(true);
  });

  it('plays until the last window, then stops there', () => {
    state().setWindowUnit('quarter');
    state().play();
    expect(state().playing).toBe(true);
    expect(range()).toEqual(['2024-01', '2024-03']);
    while (state().stepWindow(1));
    expect(state().playing).toBe(false);
    expect(range()).toEqual(['2024-10', '2024-12']);
    // Play again starts over.
    state().play();
    expect(range()).toEqual(['2024-01', '2024-03']);
  });

  it('plays from the same update that shows its first window (the address waits while playing)', () => {
    state().setWindowUnit('quarter');
    const seen: [boolean, string | null][] = [];
    const stop = useStore.subscribe((s) => seen.push([s.playing, s.filters.dateFrom]));
    state().play();
    stop();
    expect(seen).toEqual([[true, '2024-01']]);
  });

  it('stops playing when the dates are set by hand, the filters reset or a dataset opens', () => {
    state().play();
    state().setDateRange('2024-06', null);
    expect(state().playing).toBe(false);
    state().play();
    state().resetFilters();
    expect(state().playing).toBe(false);
    state().play();
    state().loadDataset(seed);
    expect(state().playing).toBe(false);
  });

  it('changes what the graph shows, not the histogram', () => {
    const histogram = selectHistogram(state());
    const all = selectVisibility(state())!.statements.size;
    state().setWindowUnit('month');
    state().setDateRange('2024-10', '2024-10');
    expect(selectVisibility(state())!.statements.size).toBeLessThan(all);
    expect(selectHistogram(state())).toBe(histogram);
    state().toggleStance('asserts');
    expect(selectHistogram(state())).not.toBe(histogram);
  });
});

describe('the table', () => {
  const countIn = (status: string, noun: string) =>
    Number(new RegExp(`([\\d,]+) ${noun}`).exec(status)![1]!.replace(/,/g, ''));

  it('lists what the status line counts, in the claims view and the actor view', () => {
    for (const filters of [
      () => {},
      () => state().toggleStance('denies'),
      () => state().setDateRange('2024-10', null),
    ]) {
      filters();
      const status = selectStatusText(state());
      expect(selectTableData(state(), 'statements')!.rows).toHaveLength(
        countIn(status, 'statements?'),
      );
      expect(selectTableData(state(), 'claims')!.rows).toHaveLength(countIn(status, 'claims?'));
      expect(selectTableData(state(), 'actors')!.rows).toHaveLength(countIn(status, 'actors?'));
    }
    state().setView('actors');
    state().setFilter('hideIsolated', true);
    const status = selectStatusText(state());
    expect(selectTableData(state(), 'actors')!.rows).toHaveLength(countIn(status, 'actors?'));
    // Only the statements of the actors shown.
    const actors = selectTableShown(state())!.actors;
    for (const row of selectTableData(state(), 'statements')!.rows) {
      expect(actors.has(state().index!.statementById.get(row.id)!.actor)).toBe(true);
    }
  });
});

describe('the table tab', () => {
  it('turns to what is selected, whether the table is open or not', () => {
    const actor = state().index!.dataset.actors[0]!;
    const statement = state().index!.dataset.statements[0]!;
    expect(state().tableOpen).toBe(false);
    state().select({ type: 'actor', id: actor.id });
    expect(state().tableTab).toBe('actors');
    state().select({ type: 'statement', id: statement.id });
    expect(state().tableTab).toBe('statements');
    // Nothing selected keeps the tab.
    state().select(null);
    expect(state().tableTab).toBe('statements');
  });
});

describe('the room below the graph on a narrow screen', () => {
  it('holds the table or the timeline: opening one closes the other', () => {
    state().setTimelineOpen(true);
    state().setTableOpen(true);
    expect([state().tableOpen, state().timelineOpen]).toEqual([true, false]);
    state().setTimelineOpen(true);
    expect([state().tableOpen, state().timelineOpen]).toEqual([false, true]);
    state().setTimelineOpen(false);
    expect([state().tableOpen, state().timelineOpen]).toEqual([false, false]);
  });
});

// @vitest-environment jsdom
// jsdom: the store persists the layout choice to localStorage, and the sync listens to the page.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { sameViewState, startSessionSync } from '../../../src/app/sessionSync';
import { DEFAULT_FILTERS } from '../../../src/model/filters';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/model/viewState';
import {
  clearSession,
  loadSession,
  saveSession,
  type StorageStatus,
} from '../../../src/store/persistence';
import { useStore } from '../../../src/store/store';
import { pickViewState } from '../../../src/store/viewStateActions';

const BASE: ViewState = DEFAULT_VIEW_STATE;

describe('sameViewState', () => {
  it('compares by value, not identity', () => {
    const copy: ViewState = {
      ...BASE,
      filters: { ...DEFAULT_FILTERS, hiddenStances: [] },
      selection: null,
    };
    expect(sameViewState(BASE, copy)).toBe(true);
    expect(
      sameViewState(
        { ...BASE, selection: { type: 'tie', a: 'x', b: 'y' }, focusDepth: 1 },
        { ...BASE, selection: { type: 'tie', a: 'x', b: 'y' }, focusDepth: 1 },
      ),
    ).toBe(true);
  });

  it.each<[string, Partial<ViewState>]>([
    ['view', { view: 'actors' }],
    ['tie mode', { tieMode: 'agreement' }],
    ['actor level', { actorLevel: 'organisations' }],
    ['duplicates', { duplicates: 'every' }],
    ['normalisation', { normalisation: 'cosine' }],
    ['minimum weight', { tieMinWeight: 0.5 }],
    ['size', { sizeBy: 'degree' }],
    ['colour', { colourBy: 'community' }],
    ['layout', { layout: 'grid' }],
    ['focus depth', { focusDepth: 2 }],
    ['selection', { selection: { type: 'actor', id: 'a1' } }],
    ['hidden stances', { filters: { ...DEFAULT_FILTERS, hiddenStances: ['doubts'] } }],
    ['hidden kinds', { filters: { ...DEFAULT_FILTERS, hiddenKinds: ['state'] } }],
    ['date range', { filters: { ...DEFAULT_FILTERS, dateFrom: '2024' } }],
    ['a boolean filter', { filters: { ...DEFAULT_FILTERS, hideIsolated: true } }],
  ])('tells a different %s apart', (_name, change) => {
    expect(sameViewState(BASE, { ...BASE, ...change })).toBe(false);
    expect(sameViewState({ ...BASE, ...change }, BASE)).toBe(false);
  });

  it('tells hidden stances apart by content and order of the same length', () => {
    const a = { ...BASE, filters: { ...DEFAULT_FILTERS, hiddenStances: ['doubts', 'denies'] } };
    const b = { ...BASE, filters: { ...DEFAULT_FILTERS, hiddenStances: ['doubts', 'agrees'] } };
    expect(sameViewState(a, b)).toBe(false);
  });
});

describe('startSessionSync', () => {
  let save: ReturnType<typeof vi.fn<(viewState: ViewState) => Promise<StorageStatus>>>;
  let stop: (() => void) | undefined;

  beforeEach(() => {
    // Only the timers the debounce uses: fake-indexeddb schedules its work with setImmediate.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    useStore.setState(useStore.getInitialState(), true);
    save = vi.fn(() => Promise.resolve<StorageStatus>({ ok: true }));
  });

  afterEach(() => {
    stop?.();
    stop = undefined;
    vi.useRealTimers();
  });

  const start = (options: Parameters<typeof startSessionSync>[1] = {}) => {
    stop = startSessionSync(useStore, { save, ...options });
  };

  it('saves nothing when started: the state it starts from is already saved', () => {
    start();
    vi.advanceTimersByTime(1000);
    expect(save).not.toHaveBeenCalled();
  });

  it('saves the view state 300 ms after a change, not before', () => {
    start();
    useStore.getState().setView('actors');
    vi.advanceTimersByTime(299);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ ...BASE, view: 'actors' });
  });

  it('saves a burst of changes once, with the last state', () => {
    start();
    const { setView, setTieMode, toggleStance, setLayout } = useStore.getState();
    setView('actors');
    vi.advanceTimersByTime(200);
    setTieMode('conflict');
    vi.advanceTimersByTime(200);
    toggleStance('doubts');
    vi.advanceTimersByTime(200);
    setLayout('circle');
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(pickViewState(useStore.getState()));
    expect(save.mock.calls[0]?.[0]).toMatchObject({
      view: 'actors',
      tieMode: 'conflict',
      layout: 'circle',
      filters: { hiddenStances: ['doubts'] },
    });
  });

  it('neither saves nor postpones a save for changes outside the view state', () => {
    start();
    useStore.getState().setView('actors');
    vi.advanceTimersByTime(200);
    useStore.getState().setBusy(false);
    useStore.getState().requestFit();
    vi.advanceTimersByTime(100);
    expect(save).toHaveBeenCalledTimes(1);
    useStore.getState().requestLayout();
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('does not save a change that is undone before the delay ends', () => {
    start();
    useStore.getState().toggleStance('doubts');
    useStore.getState().toggleStance('doubts');
    vi.advanceTimersByTime(1000);
    expect(save).not.toHaveBeenCalled();
  });

  it('tells onStatus how each save went', async () => {
    const full: StorageStatus = { ok: false, reason: 'full', message: 'full' };
    save.mockResolvedValueOnce(full);
    const onStatus = vi.fn();
    start({ onStatus });
    useStore.getState().setView('actors');
    vi.advanceTimersByTime(300);
    await vi.waitFor(() => expect(onStatus).toHaveBeenCalledWith(full));
  });

  it('takes its delay from the options', () => {
    start({ delayMs: 50 });
    useStore.getState().setView('actors');
    vi.advanceTimersByTime(50);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saves at once when the page is closed (pagehide)', () => {
    start();
    useStore.getState().setView('actors');
    window.dispatchEvent(new Event('pagehide'));
    expect(save).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saves at once when the page is hidden, not when it is shown', () => {
    start();
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    useStore.getState().setView('actors');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(save).not.toHaveBeenCalled();
    visibility.mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(save).toHaveBeenCalledTimes(1);
    visibility.mockRestore();
  });

  it('stops: drops the pending save and ignores later changes and page events', () => {
    start();
    useStore.getState().setView('actors');
    stop?.();
    useStore.getState().setTieMode('conflict');
    window.dispatchEvent(new Event('pagehide'));
    vi.advanceTimersByTime(1000);
    expect(save).not.toHaveBeenCalled();
  });

  it('by default writes to browser storage, where loadSession finds it', async () => {
    await clearSession();
    await saveSession({ source: { kind: 'text' }, datasetText: '{}', viewState: BASE });
    const saved = new Promise<StorageStatus>((resolve) => {
      stop = startSessionSync(useStore, { onStatus: resolve });
    });
    useStore.getState().setTieMode('agreement');
    vi.advanceTimersByTime(300);
    expect(await saved).toEqual({ ok: true });
    const { session } = await loadSession();
    expect(session?.viewState).toEqual({ ...BASE, tieMode: 'agreement' });
    expect(session?.datasetText).toBe('{}');
  });

  describe('the dataset and the positions', () => {
    const DATASET = {
      format: 'stancegraph',
      version: 1,
      actors: [{ id: 'a', name: 'Alice', kind: 'person' }],
      claims: [],
      statements: [],
    } as const;
    type Options = NonNullable<Parameters<typeof startSessionSync>[1]>;
    let saveText: Mock<NonNullable<Options['saveText']>>;
    let savePositions: Mock<NonNullable<Options['savePositions']>>;
    const startWithData = () => {
      useStore
        .getState()
        .loadDataset(structuredClone(DATASET) as never, { source: { kind: 'text' } });
      saveText = vi.fn<NonNullable<Options['saveText']>>(() => Promise.resolve({ ok: true }));
      savePositions = vi.fn<NonNullable<Options['savePositions']>>(() =>
        Promise.resolve({ ok: true }),
      );
      start({ saveText, savePositions });
    };

    it('saves the edited dataset a while after an edit, with its unsaved edits', async () => {
      startWithData();
      await useStore.getState().edit({ type: 'addActor', fields: { name: 'Bob', kind: 'person' } });
      expect(saveText).not.toHaveBeenCalled();
      vi.advanceTimersByTime(300);
      expect(saveText).toHaveBeenCalledTimes(1);
      const saved = saveText.mock.calls[0]![0];
      expect(saved.unsavedEdits).toBe(true);
      expect(JSON.parse(saved.datasetText).actors.map((a: { id: string }) => a.id)).toEqual([
        'a',
        'bob',
      ]);
      // Undo is a change of the dataset too.
      useStore.getState().undo();
      vi.advanceTimersByTime(300);
      expect(saveText).toHaveBeenCalledTimes(2);
    });

    it('saves where the nodes are as a layout, and nothing for a newly opened dataset', () => {
      startWithData();
      useStore.getState().setPositions('claims', new Map([['a', { x: 1.234, y: -5 }]]));
      vi.advanceTimersByTime(300);
      expect(savePositions).toHaveBeenCalledWith({ claims: { a: [1.23, -5] } });
      // Another dataset is saved whole where it is opened; its first positions start afresh.
      useStore.getState().loadDataset(structuredClone(DATASET) as never);
      vi.advanceTimersByTime(1000);
      expect(savePositions).toHaveBeenCalledTimes(1);
      expect(saveText).not.toHaveBeenCalled();
    });
  });
});

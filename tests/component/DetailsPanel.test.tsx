// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../src/components/DetailsPanel/DetailsPanel';
import { polarityOf } from '../../src/model/graphIndex';
import { parseDataset } from '../../src/model/parseDataset';
import type { Dataset, Statement } from '../../src/model/schema';
import type { Selection } from '../../src/model/selection';
import { useStore } from '../../src/store/store';

// The seed, read from its file: what the tests expect of it comes from the file, never from here.
const seedText = readFileSync(resolve(process.cwd(), 'data/north-korea-troops.json'), 'utf8');

function loadText(text: string): Dataset {
  const result = parseDataset(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  act(() => useStore.getState().loadDataset(result.dataset));
  return result.dataset;
}

const loadSeed = () => loadText(seedText);
const loadDataset = (dataset: Dataset) => loadText(JSON.stringify(dataset));

function selectInStore(selection: Selection) {
  act(() => useStore.getState().select(selection));
}

function panel() {
  return screen.getByRole('region', { name: 'Details' });
}

const typographic = (text: string) => `\u201C${text}\u201D`;

/** The group of an actor's statements on one claim, found by the claim's text. */
function claimGroup(claimText: string) {
  return within(panel()).getByRole('group', { name: claimText });
}

beforeEach(() => {
  useStore.setState(useStore.getInitialState(), true);
});
afterEach(cleanup);

describe('DetailsPanel with nothing selected', () => {
  it('gives a hint and an overview of the dataset from the file', () => {
    const dataset = loadSeed();
    render(<DetailsPanel />);
    expect(panel()).toHaveTextContent(
      'Click an actor, a claim or a statement in the graph, or search, to see who said what.',
    );
    expect(within(panel()).getByRole('heading', { name: dataset.title })).toBeInTheDocument();
    expect(panel()).toHaveTextContent(dataset.description!);
    for (const source of dataset.sources ?? []) {
      expect(panel()).toHaveTextContent(source.title!);
      expect(panel()).toHaveTextContent(source.publisher!);
    }
    // The focus controls belong to a selection.
    expect(screen.queryByRole('combobox', { name: 'Focus depth' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Clear selection' })).toBeNull();
  });

  it('says so when no dataset is loaded', () => {
    render(<DetailsPanel />);
    expect(panel()).toHaveTextContent('No dataset loaded.');
  });
});

describe('DetailsPanel for an actor (seed)', () => {
  const dataset = JSON.parse(seedText) as Dataset;
  const claimsOf = (actorId: string) =>
    new Set(dataset.statements.filter((s) => s.actor === actorId).map((s) => s.claim));
  // An actor of the seed that belongs to another and spoke on more than one claim.
  const actor = dataset.actors.find(
    (a) => (a.memberOf ?? []).length > 0 && claimsOf(a.id).size >= 2,
  )!;
  const nameOf = (id: string) => dataset.actors.find((a) => a.id === id)!.name;
  const textOf = (id: string) => dataset.claims.find((c) => c.id === id)!.text;

  it('shows who the actor is and every statement, grouped by claim, with the quotes', () => {
    expect(actor).toBeDefined();
    loadSeed();
    render(<DetailsPanel />);
    selectInStore({ type: 'actor', id: actor.id });

    expect(within(panel()).getByRole('heading', { level: 3, name: actor.name })).toBeVisible();
    if (actor.role) expect(panel()).toHaveTextContent(actor.role);
    for (const alias of actor.aliases ?? []) expect(panel()).toHaveTextContent(alias);
    for (const id of actor.memberOf ?? []) {
      expect(within(panel()).getByRole('button', { name: nameOf(id) })).toBeInTheDocument();
    }

    const statements = dataset.statements.filter((s) => s.actor === actor.id);
    for (const claimId of claimsOf(actor.id)) {
      const group = claimGroup(textOf(claimId));
      expect(within(group).getByRole('button', { name: textOf(claimId) })).toBeInTheDocument();
      const mine = statements.filter((s) => s.claim === claimId);
      expect(within(group).getAllByRole('article')).toHaveLength(mine.length);
      for (const statement of mine) {
        const quote = within(group).getByText(typographic(statement.quote!));
        expect(quote.tagName).toBe('BLOCKQUOTE');
        if (statement.place) expect(group).toHaveTextContent(statement.place);
      }
      // Only this claim's quotes sit in this group.
      for (const other of statements.filter((s) => s.claim !== claimId)) {
        if (!mine.some((s) => s.quote === other.quote)) {
          expect(within(group).queryByText(typographic(other.quote!))).toBeNull();
        }
      }
    }
  });

  it('selects a claim, an affiliation and a statement when their links are clicked', async () => {
    const user = userEvent.setup();
    loadSeed();
    render(<DetailsPanel />);
    selectInStore({ type: 'actor', id: actor.id });

    const [claimId] = claimsOf(actor.id);
    await user.click(
      within(claimGroup(textOf(claimId!))).getByRole('button', { name: textOf(claimId!) }),
    );
    expect(useStore.getState().selection).toEqual({ type: 'claim', id: claimId });
    // The panel now shows the claim, and keyboard focus went to its title.
    const title = within(panel()).getByRole('heading', { level: 3, name: textOf(claimId!) });
    expect(title).toHaveFocus();

    selectInStore({ type: 'actor', id: actor.id });
    const parent = actor.memberOf![0]!;
    await user.click(within(panel()).getByRole('button', { name: nameOf(parent) }));
    expect(useStore.getState().selection).toEqual({ type: 'actor', id: parent });
    // The parent lists this actor among its members (reverse memberOf).
    expect(within(panel()).getByRole('button', { name: actor.name })).toBeInTheDocument();
    expect(panel()).toHaveTextContent('Members');

    selectInStore({ type: 'actor', id: actor.id });
    const first = dataset.statements.find((s) => s.actor === actor.id)!;
    const card = within(panel()).getByText(typographic(first.quote!)).closest('article')!;
    await user.click(within(card).getByRole('button', { name: 'Open statement' }));
    expect(useStore.getState().selection).toEqual({ type: 'statement', id: first.id });
  });
});

describe('DetailsPanel for a claim (seed)', () => {
  it('puts supporters and opponents side by side and marks the claim contested', async () => {
    const dataset = loadSeed();
    const index = useStore.getState().index!;
    const polarities = (claimId: string) =>
      (index.statementsByClaim.get(claimId) ?? []).map((s) => polarityOf(index, s));
    const claim = dataset.claims.find(
      (c) => polarities(c.id).includes(1) && polarities(c.id).includes(-1),
    )!;
    expect(claim).toBeDefined();
    const statements = index.statementsByClaim.get(claim.id)!;
    const byPolarity = (p: number) => statements.filter((s) => polarityOf(index, s) === p);
    const name = (s: Statement) => index.actorById.get(s.actor)!.name;

    render(<DetailsPanel />);
    selectInStore({ type: 'claim', id: claim.id });

    expect(within(panel()).getByRole('heading', { level: 3, name: claim.text })).toBeVisible();
    expect(within(panel()).getByText('Contested')).toBeVisible();
    const supports = within(panel()).getByRole('group', { name: /^Supports/ });
    const opposes = within(panel()).getByRole('group', { name: /^Opposes/ });
    for (const s of byPolarity(1)) {
      expect(within(supports).getByRole('button', { name: name(s) })).toBeInTheDocument();
      expect(within(opposes).queryByRole('button', { name: name(s) })).toBeNull();
      expect(supports).toHaveTextContent(index.stanceById.get(s.stance)!.label);
      if (s.quote) expect(within(supports).getByText(typographic(s.quote))).toBeInTheDocument();
    }
    for (const s of byPolarity(-1)) {
      expect(within(opposes).getByRole('button', { name: name(s) })).toBeInTheDocument();
      expect(within(supports).queryByRole('button', { name: name(s) })).toBeNull();
      expect(opposes).toHaveTextContent(index.stanceById.get(s.stance)!.label);
    }
    // The actors it is about are links too (one may also be a supporter or an opponent).
    const about = panel().querySelector('dl');
    for (const id of claim.about ?? []) {
      expect(
        within(about!).getByRole('button', { name: index.actorById.get(id)!.name }),
      ).toBeInTheDocument();
    }

    // An actor's link selects that actor.
    const user = userEvent.setup();
    const opponent = byPolarity(-1)[0]!;
    await user.click(within(opposes).getAllByRole('button', { name: name(opponent) })[0]!);
    expect(useStore.getState().selection).toEqual({ type: 'actor', id: opponent.actor });
  });

  it('lists neutral stances apart and leaves uncontested claims unmarked', () => {
    loadDataset({
      format: 'stancegraph',
      version: 1,
      actors: [
        { id: 'a', name: 'Alice', kind: 'person' },
        { id: 'b', name: 'Bob', kind: 'person' },
      ],
      claims: [{ id: 'c1', text: 'The bridge is unsafe', topic: 'infrastructure' }],
      statements: [
        { id: 's1', actor: 'a', claim: 'c1', stance: 'asserts', quote: 'It will fall' },
        { id: 's2', actor: 'b', claim: 'c1', stance: 'evaluates', quote: 'We are checking' },
      ],
    });
    render(<DetailsPanel />);
    selectInStore({ type: 'claim', id: 'c1' });
    expect(within(panel()).queryByText('Contested')).toBeNull();
    expect(panel()).toHaveTextContent('infrastructure');
    const neutral = within(panel()).getByRole('group', { name: /^Neutral \/ evaluating/ });
    expect(within(neutral).getByRole('button', { name: 'Bob' })).toBeInTheDocument();
    expect(neutral).toHaveTextContent('Evaluates');
    expect(within(neutral).getByText(typographic('We are checking'))).toBeInTheDocument();
    const supports = within(panel()).getByRole('group', { name: /^Supports/ });
    expect(within(supports).getByRole('button', { name: 'Alice' })).toBeInTheDocument();
    expect(within(panel()).getByRole('group', { name: /^Opposes/ })).toHaveTextContent('None');
  });
});

describe('DetailsPanel for a statement (seed)', () => {
  it('shows actor → stance → claim, then the whole card, and its links select', async () => {
    const dataset = loadSeed();
    const statement = dataset.statements.find((s) => s.quote && s.place && s.note && s.source)!;
    const actor = dataset.actors.find((a) => a.id === statement.actor)!;
    const claim = dataset.claims.find((c) => c.id === statement.claim)!;
    const source = dataset.sources!.find((s) => s.id === statement.source)!;
    const stance = useStore.getState().index!.stanceById.get(statement.stance)!;

    render(<DetailsPanel />);
    selectInStore({ type: 'statement', id: statement.id });

    expect(within(panel()).getByRole('button', { name: actor.name })).toBeInTheDocument();
    expect(within(panel()).getByRole('button', { name: claim.text })).toBeInTheDocument();
    expect(panel()).toHaveTextContent(stance.label);
    expect(within(panel()).getByText(typographic(statement.quote!)).tagName).toBe('BLOCKQUOTE');
    expect(panel()).toHaveTextContent(statement.place!);
    expect(panel()).toHaveTextContent(statement.note!);
    expect(panel()).toHaveTextContent(source.title!);
    expect(panel()).toHaveTextContent(source.publisher!);
    if (statement.date) {
      expect(panel().querySelector(`time[datetime="${statement.date}"]`)).not.toBeNull();
    }

    const user = userEvent.setup();
    await user.click(within(panel()).getByRole('button', { name: claim.text }));
    expect(useStore.getState().selection).toEqual({ type: 'claim', id: claim.id });
  });

  it('formats dates for reading', () => {
    loadDataset({
      format: 'stancegraph',
      version: 1,
      actors: [{ id: 'a', name: 'Alice', kind: 'person' }],
      claims: [{ id: 'c1', text: 'The bridge is unsafe' }],
      statements: [
        { id: 's1', actor: 'a', claim: 'c1', stance: 'asserts', date: '2024-10-07' },
        { id: 's2', actor: 'a', claim: 'c1', stance: 'asserts', date: '2024-06' },
      ],
    });
    render(<DetailsPanel />);
    selectInStore({ type: 'actor', id: 'a' });
    expect(panel()).toHaveTextContent('7 October 2024');
    expect(panel()).toHaveTextContent('June 2024');
  });
});

describe('DetailsPanel for an actor tie', () => {
  const tieDataset: Dataset = {
    format: 'stancegraph',
    version: 1,
    actors: [
      { id: 'ana', name: 'Ana', kind: 'person' },
      { id: 'ben', name: 'Ben', kind: 'person' },
      { id: 'cy', name: 'Cy', kind: 'person' },
    ],
    claims: [
      { id: 'c1', text: 'Taxes should rise' },
      { id: 'c2', text: 'The port should be sold' },
      { id: 'c3', text: 'The mayor lied' },
    ],
    statements: [
      { id: 's1', actor: 'ana', claim: 'c1', stance: 'asserts', quote: 'Ana on taxes' },
      { id: 's2', actor: 'ben', claim: 'c1', stance: 'agrees', quote: 'Ben on taxes' },
      { id: 's3', actor: 'ana', claim: 'c2', stance: 'asserts', quote: 'Ana on the port' },
      { id: 's4', actor: 'ben', claim: 'c2', stance: 'denies', quote: 'Ben on the port' },
      { id: 's5', actor: 'ana', claim: 'c3', stance: 'asserts', quote: 'Ana on the mayor' },
      { id: 's6', actor: 'cy', claim: 'c3', stance: 'asserts', quote: 'Cy on the mayor' },
    ],
  };

  it('lists the claims they agree and conflict on, with both sides quoted', async () => {
    loadDataset(tieDataset);
    act(() => useStore.getState().setView('actors'));
    render(<DetailsPanel />);
    // Named in the other order than the tie is stored in.
    selectInStore({ type: 'tie', a: 'ben', b: 'ana' });

    expect(within(panel()).getByRole('button', { name: 'Ana' })).toBeInTheDocument();
    expect(within(panel()).getByRole('button', { name: 'Ben' })).toBeInTheDocument();
    const agree = within(panel()).getByRole('group', { name: 'Agree on (1)' });
    const conflict = within(panel()).getByRole('group', { name: 'Conflict on (1)' });
    expect(within(agree).getByRole('button', { name: 'Taxes should rise' })).toBeInTheDocument();
    expect(within(agree).getByText(typographic('Ana on taxes'))).toBeInTheDocument();
    expect(within(agree).getByText(typographic('Ben on taxes'))).toBeInTheDocument();
    expect(within(agree).queryByText('The port should be sold')).toBeNull();
    expect(
      within(conflict).getByRole('button', { name: 'The port should be sold' }),
    ).toBeInTheDocument();
    expect(within(conflict).getByText(typographic('Ben on the port'))).toBeInTheDocument();
    expect(within(conflict).getByText(typographic('Ana on the port'))).toBeInTheDocument();
    // A claim only one of them spoke on is not behind the tie.
    expect(within(panel()).queryByText('The mayor lied')).toBeNull();
    expect(within(panel()).queryByText(typographic('Cy on the mayor'))).toBeNull();

    const user = userEvent.setup();
    await user.click(within(conflict).getByRole('button', { name: 'The port should be sold' }));
    expect(useStore.getState().selection).toEqual({ type: 'claim', id: 'c2' });
  });

  it('follows the filters, and says when the tie is gone', () => {
    loadDataset(tieDataset);
    act(() => useStore.getState().setView('actors'));
    render(<DetailsPanel />);
    selectInStore({ type: 'tie', a: 'ana', b: 'ben' });

    act(() => useStore.getState().toggleStance('denies'));
    expect(within(panel()).getByRole('group', { name: 'Agree on (1)' })).toBeInTheDocument();
    expect(within(panel()).getByRole('group', { name: 'Conflict on (0)' })).toBeInTheDocument();
    expect(panel()).not.toHaveTextContent(typographic('Ben on the port'));

    act(() => useStore.getState().toggleStance('agrees'));
    expect(panel()).toHaveTextContent('no longer agree or conflict');
    expect(within(panel()).queryByRole('group', { name: /Agree on/ })).toBeNull();
  });
});

describe('DetailsPanel in the actor view at another level', () => {
  // Pia and Quin speak for the Org; Ray for no one. The Org itself says nothing.
  const orgDataset: Dataset = {
    format: 'stancegraph',
    version: 1,
    actors: [
      { id: 'org', name: 'Org', kind: 'organization' },
      { id: 'pia', name: 'Pia', kind: 'person', memberOf: ['org'] },
      { id: 'quin', name: 'Quin', kind: 'person', memberOf: ['org'] },
      { id: 'ray', name: 'Ray', kind: 'person' },
    ],
    claims: [
      { id: 'c1', text: 'Taxes should rise' },
      { id: 'c2', text: 'The port should be sold' },
    ],
    statements: [
      { id: 's1', actor: 'pia', claim: 'c1', stance: 'asserts', quote: 'Pia on taxes' },
      { id: 's2', actor: 'quin', claim: 'c2', stance: 'asserts', quote: 'Quin on the port' },
      { id: 's3', actor: 'quin', claim: 'c2', stance: 'asserts', quote: 'Quin again' },
      { id: 's4', actor: 'ray', claim: 'c1', stance: 'denies', quote: 'Ray on taxes' },
      { id: 's5', actor: 'ray', claim: 'c2', stance: 'denies', quote: 'Ray on the port' },
    ],
  };

  function showOrganisations() {
    loadDataset(orgDataset);
    act(() => {
      useStore.getState().setView('actors');
      useStore.getState().setActorLevel('organisations');
    });
  }

  it('lists an organisation’s members and every statement they made, naming who', async () => {
    showOrganisations();
    await act(() => useStore.getState().requestMetrics());
    render(<DetailsPanel />);
    selectInStore({ type: 'actor', id: 'org' });
    expect(within(panel()).getByRole('heading', { level: 3, name: 'Org' })).toBeVisible();
    expect(panel()).toHaveTextContent('Organization · speaks for 3 actors');
    for (const name of ['Pia', 'Quin']) {
      expect(within(panel()).getAllByRole('button', { name }).length).toBeGreaterThan(0);
    }
    for (const quote of ['Pia on taxes', 'Quin on the port', 'Quin again']) {
      expect(within(panel()).getByText(typographic(quote))).toBeInTheDocument();
    }
    expect(panel()).not.toHaveTextContent(typographic('Ray on taxes'));
    // Two nodes (Org and Ray) and one conflict tie between them: each is 1st of 2.
    const metrics = within(panel()).getByRole('region', { name: 'In the network' });
    expect(metrics).toHaveTextContent('Degree1, 1st of 2');
    expect(metrics).toHaveTextContent('Community');
  });

  it('weighs a tie between groups by the network’s settings and quotes the members', () => {
    showOrganisations();
    render(<DetailsPanel />);
    selectInStore({ type: 'tie', a: 'ray', b: 'org' });
    // Once overall Org conflicts with Ray on c1 and c2.
    expect(panel()).toHaveTextContent('Agreement 0 · Conflict 2');
    const conflict = within(panel()).getByRole('group', { name: 'Conflict on (2)' });
    expect(within(conflict).getByText(typographic('Quin again'))).toBeInTheDocument();
    expect(within(conflict).getByText(typographic('Ray on the port'))).toBeInTheDocument();
    // The members speak for the group: each entry names who said it.
    expect(within(conflict).getAllByRole('button', { name: 'Quin' }).length).toBe(2);

    // Every statement counts: Quin's two statements on c2 make that claim weigh 2.
    act(() => useStore.getState().setDuplicates('every'));
    expect(panel()).toHaveTextContent('Agreement 0 · Conflict 3');
    act(() => useStore.getState().setNormalisation('average'));
    // Org has 3 counted statements, Ray 2: 3 / ((3 + 2) / 2) = 1.2.
    expect(panel()).toHaveTextContent('Agreement 0 · Conflict 1.20');
  });
});

describe('DetailsPanel safety', () => {
  it('links only http(s) source urls, in a new tab without opener', () => {
    // Built by hand: the validator would refuse the javascript: url, and the panel must not rely
    // on that alone.
    const dataset: Dataset = {
      format: 'stancegraph',
      version: 1,
      sources: [
        { id: 'bad', title: 'Bad source', publisher: 'Evil', url: 'javascript:alert(1)' },
        {
          id: 'good',
          title: 'Good source',
          publisher: 'Gazette',
          url: 'https://example.org/a?b=1',
        },
        { id: 'sneaky', title: 'Sneaky source', url: ' javascript:alert(2)//https://x' },
      ],
      actors: [{ id: 'a', name: 'Alice', kind: 'person' }],
      claims: [{ id: 'c1', text: 'The bridge is unsafe' }],
      statements: [
        { id: 's1', actor: 'a', claim: 'c1', stance: 'asserts', quote: 'One', source: 'bad' },
        { id: 's2', actor: 'a', claim: 'c1', stance: 'asserts', quote: 'Two', source: 'good' },
        { id: 's3', actor: 'a', claim: 'c1', stance: 'asserts', quote: 'Three', source: 'sneaky' },
      ],
    };
    act(() => useStore.getState().loadDataset(dataset));
    render(<DetailsPanel />);

    const check = () => {
      const links = within(panel()).getAllByRole('link');
      expect(links.map((l) => l.textContent)).toEqual(expect.arrayContaining(['Good source']));
      for (const link of links) {
        expect(link.getAttribute('href')).toMatch(/^https:\/\//);
        expect(link).toHaveAttribute('target', '_blank');
        expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      }
      expect(within(panel()).queryByRole('link', { name: 'Bad source' })).toBeNull();
      expect(within(panel()).queryByRole('link', { name: 'Sneaky source' })).toBeNull();
      expect(panel()).toHaveTextContent('Bad source');
      expect(panel().innerHTML).not.toContain('href="javascript');
    };
    // Overview (the dataset's sources) and an actor's statement cards.
    check();
    selectInStore({ type: 'actor', id: 'a' });
    check();
    expect(within(panel()).getByRole('link', { name: 'Good source' })).toHaveAttribute(
      'href',
      'https://example.org/a?b=1',
    );
  });

  it('shows markup in file text literally', () => {
    const dataset: Dataset = {
      format: 'stancegraph',
      version: 1,
      title: '<img src=x onerror=alert(1)>',
      actors: [{ id: 'a', name: '<b>Bold</b> Alice', kind: 'person', role: '<i>role</i>' }],
      claims: [{ id: 'c1', text: '<script>alert("claim")</script>' }],
      statements: [
        {
          id: 's1',
          actor: 'a',
          claim: 'c1',
          stance: 'asserts',
          quote: '<script>alert(1)</script> said <b>this</b>',
          note: '<u>note</u>',
        },
      ],
    };
    loadDataset(dataset);
    const { container } = render(<DetailsPanel />);
    expect(
      within(panel()).getByRole('heading', { name: '<img src=x onerror=alert(1)>' }),
    ).toBeInTheDocument();
    selectInStore({ type: 'actor', id: 'a' });
    expect(
      within(panel()).getByRole('heading', { level: 3, name: '<b>Bold</b> Alice' }),
    ).toBeInTheDocument();
    expect(
      within(panel()).getByText(typographic('<script>alert(1)</script> said <b>this</b>')),
    ).toBeInTheDocument();
    expect(
      within(panel()).getByRole('button', { name: '<script>alert("claim")</script>' }),
    ).toBeInTheDocument();
    expect(panel()).toHaveTextContent('<u>note</u>');
    expect(panel()).toHaveTextContent('<i>role</i>');
    expect(container.querySelector('script, b, i, u, img')).toBeNull();
  });

  it('treats ids such as __proto__ as ordinary ids', () => {
    loadDataset({
      format: 'stancegraph',
      version: 1,
      actors: [
        { id: '__proto__', name: 'Proto', kind: 'person', memberOf: ['constructor'] },
        { id: 'constructor', name: 'Maker', kind: 'organization' },
      ],
      claims: [{ id: 'toString', text: 'Strings are fine' }],
      statements: [
        { id: 'hasOwnProperty', actor: '__proto__', claim: 'toString', stance: 'asserts' },
      ],
    });
    render(<DetailsPanel />);
    selectInStore({ type: 'actor', id: '__proto__' });
    expect(within(panel()).getByRole('heading', { level: 3, name: 'Proto' })).toBeInTheDocument();
    expect(within(panel()).getByRole('button', { name: 'Maker' })).toBeInTheDocument();
    expect(claimGroup('Strings are fine')).toHaveTextContent('Asserts');
    selectInStore({ type: 'actor', id: 'valueOf' });
    expect(panel()).toHaveTextContent('This actor is not in the loaded dataset.');
  });
});

describe('DetailsPanel controls', () => {
  it('sets the focus depth and clears the selection', async () => {
    const user = userEvent.setup();
    const dataset = loadSeed();
    render(<DetailsPanel />);
    selectInStore({ type: 'actor', id: dataset.actors[0]!.id });

    const depth = within(panel()).getByRole('combobox', { name: 'Focus depth' });
    expect(
      within(depth)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Off', '1', '2', '3']);
    await user.selectOptions(depth, '2');
    expect(useStore.getState().focusDepth).toBe(2);
    await user.selectOptions(depth, 'Off');
    expect(useStore.getState().focusDepth).toBe(0);

    await user.click(within(panel()).getByRole('button', { name: 'Clear selection' }));
    expect(useStore.getState().selection).toBeNull();
    expect(panel()).toHaveTextContent('Click an actor, a claim or a statement');
  });

  it('says when the selected item is hidden by the filters, and still shows it', () => {
    loadDataset({
      format: 'stancegraph',
      version: 1,
      actors: [{ id: 'a', name: 'Alice', kind: 'person' }],
      claims: [{ id: 'c1', text: 'The bridge is unsafe' }],
      statements: [{ id: 's1', actor: 'a', claim: 'c1', stance: 'asserts', quote: 'It sways' }],
    });
    render(<DetailsPanel />);
    act(() => useStore.getState().toggleKind('person'));
    selectInStore({ type: 'actor', id: 'a' });
    expect(within(panel()).getByRole('heading', { level: 3, name: 'Alice' })).toBeInTheDocument();
    expect(panel()).toHaveTextContent('Hidden in the graph by the current filters.');
    expect(within(panel()).getByText(typographic('It sways'))).toBeInTheDocument();
    expect(panel()).toHaveTextContent('Hidden by filters');
  });
});

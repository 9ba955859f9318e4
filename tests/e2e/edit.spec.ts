// The workbench: editing the dataset through the real UI, undo, and nothing lost.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  clickNode,
  deleteActor,
  details,
  exportAs,
  graph,
  nodePositions,
  openApp,
  shownCount,
} from './helpers';
import { actorNamed, seed, statusFor } from './seed';

const status = (page: Page) => page.getByRole('status');
const seedStatus = statusFor(seed.actors.length, seed.claims.length, seed.statements.length);
const statementsOf = (actorId: string) => seed.statements.filter((s) => s.actor === actorId);
const labelOf = (page: Page, id: string) =>
  page.evaluate((node) => window.stancegraphProbe!.labelOf(node), id);

/** Positions rounded to a hundredth, as the session and files keep them. */
async function roundedPositions(page: Page) {
  const positions = await nodePositions(page);
  return Object.fromEntries(
    Object.entries(positions).map(([id, p]) => [
      id,
      { x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 },
    ]),
  );
}

/** Chooses an actor or claim in a form's search list by typing part of its name. */
async function pick(page: Page, label: string, typed: string, option: string | RegExp) {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.fill(typed);
  await page.getByRole('option', { name: option }).click();
}

async function openActor(page: Page, name: string) {
  await clickNode(page, actorNamed(name).id);
  await expect(details(page).getByRole('heading', { name, level: 3 })).toBeVisible();
}

test('the keyboard focus stays with the edit: opening, a refused Save, Save, Escape in Delete', async ({
  page,
}) => {
  await openApp(page);
  await openActor(page, 'Mark Rutte');
  // Opened from the keyboard, the form takes the focus to its first field.
  await details(page).getByRole('button', { name: 'Edit', exact: true }).focus();
  await page.keyboard.press('Enter');
  const name = page.getByRole('textbox', { name: 'Name' });
  await expect(name).toBeFocused();
  // Escape with the focus out of the form (on the page) closes the form, not the selection.
  await name.evaluate((field) => field.blur());
  await page.keyboard.press('Escape');
  await expect(name).toHaveCount(0);
  await expect(details(page).getByRole('heading', { name: 'Mark Rutte', level: 3 })).toBeVisible();

  await details(page).getByRole('button', { name: 'Edit', exact: true }).click();
  await name.fill('');
  await page.getByRole('button', { name: 'Save' }).focus();
  await page.keyboard.press('Enter');
  // Refused: the field to change has the focus, not the page.
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toBeFocused();

  await name.fill('Mark Rutte (NATO)');
  await page.keyboard.press('Enter');
  const title = details(page).getByRole('heading', { name: 'Mark Rutte (NATO)', level: 3 });
  await expect(title).toBeFocused();

  const remove = details(page).getByRole('button', { name: 'Delete' });
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Delete actor' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(remove).toBeFocused();

  // Cancel in the form gives the focus back to the title of what is shown.
  await details(page).getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(title).toBeFocused();
});

test('renaming an actor changes its label, search and details, and moves nothing', async ({
  page,
}) => {
  await openApp(page);
  const rutte = actorNamed('Mark Rutte');
  await openActor(page, 'Mark Rutte');
  const before = await nodePositions(page);
  await details(page).getByRole('button', { name: 'Edit', exact: true }).click();
  const name = page.getByRole('textbox', { name: 'Name' });
  await expect(name).toHaveValue('Mark Rutte');
  await name.fill('Mark Rutte (NATO)');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(details(page).getByRole('heading', { name: 'Mark Rutte (NATO)' })).toBeVisible();
  expect(await labelOf(page, rutte.id)).toBe('Mark Rutte (NATO)');
  expect(await nodePositions(page)).toEqual(before);
  await expect(status(page)).toHaveText(seedStatus);

  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('(nato)');
  await expect(page.getByRole('option', { name: /Mark Rutte \(NATO\)/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute(
    'title',
    'Undo: Rename actor "Mark Rutte" to "Mark Rutte (NATO)"',
  );
});

test('adding a statement with the form draws its edge and counts it', async ({ page }) => {
  await openApp(page);
  const before = await shownCount(page);
  const positions = await nodePositions(page);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: 'Add statement' }).click();
  await pick(page, 'Actor', 'rutte', 'Mark Rutte');
  await page.getByRole('combobox', { name: 'Stance' }).selectOption({ label: 'Denies' });
  const claim = seed.claims[0]!;
  await pick(page, 'Claim', claim.text.slice(0, 12), claim.text);
  await page.getByRole('textbox', { name: 'Date' }).fill('2024-10-18');
  await page.getByRole('textbox', { name: 'Quote' }).fill('We see no sign of it.');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(status(page)).toHaveText(
    statusFor(seed.actors.length, seed.claims.length, seed.statements.length + 1),
  );
  await expect(details(page)).toContainText('We see no sign of it.');
  expect(await shownCount(page)).toEqual({ nodes: before.nodes, edges: before.edges + 1 });
  expect(await nodePositions(page)).toEqual(positions);
});

test('a statement can bring a new actor and a new claim, all undone in one step', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: 'Add statement' }).click();
  await pick(page, 'Actor', 'City Council', 'Create actor "City Council"');
  await page.getByRole('combobox', { name: 'Kind of the new actor' }).selectOption('organization');
  await pick(page, 'Claim', 'The bridge is safe', 'Create claim "The bridge is safe"');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(status(page)).toHaveText(
    statusFor(seed.actors.length + 1, seed.claims.length + 1, seed.statements.length + 1),
  );
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(status(page)).toHaveText(seedStatus);
});

test('deleting an actor takes its statements, says so first, and Undo brings all back', async ({
  page,
}) => {
  await openApp(page);
  const zelensky = actorNamed('Volodymyr Zelensky');
  const statements = statementsOf(zelensky.id);
  expect(statements.length).toBeGreaterThan(1);
  const positions = await nodePositions(page);
  await openActor(page, zelensky.name);
  await details(page).getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete actor' });
  await expect(dialog).toContainText(
    `Delete actor "${zelensky.name}" and its ${statements.length} statements?`,
  );
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(status(page)).toHaveText(
    statusFor(
      seed.actors.length - 1,
      seed.claims.length,
      seed.statements.length - statements.length,
    ),
  );
  await expect(details(page).getByRole('heading', { name: zelensky.name })).toHaveCount(0);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(status(page)).toHaveText(seedStatus);
  expect(await nodePositions(page)).toEqual(positions);
  // And Redo takes it away again, from the keyboard.
  await page.locator('body').press('Control+Shift+Z');
  await expect(status(page)).toHaveText(
    statusFor(
      seed.actors.length - 1,
      seed.claims.length,
      seed.statements.length - statements.length,
    ),
  );
  await page.locator('body').press('Control+Z');
  await expect(status(page)).toHaveText(seedStatus);
});

test('merging two actors moves the statements and keeps the name as an alias', async ({ page }) => {
  await openApp(page);
  const ukraineOfficials = actorNamed('Ukrainian officials');
  const zelensky = actorNamed('Volodymyr Zelensky');
  const moved = statementsOf(ukraineOfficials.id).length;
  await openActor(page, ukraineOfficials.name);
  await details(page).getByRole('button', { name: 'Merge into…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge actor into…' });
  await pick(page, 'Merge into actor', 'zelen', zelensky.name);
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(status(page)).toHaveText(
    statusFor(seed.actors.length - 1, seed.claims.length, seed.statements.length),
  );
  await expect(details(page).getByRole('heading', { name: zelensky.name })).toBeVisible();
  await expect(details(page)).toContainText(ukraineOfficials.name);
  await expect(details(page)).toContainText(
    `${statementsOf(zelensky.id).length + moved} statements`,
  );
});

test('an invalid edit is refused at its field, and nothing changes', async ({ page }) => {
  await openApp(page);
  const statement = seed.statements[0]!;
  await page.goto(`/#select=statement%3A${statement.id}`);
  await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
  await details(page).getByRole('button', { name: 'Edit', exact: true }).click();
  const date = page.getByRole('textbox', { name: 'Date' });
  await date.fill('31/02/2015');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(details(page)).toContainText(
    '"31/02/2015" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)',
  );
  await expect(page.getByRole('alert')).toContainText('Not saved');
  // What was typed is still there to fix; nothing was changed or recorded.
  await expect(date).toHaveValue('31/02/2015');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  // Changed, the field no longer says what was wrong with the value it had; a Save that finds
  // the new value wrong too says so again.
  await date.fill('2015-02-3');
  await expect(date).not.toHaveAttribute('aria-invalid');
  await expect(details(page)).not.toContainText('"31/02/2015" is not a date');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(details(page)).toContainText('"2015-02-3" is not a date');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(details(page)).toContainText(`Statement by`);
});

test('a reload brings back the edits and every node where it was', async ({ page }) => {
  await openApp(page);
  await openActor(page, 'Kurt Campbell');
  await details(page).getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByRole('textbox', { name: 'Role' }).fill('US Deputy Secretary of State (acting)');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(details(page)).toContainText('US Deputy Secretary of State (acting)');
  // Drag a node somewhere new, as a person does.
  const point = await page.evaluate(
    (id) => window.stancegraphProbe!.clientPointOf('node', id),
    actorNamed('Kim Jong Un').id,
  );
  await page.mouse.move(point!.x, point!.y);
  await page.mouse.down();
  await page.mouse.move(point!.x + 60, point!.y + 40, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute(
    'title',
    /^Undo: Move "Kim Jong Un"/,
  );
  const positions = await roundedPositions(page);
  // At once, with the saves still waiting for a pause: the page saves as it goes.
  await page.reload();
  await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
  expect(await roundedPositions(page)).toEqual(positions);
  await openActor(page, 'Kurt Campbell');
  await expect(details(page)).toContainText('US Deputy Secretary of State (acting)');
});

test('a saved dataset that cannot be opened any more is offered as a download, not lost', async ({
  page,
}) => {
  await openApp(page);
  await openActor(page, 'Kurt Campbell');
  await details(page).getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByRole('textbox', { name: 'Role' }).fill('Edited before the rules changed');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(details(page)).toContainText('Edited before the rules changed');
  // The saved text as a rule of the format newer than it would refuse: a stance colour that is
  // no colour (what an older build accepted).
  const broken = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('stancegraph');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = () => db.transaction('session', 'readwrite').objectStore('session');
    // Saved a moment after the edit: wait for it.
    let text: string | undefined;
    for (let i = 0; i < 50 && !text?.includes('Edited before the rules changed'); i++) {
      text = await new Promise<string>((resolve) => {
        const request = store().get('datasetText');
        request.onsuccess = () => resolve(request.result as string);
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const dataset = JSON.parse(text!) as Record<string, unknown>;
    dataset.stances = [{ id: 'asserts', label: 'Asserts', polarity: 1, color: '#12345' }];
    const changed = JSON.stringify(dataset);
    await new Promise((resolve) => {
      const transaction = db.transaction('session', 'readwrite');
      transaction.objectStore('session').put(changed, 'datasetText');
      transaction.oncomplete = resolve;
    });
    db.close();
    return changed;
  });
  await page.reload();
  await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The saved dataset could not be opened');
  await expect(alert).toContainText('stances[0].color');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Download saved-dataset.json' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('saved-dataset.json');
  const saved = readFileSync((await download.path())!, 'utf8');
  expect(saved).toBe(broken);
  expect(saved).toContain('Edited before the rules changed');
});

test('Export JSON, then open it: the same counts and the same picture', async ({ page }, info) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: 'Add actor' }).click();
  const name = page.getByRole('textbox', { name: 'Name' });
  // An actor of that name (in any case and accents) is there already: the field says so.
  await name.fill('mark rutte');
  await expect(name).toHaveAccessibleDescription(/“Mark Rutte” is in the dataset already/);
  await name.fill('City Council');
  await expect(name).not.toHaveAccessibleDescription(/in the dataset already/);
  await page.getByRole('button', { name: 'Save' }).click();
  const counts = statusFor(seed.actors.length + 1, seed.claims.length, seed.statements.length);
  await expect(status(page)).toHaveText(counts);
  const positions = await roundedPositions(page);

  const exported = await exportAs(page, 'Export JSON');
  const file = JSON.parse(exported.text) as { layout: { claims: Record<string, unknown> } };
  expect(Object.keys(file.layout.claims)).toContain('city-council');
  const path = info.outputPath('exported.json');
  writeFileSync(path, exported.bytes);

  // Exported: opening another file no longer asks.
  await page.getByRole('button', { name: 'Sample dataset' }).click();
  await expect(status(page)).toHaveText(seedStatus);
  await page.getByLabel('Open dataset').setInputFiles(path);
  await expect(status(page)).toHaveText(counts);
  await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
  expect(await roundedPositions(page)).toEqual(positions);
});

test('replacing an edited dataset asks first, and Cancel keeps it', async ({ page }) => {
  await openApp(page);
  await deleteActor(page, actorNamed('Kurt Campbell').id);
  const edited = statusFor(
    seed.actors.length - 1,
    seed.claims.length,
    seed.statements.length - statementsOf(actorNamed('Kurt Campbell').id).length,
  );
  await expect(status(page)).toHaveText(edited);

  await page.getByRole('button', { name: 'Sample dataset' }).click();
  const question = page.getByRole('alertdialog', { name: 'Replace your edited dataset?' });
  await expect(question).toContainText('Opening the sample dataset replaces it');
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(status(page)).toHaveText(edited);

  await page.getByRole('button', { name: 'Sample dataset' }).click();
  await question.getByRole('button', { name: 'Discard edits' }).click();
  await expect(status(page)).toHaveText(seedStatus);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('Ctrl+Z in a text field is the field’s own, and does not undo behind an open form', async ({
  page,
}) => {
  await openApp(page);
  await openActor(page, 'Kurt Campbell');
  await details(page).getByRole('button', { name: 'Delete' }).click();
  await page
    .getByRole('dialog', { name: 'Delete actor' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('abc');
  await search.press('Control+Z');
  // The deletion stands.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
  await expect(status(page)).not.toHaveText(seedStatus);

  // Nor does Ctrl+Z undo behind an open form, from a control that is not a text field: what was
  // typed there stays, and so does the deletion.
  await openActor(page, 'Mark Rutte');
  await details(page).getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByRole('textbox', { name: 'Role' }).fill('Secretary General');
  const kind = page.getByRole('combobox', { name: 'Kind' });
  await kind.focus();
  await kind.press('Control+Z');
  await expect(page.getByRole('textbox', { name: 'Role' })).toHaveValue('Secretary General');
  await expect(status(page)).not.toHaveText(seedStatus);
  // Nor do the Undo button's clicks: it waits until the form is closed.
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeDisabled();
  await expect(undo).toHaveAttribute('title', 'Undo: close the form first');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(undo).toBeEnabled();
});

test('the graph says it is busy from the moment a file is chosen until it is drawn', async ({
  page,
}, info) => {
  await openApp(page);
  const path = info.outputPath('minimal.json');
  writeFileSync(
    path,
    JSON.stringify({
      format: 'stancegraph',
      version: 1,
      actors: [{ id: 'a', name: 'Alice', kind: 'person' }],
      claims: [{ id: 'c', text: 'A claim' }],
      statements: [{ id: 's', actor: 'a', claim: 'c', stance: 'asserts' }],
    }),
  );
  // Every value aria-busy takes from now on, as a screen reader would be told.
  await graph(page).evaluate((element) => {
    const seen: string[] = [];
    (window as unknown as { busyValues: string[] }).busyValues = seen;
    new MutationObserver(() => seen.push(element.getAttribute('aria-busy') ?? '')).observe(
      element,
      { attributes: true, attributeFilter: ['aria-busy'] },
    );
  });
  await page.getByLabel('Open dataset').setInputFiles(path);
  await expect(status(page)).toHaveText(statusFor(1, 1, 1));
  await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
  const values = await page.evaluate(
    () => (window as unknown as { busyValues: string[] }).busyValues,
  );
  expect(values[0]).toBe('true');
  expect(values.at(-1)).toBe('false');
});

test('New dataset starts an empty one with a title, to be filled from the Add menu', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: 'New dataset' }).click();
  const dialog = page.getByRole('dialog', { name: 'New dataset' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Bridge debate');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(status(page)).toHaveText(statusFor(0, 0, 0));
  await expect(page.getByRole('banner')).toContainText('Bridge debate');
  await expect(graph(page)).toHaveAttribute('aria-busy', 'false');

  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: 'Add statement' }).click();
  await pick(page, 'Actor', 'Mayor', 'Create actor "Mayor"');
  await pick(page, 'Claim', 'The bridge is unsafe', 'Create claim "The bridge is unsafe"');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(status(page)).toHaveText(statusFor(1, 1, 1));
  expect(await shownCount(page)).toEqual({ nodes: 2, edges: 1 });
  // A new dataset with edits asks before the sample replaces it.
  await page.getByRole('button', { name: 'Sample dataset' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('“Bridge debate” has edits');
});

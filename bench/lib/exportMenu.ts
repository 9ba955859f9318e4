import type { Page } from '@playwright/test';

/** The Export menu's choices: each one left out keeps what the menu shows. */
export interface ExportMenuOptions {
  scope?: string;
  scale?: string;
  background?: string;
  legend?: boolean;
}

/**
 * Opens the Export menu if it is closed and sets its choices by role and name, as a person
 * would: shared by the end-to-end export tests and bench/exportCompare.ts.
 */
export async function setExportOptions(page: Page, options: ExportMenuOptions): Promise<void> {
  const panel = page.getByRole('group', { name: 'Export' });
  if (!(await panel.isVisible()))
    await page.getByRole('button', { name: 'Export', exact: true }).click();
  if (options.scope) await panel.getByRole('radio', { name: options.scope }).check();
  if (options.scale)
    await panel.getByRole('combobox', { name: 'Scale' }).selectOption(options.scale);
  if (options.background) await panel.getByRole('radio', { name: options.background }).check();
  if (options.legend !== undefined)
    await panel
      .getByRole('checkbox', { name: 'Include legend and title' })
      .setChecked(options.legend);
}

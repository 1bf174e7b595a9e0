import type { Locator } from 'playwright-core';

/**
 * Fills a date field (DateField.svelte) as a person does: types the day, picks the month by
 * its name, types the year. `iso` is 'YYYY-MM-DD'.
 */
export async function fillDate(field: Locator, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-').map(Number);
  await field.getByLabel('Dag').fill(String(day));
  await field.getByLabel('Maand').selectOption(String(month));
  await field.getByLabel('Jaar').fill(String(year));
}

/** The date a field shows, as 'YYYY-MM-DD' ('' while a box is empty). */
export async function dateIn(field: Locator): Promise<string> {
  const day = await field.getByLabel('Dag').inputValue();
  const month = await field.getByLabel('Maand').inputValue();
  const year = await field.getByLabel('Jaar').inputValue();
  if (!day || !month || !year) return '';
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

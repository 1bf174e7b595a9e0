import { describe, expect, it } from 'vitest';
import { nlCore } from '../../../shared/i18n/nl.js';
import { LOCALES } from '../../../shared/i18n/locales.js';
import { CORE_LOADERS, SECTION_LOADERS, compose } from '../../../client/lib/i18n-sections.js';

describe('words loaded per view', () => {
  it('loads each section of each language as the full catalogue has it', async () => {
    for (const [locale, loaders] of Object.entries(SECTION_LOADERS)) {
      const messages = LOCALES[locale as keyof typeof LOCALES];
      for (const [name, load] of Object.entries(loaders)) {
        expect(await load(), `${locale}.${name}`).toBe(messages[name as keyof typeof loaders]);
      }
    }
  });

  it('loads English top-level words with the same keys as the Dutch ones', async () => {
    const enCore = await CORE_LOADERS.en();
    expect(Object.keys(enCore).sort()).toEqual(Object.keys(nlCore).sort());
    expect(enCore.joinTitle).toBe(LOCALES.en.joinTitle);
  });

  it('reads loaded sections and names a section the view did not load', () => {
    const m = compose(nlCore, { room: LOCALES.nl.room });
    expect(m.room.waitForTheme).toBe(LOCALES.nl.room.waitForTheme);
    expect(m.joinTitle).toBe('Doe mee met de bijeenkomst');
    expect(() => m.console).toThrow(/section "console" is not loaded/);
  });
});

import { getContext, setContext, untrack } from 'svelte';
import { DEFAULT_LOCALE, isLocale } from '../../shared/i18n/index.js';
import type { CoreMessages, Locale, Messages, SectionName } from '../../shared/i18n/index.js';
import { nlCore } from '../../shared/i18n/nl.js';
import { CORE_LOADERS, SECTION_LOADERS, compose } from './i18n-sections.js';
import type { LoadedSections } from './i18n-sections.js';
import { safeStorage } from './storage.js';

const KEY = Symbol('i18n');
const STORAGE_KEY = 'buurtkracht.locale';

/**
 * The chosen language, remembered on this device. Dutch unless someone picks English.
 *
 * Only the top-level Dutch words come with the page; a view asks for its sections (`need`) and
 * shows once they are here, and other languages are fetched when someone picks them: almost
 * every phone in the hall reads Dutch, and needs a quarter of the catalogue.
 */
export class Localisation {
  /** The language on screen; it changes once that language's words for this page are here. */
  locale = $state<Locale>(DEFAULT_LOCALE);
  // Raw: the catalogues are replaced whole, never edited, so they need no deep proxy.
  private cores = $state.raw<Partial<Record<Locale, CoreMessages>>>({ nl: nlCore });
  private sections = $state.raw<Record<Locale, LoadedSections>>({ nl: {}, en: {} });
  readonly m: Messages = $derived(
    compose(this.cores[this.locale] ?? nlCore, this.sections[this.locale]),
  );
  private wanted: Locale = DEFAULT_LOCALE;
  /** Every section a view on this page asked for: a change of language brings them all. */
  private readonly needed: SectionName[] = [];

  constructor() {
    const saved = safeStorage()?.getItem(STORAGE_KEY);
    this.apply();
    if (isLocale(saved)) void this.show(saved);
  }

  set(locale: Locale): void {
    safeStorage()?.setItem(STORAGE_KEY, locale);
    void this.show(locale);
  }

  /**
   * Loads sections for the language on screen (and for one on its way), resolving once the
   * screen can read them. A view awaits this together with its own code.
   */
  need(names: readonly SectionName[]): Promise<void> {
    for (const name of names) if (!this.needed.includes(name)) this.needed.push(name);
    // Untracked: a template that awaits this must not start over when the language changes.
    return untrack(() => {
      const onItsWay = this.wanted === this.locale ? null : this.wanted;
      if (onItsWay) void this.load(onItsWay, names).catch(() => undefined);
      return this.load(this.locale, names);
    });
  }

  private async load(locale: Locale, names: Iterable<SectionName>): Promise<void> {
    const missing = [...names].filter((name) => !(name in this.sections[locale]));
    if (missing.length === 0) return;
    const loaded = await Promise.all(missing.map((name) => SECTION_LOADERS[locale][name]()));
    const added = Object.fromEntries(missing.map((name, index) => [name, loaded[index]]));
    this.sections = { ...this.sections, [locale]: { ...this.sections[locale], ...added } };
  }

  private async loadCore(locale: Locale): Promise<void> {
    if (this.cores[locale] || locale === 'nl') return;
    const core = await CORE_LOADERS[locale]();
    this.cores = { ...this.cores, [locale]: core };
  }

  private async show(locale: Locale): Promise<void> {
    this.wanted = locale;
    try {
      await Promise.all([this.loadCore(locale), this.load(locale, this.needed)]);
      // A view that asked for more while these were on their way gets its words too.
      await this.load(locale, this.needed);
    } catch {
      // Offline before the words arrived: stay in the language on screen; the next tap on the
      // language switch tries again.
      return;
    }
    // A later choice made while this catalogue was on its way wins.
    if (this.wanted !== locale) return;
    this.locale = locale;
    this.apply();
  }

  private apply(): void {
    document.documentElement.lang = this.locale;
  }
}

export function provideI18n(): Localisation {
  return setContext(KEY, new Localisation());
}

export function useI18n(): Localisation {
  return getContext<Localisation>(KEY);
}

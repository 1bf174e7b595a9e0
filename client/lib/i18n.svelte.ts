import { getContext, setContext } from 'svelte';
import { DEFAULT_LOCALE, isLocale } from '../../shared/i18n/index.js';
import type { Locale, Messages } from '../../shared/i18n/index.js';
import { nl } from '../../shared/i18n/nl.js';
import { safeStorage } from './storage.js';

const KEY = Symbol('i18n');
const STORAGE_KEY = 'buurtkracht.locale';

/**
 * Catalogues other than Dutch are fetched when someone picks them: almost every phone in the
 * hall reads Dutch, and the English catalogue would add about a tenth to its first download.
 */
const LOADERS: Record<Exclude<Locale, 'nl'>, () => Promise<Messages>> = {
  en: () => import('../../shared/i18n/en.js').then((module) => module.en),
};

/** The chosen language, remembered on this device. Dutch unless someone picks English. */
export class Localisation {
  /** The language on screen; it changes once that language's catalogue is here. */
  locale = $state<Locale>(DEFAULT_LOCALE);
  // Raw: the catalogues are replaced whole, never edited, so they need no deep proxy.
  private catalogues = $state.raw<Partial<Record<Locale, Messages>>>({ nl });
  readonly m: Messages = $derived(this.catalogues[this.locale] ?? nl);
  private wanted: Locale = DEFAULT_LOCALE;

  constructor() {
    const saved = safeStorage()?.getItem(STORAGE_KEY);
    this.apply();
    if (isLocale(saved)) void this.show(saved);
  }

  set(locale: Locale): void {
    safeStorage()?.setItem(STORAGE_KEY, locale);
    void this.show(locale);
  }

  private async show(locale: Locale): Promise<void> {
    this.wanted = locale;
    if (!this.catalogues[locale] && locale !== 'nl') {
      try {
        const messages = await LOADERS[locale]();
        this.catalogues = { ...this.catalogues, [locale]: messages };
      } catch {
        // Offline before the catalogue arrived: stay in the language on screen; the next tap
        // on the language switch tries again.
        return;
      }
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

import { getContext, setContext } from 'svelte';
import { DEFAULT_LOCALE, LOCALES, isLocale } from '../../shared/i18n/index.js';
import type { Locale, Messages } from '../../shared/i18n/index.js';
import { safeStorage } from './storage.js';

const KEY = Symbol('i18n');
const STORAGE_KEY = 'buurtkracht.locale';

/** The chosen language, remembered on this device. Dutch unless someone picks English. */
export class Localisation {
  locale = $state<Locale>(DEFAULT_LOCALE);
  readonly m: Messages = $derived(LOCALES[this.locale]);

  constructor() {
    const saved = safeStorage()?.getItem(STORAGE_KEY);
    if (isLocale(saved)) this.locale = saved;
    this.apply();
  }

  set(locale: Locale): void {
    this.locale = locale;
    safeStorage()?.setItem(STORAGE_KEY, locale);
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

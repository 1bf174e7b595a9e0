import type { consoleNl } from './console.nl.js';

export const consoleEn: typeof consoleNl = {
  themesTitle: 'Themes',
};

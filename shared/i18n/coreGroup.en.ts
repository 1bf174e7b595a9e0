import type { coreGroupNl } from './coreGroup.nl.js';

export const coreGroupEn: typeof coreGroupNl = {};

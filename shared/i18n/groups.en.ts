import type { groupsNl } from './groups.nl.js';

export const groupsEn: typeof groupsNl = {};

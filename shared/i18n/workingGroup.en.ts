import type { workingGroupNl } from './workingGroup.nl.js';

export const workingGroupEn: typeof workingGroupNl = {};

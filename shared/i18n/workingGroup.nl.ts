/**
 * Dutch texts for a werkgroep's own space: its members, the plan van aanpak editor, werkgroep meetings.
 * Plain language (B1), "u". The English catalogue has the same keys (checked by workingGroup.en.ts).
 */
export const workingGroupNl = {};

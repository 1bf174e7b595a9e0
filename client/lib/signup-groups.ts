import type { Signup, StaffTheme } from '../../shared/model.js';

/** One werkgroep's sign-ups as the Regie and the kopgroep list them. */
export interface WerkgroepSignups {
  themeId: string;
  /** null when the theme was deleted after people signed up for it. */
  title: string | null;
  signups: Signup[];
}

/**
 * Sign-ups per werkgroep, in the order of the themes (werkgroepen of deleted themes last),
 * oldest sign-up first within each.
 */
export function groupByWerkgroep(
  signups: Signup[],
  themes: Pick<StaffTheme, 'id' | 'title'>[],
): WerkgroepSignups[] {
  const position = new Map(themes.map((theme, index) => [theme.id, index]));
  const groups = new Map<string, WerkgroepSignups>();
  for (const signup of [...signups].sort((a, b) => a.createdAt - b.createdAt)) {
    const group = groups.get(signup.themeId) ?? {
      themeId: signup.themeId,
      title: themes.find((theme) => theme.id === signup.themeId)?.title ?? null,
      signups: [],
    };
    group.signups.push(signup);
    groups.set(signup.themeId, group);
  }
  const at = (id: string) => position.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...groups.values()].sort((a, b) => at(a.themeId) - at(b.themeId));
}

import type { PublicTheme, StaffTheme, Theme } from '../../shared/model.js';
import type { ThemeInput } from '../../shared/protocol.js';
import { LIMITS } from '../../shared/limits.js';
import type { Store } from '../store/store.js';
import { DomainError } from '../domain/errors.js';
import {
  flagKey,
  isPublic,
  mergeQuotes,
  openFlags,
  reorder,
  toPublicTheme,
} from '../domain/themes.js';
import type { FlagFinder } from '../domain/themes.js';
import { importProblem, parseCsvThemes, parseMarkdownThemes } from '../domain/theme-import.js';
import type { Broadcaster } from './broadcast.js';
import { newId } from './tokens.js';

export interface ThemeService {
  /** Staff get every theme with its open flags. */
  listForStaff(meetingId: string): Promise<StaffTheme[]>;
  /** Everyone else: published, visible themes only, without flags. */
  listPublic(meetingId: string): Promise<PublicTheme[]>;
  create(meetingId: string, input: ThemeInput): Promise<StaffTheme>;
  update(
    meetingId: string,
    themeId: string,
    input: ThemeInput,
    force: boolean,
  ): Promise<StaffTheme>;
  setPublished(
    meetingId: string,
    themeId: string,
    published: boolean,
    force: boolean,
  ): Promise<StaffTheme>;
  setHidden(meetingId: string, themeId: string, hidden: boolean): Promise<StaffTheme>;
  remove(meetingId: string, themeId: string): Promise<void>;
  reorder(meetingId: string, themeIds: string[]): Promise<StaffTheme[]>;
  import(meetingId: string, format: 'markdown' | 'csv', text: string): Promise<StaffTheme[]>;
  dismissFlag(
    meetingId: string,
    themeId: string,
    flag: { class: string; text: string },
  ): Promise<StaffTheme>;
  /** Loads a theme of this meeting or fails with NOT_FOUND; used by recognition and additions. */
  get(meetingId: string, themeId: string): Promise<Theme>;
  save(theme: Theme): Promise<StaffTheme>;
  /** Tells every screen the current themes, each audience what it may see. */
  announce(meetingId: string): Promise<void>;
}

const EMPTY_HANDS = { yes: 0, partly: 0, no: 0 };

/**
 * Preparing and publishing themes. The anonymiser's findings block publication (and edits to a
 * published theme) until the facilitator resolves them or explicitly publishes anyway.
 */
export function createThemeService(deps: {
  store: Store;
  broadcast: Broadcaster;
  findFlags: FlagFinder;
}): ThemeService {
  const { store, broadcast, findFlags } = deps;

  const withFlags = (theme: Theme): StaffTheme => ({
    ...theme,
    flags: openFlags(theme, findFlags),
  });

  async function get(meetingId: string, themeId: string): Promise<Theme> {
    const theme = await store.getTheme(themeId);
    if (!theme || theme.meetingId !== meetingId)
      throw new DomainError('NOT_FOUND', 'No such theme');
    return theme;
  }

  async function announce(meetingId: string): Promise<void> {
    const themes = await store.listThemes(meetingId);
    broadcast.themesChanged(
      meetingId,
      themes.filter(isPublic).map(toPublicTheme),
      themes.map(withFlags),
    );
  }

  async function save(theme: Theme): Promise<StaffTheme> {
    await store.updateTheme(theme);
    await announce(theme.meetingId);
    return withFlags(theme);
  }

  function refuseNewFlags(before: Theme, after: Theme): void {
    const known = new Set(openFlags(before, findFlags).map(flagKey));
    if (openFlags(after, findFlags).some((flag) => !known.has(flagKey(flag)))) {
      throw new DomainError('UNRESOLVED_FLAGS', 'The edit adds text the anonymiser flags');
    }
  }

  function refuseOpenFlags(theme: Theme, force: boolean): void {
    if (!force && openFlags(theme, findFlags).length > 0) {
      throw new DomainError('UNRESOLVED_FLAGS', 'The anonymiser flagged text that is not resolved');
    }
  }

  async function insert(
    meetingId: string,
    input: ThemeInput,
    origin: Theme['origin'],
  ): Promise<Theme> {
    const existing = await store.listThemes(meetingId);
    if (existing.length >= LIMITS.themesPerMeeting)
      throw new DomainError('LIMIT_REACHED', 'Too many themes');
    const theme: Theme = {
      id: newId(),
      meetingId,
      title: input.title,
      description: input.description,
      quotes: mergeQuotes(input.quotes, [], newId),
      position: existing.length,
      hidden: false,
      published: false,
      dismissedFlags: [],
      origin,
      recognitionOpen: false,
      recognitionRevealed: false,
      hands: { ...EMPTY_HANDS },
    };
    await store.insertTheme(theme);
    return theme;
  }

  return {
    get,
    save,
    announce,

    async listForStaff(meetingId) {
      return (await store.listThemes(meetingId)).map(withFlags);
    },

    async listPublic(meetingId) {
      return (await store.listThemes(meetingId)).filter(isPublic).map(toPublicTheme);
    },

    async create(meetingId, input) {
      const theme = await insert(meetingId, input, 'prepared');
      await announce(meetingId);
      return withFlags(theme);
    },

    async update(meetingId, themeId, input, force) {
      const theme = await get(meetingId, themeId);
      const next: Theme = {
        ...theme,
        title: input.title,
        description: input.description,
        quotes: mergeQuotes(input.quotes, theme.quotes, newId),
      };
      // A published theme is on screens now: an edit must not put a new name on the projector.
      // Edits that only resolve findings (accepting one of two suggestions) go through.
      if (theme.published && !force) refuseNewFlags(theme, next);
      return save(next);
    },

    async setPublished(meetingId, themeId, published, force) {
      const theme = await get(meetingId, themeId);
      if (published) refuseOpenFlags(theme, force);
      return save({ ...theme, published });
    },

    async setHidden(meetingId, themeId, hidden) {
      return save({ ...(await get(meetingId, themeId)), hidden });
    },

    async remove(meetingId, themeId) {
      await get(meetingId, themeId);
      await store.deleteTheme(themeId);
      const meeting = await store.getMeeting(meetingId);
      if (meeting?.focusThemeId === themeId) {
        await store.setFocus(meetingId, null);
        broadcast.focusChanged(meetingId, null);
      }
      await announce(meetingId);
    },

    async reorder(meetingId, themeIds) {
      const ordered = reorder(await store.listThemes(meetingId), themeIds);
      for (const theme of ordered) await store.updateTheme(theme);
      await announce(meetingId);
      return ordered.map(withFlags);
    },

    async import(meetingId, format, text) {
      const parsed =
        format === 'csv' ? safely(() => parseCsvThemes(text)) : parseMarkdownThemes(text);
      const problem = parsed ? importProblem(parsed) : 'Unreadable file';
      if (!parsed || problem)
        throw new DomainError('IMPORT_UNREADABLE', problem ?? 'Unreadable file');
      const existing = await store.listThemes(meetingId);
      if (existing.length + parsed.length > LIMITS.themesPerMeeting) {
        throw new DomainError('LIMIT_REACHED', 'Too many themes');
      }
      const created: Theme[] = [];
      for (const item of parsed) {
        const input = { ...item, quotes: item.quotes.map((text) => ({ text })) };
        created.push(await insert(meetingId, input, 'prepared'));
      }
      await announce(meetingId);
      return created.map(withFlags);
    },

    async dismissFlag(meetingId, themeId, flag) {
      const theme = await get(meetingId, themeId);
      const key = flagKey(flag);
      if (theme.dismissedFlags.includes(key)) return withFlags(theme);
      return save({ ...theme, dismissedFlags: [...theme.dismissedFlags, key] });
    },
  };
}

function safely<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

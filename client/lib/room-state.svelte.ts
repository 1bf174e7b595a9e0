import type { PublicTheme, Tally } from '../../shared/model.js';
import type { MeetingSession } from './meeting-session.svelte.js';
import { SyncedState } from './synced-state.svelte.js';

/**
 * What the room may see of the themes: the published, visible themes, the focused one, and the
 * tallies the facilitator revealed. Re-read after every reconnect; kept current by broadcasts.
 * The server never sends a tally before its reveal; this class also hides one after "hide".
 */
export class RoomState extends SyncedState {
  themes = $state<PublicTheme[]>([]);
  /** Every tally received, by theme id; read them through {@link revealedTally}. */
  tallies = $state<Record<string, Tally>>({});
  /**
   * Themes this screen saw open for answers, so "closed" can be told from "not open yet"
   * (a PublicTheme only says whether it is open now).
   */
  opened = $state<Record<string, true>>({});

  /** The theme on the projector now, if it is one the room may see. */
  readonly focused: PublicTheme | null = $derived(
    this.themes.find((theme) => theme.id === this.session.meeting?.focusThemeId) ?? null,
  );

  constructor(private readonly session: MeetingSession) {
    super();
    this.follow(
      session,
      session.on('themes:changed', ({ themes }) => this.setThemes(themes)),
      session.on('tally:changed', ({ tally }) => {
        this.tallies = { ...this.tallies, [tally.themeId]: tally };
      }),
    );
  }

  /** The tally of a theme, only while its result is revealed. */
  revealedTally(themeId: string): Tally | null {
    const theme = this.themes.find((candidate) => candidate.id === themeId);
    return theme?.recognitionRevealed ? (this.tallies[themeId] ?? null) : null;
  }

  /** 1-based position of a theme among the published ones, for "Thema 2 van 6". */
  positionOf(themeId: string): number {
    return this.themes.findIndex((theme) => theme.id === themeId) + 1;
  }

  protected async read(): Promise<void> {
    const [themes, tallies] = await Promise.all([
      this.session.request('themes:list', {}),
      this.session.request('tally:list', {}),
    ]);
    // A non-staff connection only ever gets public themes.
    this.setThemes(themes as PublicTheme[]);
    this.tallies = Object.fromEntries(tallies.map((tally) => [tally.themeId, tally]));
  }

  /** Whether answering this theme has closed after it was open (as far as this screen saw). */
  wasClosed(theme: PublicTheme): boolean {
    return !theme.recognitionOpen && (this.opened[theme.id] === true || theme.recognitionRevealed);
  }

  private setThemes(themes: PublicTheme[]): void {
    const nowOpen = themes.filter((theme) => theme.recognitionOpen && !this.opened[theme.id]);
    if (nowOpen.length > 0) {
      this.opened = {
        ...this.opened,
        ...Object.fromEntries(nowOpen.map((theme) => [theme.id, true as const])),
      };
    }
    this.themes = themes;
    // Also from a broadcast: screens need not wait for the read to stop saying "loading".
    this.loaded = true;
  }
}

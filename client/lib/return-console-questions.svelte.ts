import type { Question } from '../../shared/model.js';
import type { questionModerateSchema } from '../../shared/schemas.js';
import type { z } from 'zod';
import type { ReturnConsole } from './return-console.svelte.js';
import { SyncedState } from './synced-state.svelte.js';

export type QuestionAction = z.input<typeof questionModerateSchema>['action'];

/**
 * The questions from the room, as the leader moderates them: read after every reconnect, kept
 * current by `question:changed` (to staff) and `question:shown` (the one on the projector).
 */
export class ConsoleQuestions extends SyncedState {
  list = $state.raw<Question[]>([]);

  constructor(private readonly console: ReturnConsole) {
    super();
    const session = console.session;
    this.follow(
      session,
      session.on('question:changed', ({ question }) => this.upsert(question)),
      session.on('question:shown', ({ question }) => {
        if (question) this.upsert(question);
      }),
    );
  }

  /** Questions for one werkgroep (or all of them when none presents), newest first. */
  forGroup(workingGroupId: string | null): Question[] {
    return this.list
      .filter((q) => workingGroupId === null || q.workingGroupId === workingGroupId)
      .sort((a, b) => b.createdAt - a.createdAt);
  }

  protected async read(): Promise<boolean> {
    const session = this.console.session;
    const outcome = await this.console.feedback.run(() => session.request('question:list', {}));
    if (outcome.ok) this.list = outcome.data;
    return outcome.ok;
  }

  moderate(id: string, action: QuestionAction) {
    return this.console.run(async () => {
      const question = await this.console.session.request('question:moderate', { id, action });
      this.upsert(question);
      return question;
    });
  }

  private upsert(question: Question): void {
    const others = this.list.filter((q) => q.id !== question.id);
    // Only one question is on the projector at a time; the server hides the one before.
    const shownBefore = question.status === 'shown';
    this.list = [
      ...others.map((q) =>
        shownBefore && q.status === 'shown' ? { ...q, status: 'pending' as const } : q,
      ),
      question,
    ];
  }
}

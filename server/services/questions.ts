import type { Question, QuestionStatus } from '../../shared/model.js';
import type { z } from 'zod';
import type { questionModerateSchema } from '../../shared/protocol.js';
import { LIMITS } from '../../shared/limits.js';
import type { Store } from '../store/store.js';
import { DomainError } from '../domain/errors.js';
import type { Limits } from '../domain/limits.js';
import { checkPhase, presentingNow } from '../domain/phase-rules.js';
import { mustGetMeeting } from './meeting-lookup.js';
import type { Broadcaster } from './broadcast.js';
import { localSerialise } from './keyed-queue.js';
import type { Serialise } from './keyed-queue.js';
import { participantFor } from './voters.js';
import type { Answerer } from './voters.js';

export type QuestionModeration = z.output<typeof questionModerateSchema>;

export interface QuestionService {
  /** Takes a question from a phone; sending the same id again changes nothing. */
  send(
    who: Answerer,
    input: { id: string; text: string },
  ): Promise<{ id: string; status: 'received' }>;
  /** The leader's queue, oldest first. */
  list(meetingId: string): Promise<Question[]>;
  moderate(meetingId: string, command: QuestionModeration): Promise<Question>;
  /** The question on the screen now, for a screen that (re)connects; null when none. */
  shown(meetingId: string): Promise<Question | null>;
}

/** What each moderation does to a question's status; `show` also takes any other one down. */
const NEXT_STATUS: Record<QuestionModeration['action'], QuestionStatus> = {
  show: 'shown',
  hide: 'pending',
  answered: 'answered',
  reject: 'rejected',
  reopen: 'pending',
};

/**
 * Questions from the room at a terugkombijeenkomst: anonymous, addressed to the werkgroep that
 * presents now, and seen by the room only once the leader puts one on the screen. The room never
 * hears the queue itself, so a question that was not shown stays between its asker and the leader.
 */
export function createQuestionService(deps: {
  store: Store;
  broadcast: Broadcaster;
  clock: () => number;
  /** Runs commands on one thing one at a time; across nodes when there are several. */
  serialise?: Serialise;
  limits: Limits;
}): QuestionService {
  const { store, broadcast, clock } = deps;
  const perParticipant = deps.limits.window('questions', LIMITS.questionsPerMinute, 60_000);
  const oneAtATime = (deps.serialise ?? localSerialise)('questions');

  /** The werkgroep whose presentation runs now; null between presentations. */
  async function presenting(meetingId: string): Promise<string | null> {
    return presentingNow(await store.getAgenda(meetingId));
  }

  async function receive(
    who: Answerer,
    input: { id: string; text: string },
  ): Promise<{ id: string; status: 'received' }> {
    const { participantId } = await participantFor(store, who, undefined);
    const known = await store.getQuestion(input.id);
    if (known) {
      if (known.participantId !== participantId) {
        throw new DomainError('INVALID_PAYLOAD', 'Id in use');
      }
      return { id: known.id, status: 'received' };
    }
    checkPhase('question:send', who.role, await mustGetMeeting(store, who.meetingId));
    // Questions go to the werkgroep that presents; between presentations the phone shows no form.
    const workingGroupId = await presenting(who.meetingId);
    if (workingGroupId === null) {
      throw new DomainError('WRONG_PHASE', 'Questions are asked while a werkgroep presents');
    }
    if (!(await perParticipant.take(participantId))) {
      throw new DomainError('RATE_LIMITED', 'Too many questions');
    }
    const question: Question = {
      id: input.id,
      meetingId: who.meetingId,
      workingGroupId,
      text: input.text,
      status: 'pending',
      createdAt: clock(),
    };
    const { inserted } = await store.insertQuestion({ ...question, participantId });
    if (inserted) broadcast.questionChanged(who.meetingId, question);
    return { id: question.id, status: 'received' };
  }

  async function get(meetingId: string, id: string): Promise<Question> {
    const stored = await store.getQuestion(id);
    if (!stored || stored.meetingId !== meetingId) {
      throw new DomainError('NOT_FOUND', 'No such question');
    }
    const { participantId: _hidden, ...question } = stored;
    return question;
  }

  async function save(question: Question): Promise<Question> {
    await store.updateQuestion(question);
    broadcast.questionChanged(question.meetingId, question);
    return question;
  }

  async function moderate(meetingId: string, command: QuestionModeration): Promise<Question> {
    const question = await get(meetingId, command.id);
    const wasShown = question.status === 'shown';
    if (command.action === 'hide' && !wasShown) return question;
    if (command.action === 'show') {
      // One question on the screen at a time. The one it replaces was seen and talked about,
      // so it counts as answered (and stays in the verslag), not as back in the queue.
      for (const other of await store.listQuestions(meetingId)) {
        if (other.status === 'shown' && other.id !== question.id) {
          await save({ ...other, status: 'answered' });
        }
      }
    }
    const next = await save({ ...question, status: NEXT_STATUS[command.action] });
    if (next.status === 'shown') broadcast.questionShown(meetingId, next);
    else if (wasShown) broadcast.questionShown(meetingId, null);
    return next;
  }

  return {
    send(who, input) {
      return oneAtATime(`send:${input.id}`, () => receive(who, input));
    },
    list(meetingId) {
      return store.listQuestions(meetingId);
    },
    moderate(meetingId, command) {
      return oneAtATime(`meeting:${meetingId}`, () => moderate(meetingId, command));
    },
    async shown(meetingId) {
      const questions = await store.listQuestions(meetingId);
      return questions.find((question) => question.status === 'shown') ?? null;
    },
  };
}

import type { Addition, StaffTheme } from '../../shared/model.js';
import { localSerialise } from './keyed-queue.js';
import type { Serialise } from './keyed-queue.js';
import type { AdditionModeratePayload } from '../../shared/protocol.js';
import { LIMITS } from '../../shared/limits.js';
import { docName } from '../../shared/docs.js';
import { putPlenaryAddition, removePlenaryAddition } from '../../shared/plenary-doc.js';
import type { Store } from '../store/store.js';
import type { DocWriter } from './ports.js';
import { DomainError } from '../domain/errors.js';
import type { Limits } from '../domain/limits.js';
import { isPublic } from '../domain/themes.js';
import { checkPhase } from '../domain/phase-rules.js';
import { mustGetMeeting } from './meeting-lookup.js';
import type { FlagFinder } from '../domain/themes.js';
import type { Broadcaster } from './broadcast.js';
import type { ThemeService } from './themes.js';
import { participantFor } from './voters.js';
import type { Answerer } from './voters.js';

export interface AdditionService {
  /** Takes an addition from a phone; sending the same id again changes nothing. */
  send(
    who: Answerer,
    input: { id: string; themeId: string | null; text: string; onBehalfOf?: string },
  ): Promise<{ id: string; status: 'received' }>;
  list(meetingId: string): Promise<Addition[]>;
  moderate(meetingId: string, command: AdditionModeratePayload): Promise<Addition>;
  promote(meetingId: string, id: string, title: string): Promise<StaffTheme>;
}

/**
 * Additions go phone → server → moderation → plenary board. Phones never write the plenary
 * document: the server checks, rate-limits and scrubs each addition, and only what a
 * facilitator approved is written there for the projector and phones to read.
 */
export function createAdditionService(deps: {
  store: Store;
  broadcast: Broadcaster;
  themes: ThemeService;
  docs: DocWriter;
  findFlags: FlagFinder;
  clock: () => number;
  limits: Limits;
  /** Sends of one id one at a time; across nodes when there are several. */
  serialise?: Serialise;
}): AdditionService {
  const { store, broadcast, themes, docs, findFlags, clock } = deps;
  const perParticipant = deps.limits.window('additions', LIMITS.additionsPerMinute, 60_000);

  async function get(meetingId: string, id: string): Promise<Addition> {
    const addition = await store.getAddition(id);
    if (!addition || addition.meetingId !== meetingId)
      throw new DomainError('NOT_FOUND', 'No such addition');
    const { participantId: _hidden, ...rest } = addition;
    return rest;
  }

  async function save(addition: Addition): Promise<Addition> {
    await store.updateAddition(addition);
    broadcast.additionChanged(addition.meetingId, addition);
    return addition;
  }

  const plenary = (meetingId: string) => docName(meetingId, 'plenary');

  async function show(addition: Addition): Promise<void> {
    await docs.write(plenary(addition.meetingId), (doc) =>
      putPlenaryAddition(doc, {
        id: addition.id,
        themeId: addition.themeId ?? '',
        text: addition.text,
        weight: addition.weight,
        approvedAt: clock(),
      }),
    );
  }

  async function hide(addition: Addition): Promise<void> {
    await docs.write(plenary(addition.meetingId), (doc) => removePlenaryAddition(doc, addition.id));
  }

  /**
   * An addition that stops being merged (approved, rejected, reopened, or merged again) gives its
   * weight back to the one it was merged into. Without this a merge clicked twice, or moved to
   * another addition, counted the same people twice.
   */
  async function unmerge(addition: Addition): Promise<void> {
    if (addition.status !== 'merged' || addition.mergedInto === null) return;
    const target = await store.getAddition(addition.mergedInto);
    if (!target) return;
    const { participantId: _hidden, ...rest } = target;
    const shrunk = await save({ ...rest, weight: Math.max(1, rest.weight - addition.weight) });
    if (shrunk.status === 'approved') await show(shrunk);
  }

  async function receive(
    who: Answerer,
    input: { id: string; themeId: string | null; text: string; onBehalfOf?: string },
  ): Promise<{ id: string; status: 'received' }> {
    const { participantId, assisted } = await participantFor(store, who, input.onBehalfOf);
    const known = await store.getAddition(input.id);
    if (known) {
      if (known.participantId !== participantId)
        throw new DomainError('INVALID_PAYLOAD', 'Id in use');
      return { id: known.id, status: 'received' };
    }
    checkPhase('addition:send', who.role, await mustGetMeeting(store, who.meetingId));
    if (input.themeId !== null) {
      const theme = await store.getTheme(input.themeId);
      if (!theme || theme.meetingId !== who.meetingId || !isPublic(theme)) {
        throw new DomainError('NOT_FOUND', 'No such theme');
      }
    }
    if (!(await perParticipant.take(participantId)))
      throw new DomainError('RATE_LIMITED', 'Too many additions');
    const addition: Addition = {
      id: input.id,
      meetingId: who.meetingId,
      themeId: input.themeId,
      text: input.text,
      status: 'pending',
      mergedInto: null,
      weight: 1,
      flags: findFlags(input.text).map((flag) => ({ field: 'text', ...flag })),
      createdAt: clock(),
      assisted,
    };
    const { inserted } = await store.insertAddition({ ...addition, participantId });
    if (inserted) broadcast.additionChanged(who.meetingId, addition);
    return { id: addition.id, status: 'received' };
  }

  /**
   * Sends of one id run one after another. A phone coming back online may resend an addition
   * while the first attempt is still being handled (a retry, a second tab): without this, each
   * concurrent copy passes the "already stored?" check, takes a rate-limit token and can be
   * answered RATE_LIMITED although the addition arrived, so the phone keeps showing it as unsent.
   */
  const oneAtATime = (deps.serialise ?? localSerialise)('additions');

  return {
    send(who, input) {
      return oneAtATime(input.id, () => receive(who, input));
    },

    async list(meetingId) {
      return store.listAdditions(meetingId);
    },

    async moderate(meetingId, command) {
      const addition = await get(meetingId, command.id);
      switch (command.action) {
        case 'approve': {
          const text = command.text ?? addition.text;
          const next: Addition = {
            ...addition,
            text,
            status: 'approved',
            mergedInto: null,
            flags: findFlags(text).map((flag) => ({ field: 'text', ...flag })),
          };
          await unmerge(addition);
          await show(next);
          return save(next);
        }
        case 'reject':
          if (addition.status === 'approved') await hide(addition);
          await unmerge(addition);
          return save({ ...addition, status: 'rejected', mergedInto: null });
        case 'reopen':
          if (addition.status === 'approved') await hide(addition);
          await unmerge(addition);
          return save({ ...addition, status: 'pending', mergedInto: null });
        case 'merge': {
          if (command.intoId === addition.id)
            throw new DomainError('INVALID_PAYLOAD', 'Cannot merge into itself');
          const target = await get(meetingId, command.intoId);
          if (target.status === 'merged' || target.status === 'rejected') {
            throw new DomainError('INVALID_PAYLOAD', 'Merge into a pending or approved addition');
          }
          if (addition.status === 'approved') await hide(addition);
          await unmerge(addition);
          // Read again: giving the weight back may just have changed this very target.
          const current = await get(meetingId, target.id);
          const grown = await save({ ...current, weight: current.weight + addition.weight });
          if (grown.status === 'approved') await show(grown);
          return save({ ...addition, status: 'merged', mergedInto: target.id });
        }
      }
    },

    async promote(meetingId, id, title) {
      const addition = await get(meetingId, id);
      const { flags: _flags, ...created } = await themes.create(meetingId, {
        title,
        description: addition.text,
        quotes: [],
      });
      return themes.save({ ...created, origin: 'addition' });
    },
  };
}

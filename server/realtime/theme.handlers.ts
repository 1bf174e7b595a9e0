import {
  emptySchema,
  flagDismissSchema,
  focusSchema,
  themeCreateSchema,
  themeHideSchema,
  themeImportSchema,
  themePublishSchema,
  themeRefSchema,
  themeReorderSchema,
  themeUpdateSchema,
} from '../../shared/protocol.js';
import type { Services } from '../services/services.js';
import type { Logger } from '../logger.js';
import { commandsOf } from './handle.js';
import type { IoSocket } from './types.js';

/** Preparing, publishing and presenting themes. Roles are checked by the guard. */
export function registerThemeHandlers(socket: IoSocket, services: Services, logger: Logger): void {
  const { themes, recognition } = services;
  const { meetingId, role } = socket.data;
  const h = commandsOf(socket, logger);

  h('themes:list', emptySchema, () =>
    role === 'facilitator' ? themes.listForStaff(meetingId) : themes.listPublic(meetingId),
  );
  h('theme:create', themeCreateSchema, (input) => themes.create(meetingId, input));
  h('theme:update', themeUpdateSchema, ({ themeId, theme, force }) =>
    themes.update(meetingId, themeId, theme, force ?? false),
  );
  h('theme:publish', themePublishSchema, ({ themeId, published, force }) =>
    themes.setPublished(meetingId, themeId, published, force ?? false),
  );
  h('theme:hide', themeHideSchema, ({ themeId, hidden }) =>
    themes.setHidden(meetingId, themeId, hidden),
  );
  h('theme:delete', themeRefSchema, async ({ themeId }) => {
    await themes.remove(meetingId, themeId);
    return { themeId };
  });
  h('theme:reorder', themeReorderSchema, ({ themeIds }) => themes.reorder(meetingId, themeIds));
  h('theme:import', themeImportSchema, ({ format, text }) =>
    themes.import(meetingId, format, text),
  );
  h('flag:dismiss', flagDismissSchema, ({ themeId, ...flag }) =>
    themes.dismissFlag(meetingId, themeId, flag),
  );
  h('focus:set', focusSchema, ({ themeId }) => recognition.focus(meetingId, themeId));
}

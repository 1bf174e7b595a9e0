import type { Broadcaster } from '../services/broadcast.js';
import {
  coreGroupRoom,
  meetingRoom,
  participantRoom,
  personRoom,
  screenRoom,
  staffRoom,
  tableHostRoom,
  workingGroupRoom,
} from './types.js';
import type { IoServer } from './types.js';
import { publicTables } from '../services/public-tables.js';
import { leadsWith } from '../services/console-access.js';

/** Routes the services' broadcasts to Socket.IO rooms. */
export function socketBroadcaster(io: IoServer): Broadcaster {
  const room = (meetingId: string) => io.to(meetingRoom(meetingId));
  const staff = (meetingId: string) => io.to(staffRoom(meetingId));
  const everyoneButStaff = (meetingId: string) =>
    io.to(meetingRoom(meetingId)).except(staffRoom(meetingId));
  return {
    groupsChanged: (meetingId, view) => {
      staff(meetingId).emit('groups:changed', { view });
      // The hall's screen lists the tables once confirmed; never the members.
      io.to(screenRoom(meetingId)).emit('tables:changed', { tables: publicTables(view) });
    },
    groupAssigned: (participantId, group) =>
      io.to(participantRoom(participantId)).emit('group:assigned', { group }),
    assistedSeated: (tableHostId, people) =>
      io.to(tableHostRoom(tableHostId)).emit('assisted:seated', { people }),
    phaseChanged: (meetingId, phase) => room(meetingId).emit('phase:changed', { phase }),
    timerChanged: (meetingId, timer) => room(meetingId).emit('timer:changed', { timer }),
    attendeesCounted: (meetingId, count) => room(meetingId).emit('attendees:counted', { count }),
    joiningChanged: (meetingId, closed) => room(meetingId).emit('joining:changed', { closed }),
    joiningCounted: (meetingId, stats) => staff(meetingId).emit('joining:counted', { stats }),
    focusChanged: (meetingId, themeId) => room(meetingId).emit('focus:changed', { themeId }),
    themesChanged: (meetingId, publicThemes, staffThemes) => {
      everyoneButStaff(meetingId).emit('themes:changed', { themes: publicThemes });
      staff(meetingId).emit('themes:staff-changed', { themes: staffThemes });
    },
    tallyChanged: (meetingId, tally, revealed) => {
      staff(meetingId).emit('tally:changed', { tally });
      if (revealed) everyoneButStaff(meetingId).emit('tally:changed', { tally });
    },
    additionChanged: (meetingId, addition) =>
      staff(meetingId).emit('addition:changed', { addition }),
    preferencesCounted: (meetingId, counts) =>
      staff(meetingId).emit('preferences:counted', { counts }),
    groupActive: (meetingId, activity) => staff(meetingId).emit('group:active', { activity }),
    messageShown: (meetingId, message) => room(meetingId).emit('message:shown', { message }),
    // The kopgroep is not in the hall but follows the sign-ups, so it hears the counts too.
    signupsCounted: (meetingId, counts) =>
      io.to([meetingRoom(meetingId), coreGroupRoom(meetingId)]).emit('signups:counted', { counts }),
    workingGroupsChanged: (meetingId, workingGroups) =>
      io
        .to([staffRoom(meetingId), coreGroupRoom(meetingId)])
        .emit('workingGroups:changed', { workingGroups }),
    workingGroupChanged: (workingGroup) =>
      io.to(workingGroupRoom(workingGroup.id)).emit('workingGroup:changed', { workingGroup }),
    admitToWorkingGroup: (workingGroupId, signupIds) => {
      if (signupIds.length === 0) return;
      io.in(signupIds.map(personRoom)).socketsJoin(workingGroupRoom(workingGroupId));
    },
    agendaChanged: (meetingId, agenda) => room(meetingId).emit('agenda:changed', { agenda }),
    leaderChanged: (meetingId, leaderName, leaderId) => {
      everyoneButStaff(meetingId).emit('leader:changed', { leaderName });
      // Each console hears once whether it leads now, so none has to read its session, agenda
      // and lists again (a burst that used to run consoles into the rate limit). One node: the
      // local adapter's room is read directly, so the message leaves before leader:set answers.
      const here = new Set(io.sockets.adapter.rooms.get(staffRoom(meetingId)));
      for (const socketId of here) {
        const socket = io.sockets.sockets.get(socketId);
        const leading = socket ? leadsWith(socket.data, leaderId) : false;
        socket?.emit('leader:changed', { leaderName, leading });
      }
      // Consoles on other nodes (several nodes): through the adapter, a moment later.
      void io
        .in(staffRoom(meetingId))
        .fetchSockets()
        .then((sockets) => {
          for (const socket of sockets) {
            if (here.has(socket.id)) continue;
            socket.emit('leader:changed', {
              leaderName,
              leading: leadsWith(socket.data, leaderId),
            });
          }
        })
        .catch(() => undefined);
    },
    questionChanged: (meetingId, question) =>
      staff(meetingId).emit('question:changed', { question }),
    questionShown: (meetingId, question) => room(meetingId).emit('question:shown', { question }),
    agreementsChanged: (meetingId, agreements) =>
      room(meetingId).emit('agreements:changed', { agreements }),
    // Raw conversations stay with the Regie and the kopgroep; the hall never hears of them.
    conversationsChanged: (meetingId, conversations) =>
      io
        .to([staffRoom(meetingId), coreGroupRoom(meetingId)])
        .emit('conversations:changed', { conversations }),
  };
}

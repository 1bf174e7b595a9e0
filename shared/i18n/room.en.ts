import type { roomNl } from './room.nl.js';

export const roomEn: typeof roomNl = {
  recognitionQuestion: 'Do you recognise yourself in this?',
};

import type { signupNl } from './signup.nl.js';

export const signupEn: typeof signupNl = {};

/** Dutch texts of the Regie for themes, anonymiser flags, recognition and moderation. */
export const consoleNl = {
  themesTitle: "Thema's",
};

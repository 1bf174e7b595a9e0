/** Dutch texts for phones, table hosts and the projector: themes, recognition, additions. */
export const roomNl = {
  recognitionQuestion: 'Herkent u zich hierin?',
};

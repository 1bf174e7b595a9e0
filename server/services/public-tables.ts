import type { GroupingView, PublicTable } from '../../shared/model.js';

/**
 * The tables as the hall's screen may show them: only once confirmed (a proposal is the Regie's
 * alone), ordered by table number, and without members, so nobody is named on the projector.
 */
export function publicTables(view: GroupingView): PublicTable[] {
  if (view.state !== 'confirmed') return [];
  return view.groups
    .map(({ id, themeId, suffix, tableNumber, tableName }) => ({
      groupId: id,
      themeId,
      suffix,
      tableNumber,
      tableName,
    }))
    .sort((a, b) => a.tableNumber - b.tableNumber || a.groupId.localeCompare(b.groupId));
}

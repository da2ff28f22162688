/** The id of the narrow screens' menu dialog, which the header's menu button opens with an invoker command. */
export const MENU_DIALOG_ID = 'site-menu';

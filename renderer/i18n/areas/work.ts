/**
 * UI texts of one area of the editor, kept in their own file so each area's strings sit together.
 * The Japanese texts must have exactly the English keys (the type says so).
 */
export const workEn = {};
export const workJa: typeof workEn = {};

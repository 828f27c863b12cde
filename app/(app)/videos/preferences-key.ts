/** Where the grid's column choices are kept in user_preferences. */
export const GRID_PREFERENCES_KEY = 'videos.grid';

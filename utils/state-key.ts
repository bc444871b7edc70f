/** storage.local key of the PageState mirror (kept tiny: the content script imports it). */
export const STATE_KEY = 'papersift:state';

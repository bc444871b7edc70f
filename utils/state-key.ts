/** storage.local key of the PageState mirror (kept tiny: the content script imports it). */
export const STATE_KEY = 'papersift:state';
/** storage.local key of the For you weight table (utils/rank StoredModel, or absent below 10 saved). */
export const FOR_YOU_KEY = 'papersift:foryou';

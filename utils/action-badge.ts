// Background: shows a tab's counts on the toolbar button (text, colour and tooltip for that tab
// only; the browser clears them when the tab loads another page).
import { browser } from 'wxt/browser';
import { badgeFor, type BadgeCounts } from '@/utils/seen/badge';

export async function showBadge(tabId: number, counts: BadgeCounts): Promise<void> {
  const badge = badgeFor(counts);
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: badge.text }),
      badge.text ? browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }) : null,
      browser.action.setTitle({ tabId, title: badge.title }),
    ]);
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}

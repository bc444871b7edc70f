// Drives the popup's quick rule form and pause switch (SPEC names).
import { openPopup } from './browser.mjs';

export async function addRuleInPopup(ext, page, { terms, action = 'highlight', tag = '' }) {
  const popup = await openPopup(ext, page);
  await popup.getByLabel('Terms', { exact: true }).fill(terms);
  await popup.getByLabel('Action', { exact: true }).selectOption(action);
  if (tag) await popup.getByLabel('Tag', { exact: true }).fill(tag);
  await popup.getByRole('button', { name: 'Add rule' }).click();
  return popup;
}

/** Rules as the extension stores them (read from an extension page). */
export async function storedRules(ext) {
  const p = await ext.context.newPage();
  await p.goto(ext.url('popup.html?tab=0'));
  const rules = await p.evaluate(async () => (await chrome.storage.local.get('papersift:state'))['papersift:state']?.rules ?? []);
  await p.close();
  return rules;
}

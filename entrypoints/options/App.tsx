// The Library (options page): reading list, rules, import and export, settings.
// State that two sections share (the list query and the selection) lives here.
import { useEffect } from 'preact/hooks';
import { usePageState } from '@/hooks/use-page-state';
import { useFeedback } from '@/components/library/feedback';
import { useSelection } from '@/hooks/use-selection';
import { useSavedQuery } from '@/hooks/use-saved-query';
import { ReadingListSection } from './ReadingListSection';
import { RulesSection } from './RulesSection';
import { ImportExportSection } from './ImportExportSection';
import { SettingsSection } from './SettingsSection';
import { ForYouSection } from './ForYouSection';

export function App() {
  const state = usePageState();
  const { fail } = useFeedback();
  const selection = useSelection();
  // Saves and removals in other tabs change savedIds: the list asks again.
  const list = useSavedQuery(state?.savedIds, fail);

  useEffect(() => {
    if (state) selection.keepOnly(state.savedIds);
  }, [state?.savedIds]);

  return (
    <main class="library">
      <header>
        <h1>PaperSift Library</h1>
        <nav aria-label="Library sections">
          <a href="#reading-list">Reading list</a>
          <a href="#rules">Rules</a>
          <a href="#import-export">Import and export</a>
          <a href="#for-you">For you</a>
          <a href="#settings">Settings</a>
        </nav>
      </header>
      <ReadingListSection list={list} selection={selection} />
      <RulesSection state={state} />
      <ImportExportSection list={list} selection={selection} />
      <ForYouSection savedIds={state?.savedIds} />
      {state && <SettingsSection settings={state.settings} onSyncReceived={list.refresh} />}
    </main>
  );
}

import { render } from 'preact';
import '@/components/base.css';
import '@/components/library/library.css';
import { FeedbackProvider } from '@/components/library/feedback';
import { App } from './App';

render(
  <FeedbackProvider>
    <App />
  </FeedbackProvider>,
  document.getElementById('app')!,
);
